import type { MessageParams } from "../../core/i18n/lang";
import { defaultZipCodec, InflateFailure, type ZipCodec } from "./zip-codec";
import { READ_LIMITS } from "./read-limits";

/** One stored file of a zip archive, located through the central directory. */
export interface ZipEntry {
  /** Part name with forward slashes and no leading slash ("xl/workbook.xml"). */
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local file header. */
  headerOffset: number;
  /** The name exactly as the archive stores it, for writers that copy entries unchanged. */
  storedName: string;
  crc: number;
  /** DOS time and date words. */
  time: number;
  date: number;
}


/**
 * Why a zip archive or one of its parts could not be read: a catalog key ("damage.…", "limit.…")
 * and its parameters, so the caller's UserError (which adds the file) reads in the user's language.
 */
export class ZipFormatError extends Error {
  override readonly name = "ZipFormatError";
  constructor(readonly key: string, readonly params: MessageParams = {}) {
    super(key);
  }
}

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const utf8 = new TextDecoder("utf-8");

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
}

function u64(b: Uint8Array, i: number): number {
  return u32(b, i) + u32(b, i + 4) * 0x100000000;
}

/** Throws unless b[i, i + n) lies inside the file; `part` names the entry, or is absent for the directory. */
function need(b: Uint8Array, i: number, n: number, part?: string): void {
  if (i < 0 || i + n > b.length) {
    throw part === undefined ? new ZipFormatError("damage.zip.directoryPastEnd") : new ZipFormatError("damage.zip.entryPastEnd", { part });
  }
}

function findEndOfCentralDirectory(b: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, so search only that tail.
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) if (u32(b, i) === EOCD_SIG) return i;
  throw new ZipFormatError("damage.zip.noEnd");
}

interface Directory { offset: number; count: number }

function centralDirectory(b: Uint8Array): Directory {
  const eocd = findEndOfCentralDirectory(b);
  let count = u16(b, eocd + 10);
  let offset = u32(b, eocd + 16);
  if (offset === 0xffffffff || count === 0xffff) {
    const locator = eocd - 20;
    const hasLocator = locator >= 0 && u32(b, locator) === ZIP64_LOCATOR_SIG;
    // 65,535 entries fit the plain record exactly; only a saturated offset, or a locator, means zip64.
    if (!hasLocator && offset !== 0xffffffff) return { offset, count };
    if (!hasLocator) throw new ZipFormatError("damage.zip.zip64Missing");
    const record = u64(b, locator + 8);
    need(b, record, 56);
    if (u32(b, record) !== ZIP64_EOCD_SIG) throw new ZipFormatError("damage.zip.zip64Missing");
    count = u64(b, record + 32);
    offset = u64(b, record + 48);
  }
  return { offset, count };
}

/** Reads zip64 sizes and offset from an entry's extra field where the 32-bit fields are saturated. */
function applyZip64Extra(b: Uint8Array, start: number, end: number, e: ZipEntry): void {
  for (let i = start; i + 4 <= end; ) {
    const id = u16(b, i), len = u16(b, i + 2);
    if (id === 0x0001) {
      let p = i + 4;
      if (e.size === 0xffffffff) { e.size = u64(b, p); p += 8; }
      if (e.compressedSize === 0xffffffff) { e.compressedSize = u64(b, p); p += 8; }
      if (e.headerOffset === 0xffffffff) e.headerOffset = u64(b, p);
      return;
    }
    i += 4 + len;
  }
}

/** Lists a zip archive's entries by lower-cased part name (Excel treats part names case-insensitively). */
export function listZipEntries(b: Uint8Array): Map<string, ZipEntry> {
  return new Map(readCentralDirectory(b).map((e) => [e.name.toLowerCase(), e]));
}

/** A zip archive's entries in central-directory order, as stored. */
export function readCentralDirectory(b: Uint8Array): ZipEntry[] {
  const { offset, count } = centralDirectory(b);
  // Each directory record takes at least 46 bytes: a larger count is a damaged field, not a reason to loop.
  if (count * 46 > b.length) throw new ZipFormatError("damage.zip.directory");
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    need(b, p, 46);
    if (u32(b, p) !== CENTRAL_SIG) throw new ZipFormatError("damage.zip.directory");
    const flags = u16(b, p + 8);
    const nameLen = u16(b, p + 28), extraLen = u16(b, p + 30), commentLen = u16(b, p + 32);
    need(b, p + 46, nameLen + extraLen);
    const raw = utf8.decode(b.subarray(p + 46, p + 46 + nameLen));
    const entry: ZipEntry = {
      name: raw.replace(/\\/g, "/").replace(/^\/+/, ""),
      method: u16(b, p + 10),
      compressedSize: u32(b, p + 20),
      size: u32(b, p + 24),
      headerOffset: u32(b, p + 42),
      storedName: raw,
      crc: u32(b, p + 16),
      time: u16(b, p + 12),
      date: u16(b, p + 14),
    };
    applyZip64Extra(b, p + 46 + nameLen, p + 46 + nameLen + extraLen, entry);
    if (flags & 1) throw new ZipFormatError("damage.zip.encrypted", { part: entry.name });
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  checkTotalSize(entries, b.length);
  return entries;
}

/**
 * Refuses a zip whose parts together would inflate past READ_LIMITS' multiple of the file's size (a
 * zip bomb: 2 GiB of "<row/>" fits in 3 MB). Entries are later held to their recorded sizes, so
 * the recorded total bounds the work.
 */
function checkTotalSize(entries: readonly ZipEntry[], fileBytes: number): void {
  const limit = Math.max(READ_LIMITS.totalBytesFloor, READ_LIMITS.inflateRatio * fileBytes);
  let total = 0;
  for (const e of entries) total += e.size;
  if (total > limit) {
    throw new ZipFormatError("limit.totalBytes", { size: megabytes(total), limit: megabytes(limit), ratio: READ_LIMITS.inflateRatio });
  }
}

/** An entry's bytes exactly as stored (still compressed), after checking its local header and method. */
export function storedData(b: Uint8Array, e: ZipEntry): Uint8Array {
  need(b, e.headerOffset, 30, e.name);
  if (u32(b, e.headerOffset) !== LOCAL_SIG) throw new ZipFormatError("damage.zip.localHeader", { part: e.name });
  const start = e.headerOffset + 30 + u16(b, e.headerOffset + 26) + u16(b, e.headerOffset + 28);
  need(b, start, e.compressedSize, e.name);
  if (e.method !== 0 && e.method !== 8) throw new ZipFormatError("damage.zip.method", { part: e.name, method: e.method });
  return b.subarray(start, start + e.compressedSize);
}

/** Inflate's own message is engine English: the user is told which part, in their language. */
function inflateFailure(e: StoredEntry): ZipFormatError {
  return new ZipFormatError("damage.zip.inflate", { part: e.name });
}

/** Refuses an entry whose recorded size passes the per-part limit (`limit` bytes), before any byte is inflated. */
function checkDeclaredSize(e: StoredEntry, limit: number = READ_LIMITS.partBytes): void {
  if (e.size > limit) {
    throw new ZipFormatError("limit.partBytes", { part: e.name, size: megabytes(e.size), limit: megabytes(limit) });
  }
}

/** A byte count in whole MB, for messages. */
export function megabytes(n: number): string {
  return String(Math.ceil(n / (1024 * 1024)));
}

/**
 * Checks the inflated bytes of an entry as they come: never more than its recorded size (a zip
 * bomb or a damaged size field stops at once), and at the end exactly that size with its CRC-32.
 */
class EntryCheck {
  private crc = 0;
  private length = 0;
  constructor(private readonly e: StoredEntry, private readonly codec: ZipCodec) {}

  add(chunk: Uint8Array): void {
    this.length += chunk.length;
    if (this.length > this.e.size) throw new ZipFormatError("damage.zip.size", { part: this.e.name });
    this.crc = this.codec.crc32Update(this.crc, chunk);
  }

  finish(): void {
    if (this.length !== this.e.size) throw new ZipFormatError("damage.zip.size", { part: this.e.name });
    if (this.crc !== this.e.crc) throw new ZipFormatError("damage.zip.checksum", { part: this.e.name });
  }
}

/** What inflating an entry needs to know of it. */
export type StoredEntry = Pick<ZipEntry, "name" | "method" | "size" | "crc">;

/** The whole uncompressed content of one entry, its size and CRC-32 verified. */
export function readEntry(b: Uint8Array, e: ZipEntry, codec: ZipCodec = defaultZipCodec()): Uint8Array {
  checkDeclaredSize(e);
  return inflateStored(storedData(b, e), e, codec);
}

/** The uncompressed content of an entry's stored bytes `data`, its size and CRC-32 verified. */
export function inflateStored(data: Uint8Array, e: StoredEntry, codec: ZipCodec = defaultZipCodec()): Uint8Array {
  checkDeclaredSize(e);
  const out = new Uint8Array(e.size);
  let at = 0;
  streamStored(data, e, 1 << 20, (chunk) => {
    out.set(chunk, at);
    at += chunk.length;
  }, codec);
  return out;
}

/**
 * Streams one entry's uncompressed bytes to `onChunk`, feeding the inflater `step` compressed bytes
 * at a time, so a 100 MB sheet never sits in memory whole. Chunks end wherever deflate blocks end:
 * consumers must not assume they end on a character or a tag. The entry's size and CRC-32 are
 * verified: a chunk past the recorded size throws at once, a wrong checksum after the last chunk.
 */
export function streamEntry(
  b: Uint8Array, e: ZipEntry, step: number, onChunk: (chunk: Uint8Array) => void, codec: ZipCodec = defaultZipCodec(),
): void {
  checkDeclaredSize(e, READ_LIMITS.streamedPartBytes);
  streamStored(storedData(b, e), e, step, onChunk, codec);
}

function streamStored(
  data: Uint8Array, e: StoredEntry, step: number, onChunk: (chunk: Uint8Array) => void, codec: ZipCodec,
): void {
  const check = new EntryCheck(e, codec);
  const checked = (chunk: Uint8Array): void => {
    check.add(chunk);
    onChunk(chunk);
  };
  if (e.method === 0) {
    for (let i = 0; i < data.length; i += step) checked(data.subarray(i, Math.min(data.length, i + step)));
  } else {
    try {
      codec.inflate(data, e.size, step, checked);
    } catch (err) {
      if (!(err instanceof InflateFailure)) throw err;
      throw err.pastSize ? new ZipFormatError("damage.zip.size", { part: e.name }) : inflateFailure(e);
    }
  }
  check.finish();
}
