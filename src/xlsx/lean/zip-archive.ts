import { Inflate, inflateSync } from "fflate";

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
 * A whole-buffer raw-deflate decoder (Node's zlib.inflateRawSync is ~4× faster than fflate); when
 * given, an entry is inflated in one call and then handed on in slices.
 */
export type InflateRaw = (compressed: Uint8Array, size: number) => Uint8Array;

/** Why a zip archive could not be read; the caller turns it into a UserError naming the file. */
export class ZipFormatError extends Error {
  override readonly name = "ZipFormatError";
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

function need(b: Uint8Array, i: number, n: number, what: string): void {
  if (i < 0 || i + n > b.length) throw new ZipFormatError(`zip: ${what} lies past the end of the file (truncated?)`);
}

function findEndOfCentralDirectory(b: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, so search only that tail.
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) if (u32(b, i) === EOCD_SIG) return i;
  throw new ZipFormatError("zip: end of central directory not found (truncated or not a zip)");
}

interface Directory { offset: number; count: number }

function centralDirectory(b: Uint8Array): Directory {
  const eocd = findEndOfCentralDirectory(b);
  let count = u16(b, eocd + 10);
  let offset = u32(b, eocd + 16);
  if (offset === 0xffffffff || count === 0xffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(b, locator) !== ZIP64_LOCATOR_SIG) throw new ZipFormatError("zip: zip64 locator missing");
    const record = u64(b, locator + 8);
    need(b, record, 56, "zip64 directory");
    if (u32(b, record) !== ZIP64_EOCD_SIG) throw new ZipFormatError("zip: zip64 directory record missing");
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
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    need(b, p, 46, "central directory");
    if (u32(b, p) !== CENTRAL_SIG) throw new ZipFormatError("zip: central directory is damaged");
    const flags = u16(b, p + 8);
    const nameLen = u16(b, p + 28), extraLen = u16(b, p + 30), commentLen = u16(b, p + 32);
    need(b, p + 46, nameLen + extraLen, "central directory");
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
    if (flags & 1) throw new ZipFormatError(`zip: ${entry.name} is encrypted`);
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** An entry's bytes exactly as stored (still compressed), after checking its local header and method. */
export function storedData(b: Uint8Array, e: ZipEntry): Uint8Array {
  need(b, e.headerOffset, 30, e.name);
  if (u32(b, e.headerOffset) !== LOCAL_SIG) throw new ZipFormatError(`zip: local header of ${e.name} is damaged`);
  const start = e.headerOffset + 30 + u16(b, e.headerOffset + 26) + u16(b, e.headerOffset + 28);
  need(b, start, e.compressedSize, e.name);
  if (e.method !== 0 && e.method !== 8) throw new ZipFormatError(`zip: ${e.name} uses unsupported compression method ${e.method}`);
  return b.subarray(start, start + e.compressedSize);
}

function inflateFailure(e: ZipEntry, err: unknown): ZipFormatError {
  const why = err instanceof Error ? err.message : String(err);
  return new ZipFormatError(`zip: ${e.name} cannot be decompressed (${why})`);
}

/** The whole uncompressed content of one entry. */
export function readEntry(b: Uint8Array, e: ZipEntry, inflateRaw?: InflateRaw): Uint8Array {
  const data = storedData(b, e);
  if (e.method === 0) return data;
  try {
    return inflateRaw ? inflateRaw(data, e.size) : inflateSync(data, { out: new Uint8Array(e.size) });
  } catch (err) {
    throw inflateFailure(e, err);
  }
}

/**
 * Streams one entry's uncompressed bytes to `onChunk`, feeding the inflater `step` compressed bytes
 * at a time, so a 100 MB sheet never sits in memory whole. Chunks end wherever deflate blocks end:
 * consumers must not assume they end on a character or a tag.
 */
export function streamEntry(
  b: Uint8Array, e: ZipEntry, step: number, onChunk: (chunk: Uint8Array) => void, inflateRaw?: InflateRaw,
): void {
  const data = storedData(b, e);
  if (e.method === 0 || inflateRaw) {
    let whole = data;
    if (e.method !== 0) {
      try {
        whole = inflateRaw!(data, e.size);
      } catch (err) {
        throw inflateFailure(e, err);
      }
    }
    for (let i = 0; i < whole.length; i += step) onChunk(whole.subarray(i, Math.min(whole.length, i + step)));
    return;
  }
  // Errors thrown by the consumer pass through fflate's push; keep them apart from inflate errors.
  let consumerError: unknown = null;
  const inflater = new Inflate((chunk) => {
    if (chunk.length === 0) return;
    try {
      onChunk(chunk);
    } catch (err) {
      consumerError = err;
      throw err;
    }
  });
  try {
    if (data.length === 0) inflater.push(data, true);
    for (let i = 0; i < data.length; i += step) inflater.push(data.subarray(i, Math.min(data.length, i + step)), i + step >= data.length);
  } catch (err) {
    if (consumerError !== null) throw consumerError;
    throw inflateFailure(e, err);
  }
}
