import { UserError } from "../../core/errors";
import type { Grid } from "../../core/grid/grid";
import type { WorkerProgress, WorkerReply, WorkerRequest } from "./worker-messages";

/** Reads one .xlsx file's bytes into Grids, telling how far each sheet's rows have been read; aborting rejects with an AbortError. */
export type GridReader = (bytes: Uint8Array, label: string, signal: AbortSignal, onProgress?: (p: WorkerProgress) => void) => Promise<Grid[]>;

/** The single-file build inlines the worker's source in a script element of this id (no file to load from file://). */
export const INLINE_WORKER_ID = "anbiao-read-worker";

declare const ANBIAO_SINGLE_FILE: boolean;

function abortError(): Error {
  const err = new Error("aborted");
  err.name = "AbortError";
  return err;
}

function startWorker(): Worker {
  if (ANBIAO_SINGLE_FILE) {
    const source = document.getElementById(INLINE_WORKER_ID)?.textContent ?? "";
    return new Worker(URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
  }
  // webpack bundles the worker from this exact form. The typecheck runs with module commonjs (for
  // jest), where import.meta is refused; the bundle compiles as esnext, where it is valid.
  // @ts-expect-error TS1343 under the commonjs typecheck only
  return new Worker(new URL("./read-worker.ts", import.meta.url));
}

/** Reads in a Web Worker (one per file, ended when done or aborted), so the page stays responsive. */
export const workerReader: GridReader = (bytes, label, signal, onProgress) =>
  new Promise<Grid[]>((resolve, reject) => {
    if (signal.aborted) return reject(abortError());
    const worker = startWorker();
    const stop = () => {
      worker.terminate();
      reject(abortError());
    };
    signal.addEventListener("abort", stop, { once: true });
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const reply = e.data;
      if ("progress" in reply) {
        onProgress?.(reply.progress);
        return;
      }
      signal.removeEventListener("abort", stop);
      worker.terminate();
      if (reply.ok) resolve(reply.grids);
      else reject(new UserError(reply.key, reply.params));
    };
    worker.onerror = (e) => {
      signal.removeEventListener("abort", stop);
      worker.terminate();
      reject(new UserError("pane.error.readFailed", { file: label, detail: e.message || "worker" }));
    };
    // A copy goes to the worker: the page keeps its bytes for a lossless copy later.
    const copy = bytes.slice().buffer;
    const request: WorkerRequest = { id: 1, bytes: copy, label };
    worker.postMessage(request, [copy]);
  });

/** Reads on the page itself, after yielding once so the progress shows; for hosts where a worker cannot start. */
export const pageReader: GridReader = async (bytes, label, signal, onProgress) => {
  await new Promise((r) => setTimeout(r, 0));
  if (signal.aborted) throw abortError();
  const { readXlsxBytes } = await import("../../xlsx/read-bytes");
  // On the page the read holds the thread, so only the last report of each sheet would paint: none is sent.
  void onProgress;
  return readXlsxBytes(bytes, label);
};

/** The worker reader, falling back to the page when this browser refuses the worker (some file:// settings). */
export const gridReader: GridReader = async (bytes, label, signal, onProgress) => {
  try {
    return await workerReader(bytes, label, signal, onProgress);
  } catch (err) {
    if (err instanceof UserError || (err as Error).name === "AbortError") throw err;
    return pageReader(bytes, label, signal, onProgress);
  }
};
