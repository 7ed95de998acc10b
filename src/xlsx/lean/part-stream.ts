import { streamEntry, type ZipEntry } from "./zip-archive";
import type { XlsxPackage } from "./package-parts";

/**
 * A scanner of one part's XML that is fed its text piece by piece. `scan` gets the unconsumed
 * text so far and returns how much of it it has fully processed; the rest (an element cut by a
 * chunk edge) comes back at the front of the next call. `final` marks the last call.
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
 */
export function scanPart(pkg: XlsxPackage, entry: ZipEntry, scanner: TextScanner): void {
  const decoder = new TextDecoder("utf-8");
  let carry = "";
  const feed = (text: string, final: boolean): void => {
    const s = carry.length === 0 ? text : carry + text;
    carry = s.slice(scanner.scan(s, final));
  };
  streamEntry(pkg.bytes, entry, pkg.chunkBytes, (chunk) => feed(decoder.decode(chunk, { stream: true }), false), pkg.inflateRaw);
  feed(decoder.decode(), true);
}
