import { inflateRawSync } from "zlib";

/**
 * Node's native raw inflate (about 4× fflate's speed on a 60 MB sheet part). The output chunk is
 * sized to the entry so zlib writes one buffer instead of concatenating many (which doubled the
 * peak), and output past the recorded size stops the inflate (a zip bomb never gets further).
 * Node only: the browser build keeps fflate.
 */
export function nodeInflateRaw(compressed: Uint8Array, size: number): Uint8Array {
  return inflateRawSync(compressed, { chunkSize: Math.max(64 * 1024, size + 1), maxOutputLength: Math.max(1, size) });
}
