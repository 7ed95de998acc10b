import { constants, crc32, createInflateRaw, deflateRawSync } from "zlib";
import { InflateFailure, portableCodec, type ZipCodec } from "./zip-codec";

/** The native handle under a zlib stream, as Node's own synchronous inflate drives it. */
interface NativeInflateHandle {
  writeSync(flush: number, input: Uint8Array, inOffset: number, inLength: number, output: Uint8Array, outOffset: number, outLength: number): void;
  onerror: (message: string, errno: number) => void;
}

/** The two fields of a zlib stream that its synchronous step reads: the handle and [availOut, availIn]. */
interface ZlibStreamInternals {
  _handle?: NativeInflateHandle | null;
  _writeState?: Uint32Array;
}

const OUTPUT_BYTES = 256 * 1024;

/**
 * Inflates with Node's native zlib one compressed step at a time, as zlib.inflateRawSync does
 * inside, but handing each piece of output on instead of joining them. Node's public synchronous
 * zlib is whole-buffer only (it would hold a 60 MB sheet part and its text at once, ~40 MB more at
 * peak) and its streams are asynchronous, while the reader is synchronous (the browser's too); so
 * this drives the stream's native handle the way Node's own processChunkSync does. Where a Node
 * lacks those internals, the portable codec runs instead: slower, never wrong.
 */
function inflateNative(data: Uint8Array, size: number, step: number, onChunk: (chunk: Uint8Array) => void): void {
  const stream = createInflateRaw();
  const { _handle: handle, _writeState: maybeState } = stream as unknown as ZlibStreamInternals;
  // Tested by tag, not instanceof: under a test runner's vm context zlib's array comes from another realm.
  if (!handle || typeof handle.writeSync !== "function" || Object.prototype.toString.call(maybeState) !== "[object Uint32Array]") {
    stream.close();
    portableCodec.inflate(data, size, step, onChunk);
    return;
  }
  const state = maybeState as Uint32Array;
  let failure: string | null = null;
  handle.onerror = (message) => {
    failure = message;
  };
  let delivered = 0;
  // One output buffer for the whole part: consumers copy what they keep before onChunk returns
  // (ZipCodec's contract), and a fresh 256 KiB buffer per step was ~80 MB of short-lived
  // allocations on a 100k-row roster, ~15 MB of peak memory.
  const out = Buffer.allocUnsafe(OUTPUT_BYTES);
  try {
    for (let start = 0; ; start += step) {
      const end = Math.min(data.length, start + step);
      const flush = end >= data.length ? constants.Z_FINISH : constants.Z_NO_FLUSH;
      let inOffset = start;
      let inLength = end - start;
      for (;;) {
        handle.writeSync(flush, data, inOffset, inLength, out, 0, OUTPUT_BYTES);
        if (failure !== null) throw new InflateFailure(failure);
        const [availOut, availIn] = state;
        const have = OUTPUT_BYTES - availOut;
        if (have > 0) {
          delivered += have;
          // Output past the recorded size stops here, one output buffer past it at most: a bomb never gets further.
          if (delivered > size) throw new InflateFailure("inflated past the recorded size", true);
          onChunk(out.subarray(0, have));
        }
        if (availOut !== 0) break; // zlib wants more input (or the stream has ended)
        inOffset += inLength - availIn;
        inLength = availIn;
      }
      if (end >= data.length) break;
    }
  } finally {
    stream.close();
  }
}

/**
 * Node's native zlib: inflate (about 4× fflate's), streaming with memory bounded by one step's
 * output like fflate; deflate; CRC-32. Node only: the browser build keeps the portable codec. A
 * test holds it to the portable codec's bytes and refusals.
 */
export const nodeCodec: ZipCodec = {
  inflate: inflateNative,
  deflate: (bytes) => deflateRawSync(bytes, { level: 6 }),
  crc32Update: (crc, bytes) => crc32(bytes, crc) >>> 0,
};
