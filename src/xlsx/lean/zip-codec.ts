import { deflateSync, Inflate } from "fflate";
import { crc32Update } from "./crc32";

/**
 * Deflate, inflate and CRC-32 for reading and writing zips. The portable codec (fflate and a
 * JavaScript CRC table) runs anywhere, the browser build included; the CLI installs Node's native
 * zlib (lean/node-codec.ts), about 4× faster with the same bounded memory.
 */
export interface ZipCodec {
  /**
   * Inflates `data` (one entry's stored bytes, `size` bytes uncompressed) feeding the decoder `step`
   * compressed bytes at a time and handing every piece of output to `onChunk` as it comes. A piece
   * is valid only until onChunk returns: the codec may reuse its buffer for the next. Throws
   * an InflateFailure when the data is not valid deflate (or ends early); errors thrown by
   * `onChunk` pass through unchanged.
   */
  inflate(data: Uint8Array, size: number, step: number, onChunk: (chunk: Uint8Array) => void): void;
  /** Raw deflate of a whole part, at the level Excel itself writes (6). */
  deflate(bytes: Uint8Array): Uint8Array;
  /** Continues a CRC-32 over more bytes: `crc32Update(0, first)`, then the rest in order. */
  crc32Update(crc: number, bytes: Uint8Array): number;
}

/** The deflate data of an entry could not be decoded (the caller names the part). */
export class InflateFailure extends Error {
  override readonly name = "InflateFailure";
  /** True when the data inflated past the entry's recorded size (a bomb or a damaged size field). */
  constructor(message: string, readonly pastSize = false) {
    super(message);
  }
}

/** fflate's streaming inflate, its deflate and the JavaScript CRC-32. */
export const portableCodec: ZipCodec = {
  inflate(data, _size, step, onChunk) {
    // Errors thrown by the consumer pass through fflate's push; keep them apart from inflate errors.
    let consumerError: unknown = null;
    let ended = false;
    const inflater = new Inflate((chunk, final) => {
      if (final) ended = true;
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
      throw new InflateFailure(err instanceof Error ? err.message : String(err));
    }
    if (!ended) throw new InflateFailure("unexpected end of data");
  },
  deflate: (bytes) => deflateSync(bytes, { level: 6 }),
  crc32Update,
};

let installed: ZipCodec = portableCodec;

/** Makes `codec` the one every zip read and write uses when its caller names none (the CLI: Node's zlib). */
export function installZipCodec(codec: ZipCodec): void {
  installed = codec;
}

/** The codec installed for this process: portable unless an entry point installed another. */
export function defaultZipCodec(): ZipCodec {
  return installed;
}
