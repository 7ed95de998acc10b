import { streamEntry, type ZipEntry } from "./zip-archive";
import type { XlsxPackage } from "./package-parts";
import { PartDamage } from "./part-damage";
import { READ_LIMITS } from "./read-limits";

/**
 * A scanner of one part's XML that is fed its inflated UTF-8 bytes piece by piece. `scan` gets the
 * unconsumed bytes so far and returns how many of them it has fully processed; the rest (an element
 * cut by a chunk edge) comes back at the front of the next call. `final` marks the last call, when
 * the scanner must consume everything or throw a PartDamage. Scanners report damage by throwing a
 * PartDamage at an index of the bytes they were handed.
 */
export interface ByteScanner {
  scan(bytes: Uint8Array, final: boolean): number;
}

/** Compressed bytes handed to the inflater per step: big enough to be fast, small enough to stay lean. */
export const DEFAULT_CHUNK_BYTES = 64 * 1024;

const EMPTY: Uint8Array = new Uint8Array(0);

let chunkObserver: (() => void) | null = null;

/**
 * Makes `observer` run after every inflated chunk of every part scanned (null: none): a cheap,
 * regular point inside a long synchronous read, where the CLI tunes its heap (cli/nursery-cap.ts).
 */
export function installChunkObserver(observer: (() => void) | null): void {
  chunkObserver = observer;
}

/**
 * Feeds a part's inflated bytes to a scanner chunk by chunk, never decoding them: scanners decode
 * only the values that are text, and only from whole elements, so a character whose bytes straddle
 * an inflate chunk edge is whole when it is decoded (never U+FFFD, the ExcelJS streaming reader's
 * bug). Elements straddling an edge are carried over as bytes, joined with the next chunk. An
 * element that stays unfinished past READ_LIMITS.elementBytes is damage (an end tag that never
 * comes), so the carried bytes, and the rescanning of them, stay bounded.
 */
export function scanPart(pkg: XlsxPackage, entry: ZipEntry, scanner: ByteScanner, afterChunk?: () => void): void {
  // The carried tail and the next chunk are joined in one reused buffer: a fresh joined copy per
  // chunk would allocate the whole part again, in chunk-sized pieces the collector must chase.
  let work = EMPTY;
  let carried = 0;
  let base = 0;
  const room = (bytes: number, keep: number): void => {
    if (work.length >= bytes) return;
    const grown = new Uint8Array(Math.max(bytes, 2 * work.length));
    if (keep > 0) grown.set(work.subarray(0, keep));
    work = grown;
  };
  const feed = (chunk: Uint8Array, final: boolean): void => {
    // Scanners always get a plain Uint8Array, never the inflater's Buffer: byte loops that see both
    // kinds are deoptimized and recompiled for two maps (measured by --trace-deopt on a 100k roster).
    let b = chunk.constructor === Uint8Array ? chunk : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
    const direct = carried === 0;
    if (!direct) {
      room(carried + chunk.length, carried);
      work.set(chunk, carried);
      b = work.subarray(0, carried + chunk.length);
    }
    const used = scanner.scan(b, final);
    const rest = b.length - used;
    if (!final && rest > READ_LIMITS.elementBytes) throw new PartDamage("damage.xml.tooLong", used, { limit: READ_LIMITS.elementBytes });
    base += used;
    // Copied, never kept as a view: the inflater may reuse its output buffer.
    if (rest > 0 && direct) {
      room(rest, 0);
      work.set(chunk.subarray(used));
    } else if (rest > 0) {
      work.copyWithin(0, used, b.length);
    }
    carried = rest;
    chunkObserver?.();
    afterChunk?.();
  };
  try {
    streamEntry(pkg.bytes, entry, pkg.chunkBytes, (chunk) => feed(chunk, false), pkg.codec);
    feed(EMPTY, true);
  } catch (err) {
    throw err instanceof PartDamage ? err.inPart(entry.name, characterOffset(pkg, entry, base + err.at)) : err;
  }
}

/** Thrown to stop inflating once the bytes before a damaged spot have been counted. */
class Counted extends Error {}

/**
 * The 0-based character offset (UTF-16 units, as a text editor counts them) of byte offset `at` in
 * a part: its bytes up to there inflated again and decoded. Only damage pays for this; the scan
 * itself counts bytes.
 */
function characterOffset(pkg: XlsxPackage, entry: ZipEntry, at: number): number {
  const decoder = new TextDecoder("utf-8");
  let bytes = 0, chars = 0;
  try {
    streamEntry(pkg.bytes, entry, pkg.chunkBytes, (chunk) => {
      const take = Math.min(chunk.length, at - bytes);
      chars += decoder.decode(chunk.subarray(0, take), { stream: true }).length;
      bytes += take;
      if (bytes >= at) throw new Counted();
    }, pkg.codec);
  } catch (err) {
    if (!(err instanceof Counted)) throw err;
  }
  return chars + decoder.decode().length;
}
