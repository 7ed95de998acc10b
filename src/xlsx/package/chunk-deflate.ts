import { Deflate } from "fflate";

/** A raw deflate fed a part's bytes in order, each compressed piece handed to the sink as it comes. */
export interface ChunkDeflater {
  push(bytes: Uint8Array, final: boolean): void;
}

/** Makes a chunk deflater writing into `sink`. */
export type ChunkDeflaterFactory = (sink: (chunk: Uint8Array) => void) => ChunkDeflater;

/** fflate's streaming deflate at level 6: runs anywhere, the browser build included. */
export const portableChunkDeflater: ChunkDeflaterFactory = (sink) => {
  const d = new Deflate({ level: 6 }, (chunk) => sink(chunk));
  return { push: (bytes, final) => d.push(bytes, final) };
};

let installed: ChunkDeflaterFactory = portableChunkDeflater;

/** Makes `factory` the one streamed parts are deflated with (the CLI: Node's native zlib, ~4× fflate's). */
export function installChunkDeflater(factory: ChunkDeflaterFactory): void {
  installed = factory;
}

/** A chunk deflater of the installed kind. */
export function chunkDeflater(sink: (chunk: Uint8Array) => void): ChunkDeflater {
  return installed(sink);
}
