import { streamEntry, type ZipEntry } from "./zip-archive";
import type { XlsxPackage } from "./package-parts";
import { PartDamage } from "./part-damage";
import { READ_LIMITS } from "./read-limits";

/**
 * A scanner of one part's XML that is fed its text piece by piece. `scan` gets the unconsumed
 * text so far and returns how much of it it has fully processed; the rest (an element cut by a
 * chunk edge) comes back at the front of the next call. `final` marks the last call, when the
 * scanner must consume everything or throw a PartDamage. Scanners report damage by throwing a
 * PartDamage at an index of the text they were handed.
 */
export interface TextScanner {
  scan(text: string, final: boolean): number;
}

/** Compressed bytes handed to the inflater per step: big enough to be fast, small enough to stay lean. */
export const DEFAULT_CHUNK_BYTES = 64 * 1024;

/**
 * Feeds a part's text to a scanner chunk by chunk. UTF-8 is decoded with one streaming
 * TextDecoder, so a character whose bytes straddle an inflate chunk edge is joined, never turned
 * into U+FFFD (the ExcelJS streaming reader's bug); elements straddling an edge are carried over.
 * An element that stays unfinished past READ_LIMITS.elementChars is damage (an end tag that never
 * comes), so the carried text, and the rescanning of it, stay bounded.
 */
export function scanPart(pkg: XlsxPackage, entry: ZipEntry, scanner: TextScanner, afterChunk?: () => void): void {
  const decoder = new TextDecoder("utf-8");
  let carry = "";
  let base = 0;
  const feed = (text: string, final: boolean): void => {
    const s = carry.length === 0 ? text : carry + text;
    const used = scanner.scan(s, final);
    if (!final && s.length - used > READ_LIMITS.elementChars) throw new PartDamage("damage.xml.tooLong", used, { limit: READ_LIMITS.elementChars });
    base += used;
    carry = s.slice(used);
    afterChunk?.();
  };
  try {
    streamEntry(pkg.bytes, entry, pkg.chunkBytes, (chunk) => feed(decoder.decode(chunk, { stream: true }), false), pkg.codec);
    feed(decoder.decode(), true);
  } catch (err) {
    throw err instanceof PartDamage ? err.inPart(entry.name, base) : err;
  }
}
