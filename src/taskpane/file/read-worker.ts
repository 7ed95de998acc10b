// Entry of the reading worker: .xlsx bytes in, Grids out, so a 100k-row roster never freezes the page.
import { UserError } from "../../core/errors";
import { readXlsxBytes } from "../../xlsx/read-bytes";
import { throttledProgress } from "./throttled-progress";
import type { WorkerReply, WorkerRequest } from "./worker-messages";

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage(m: WorkerReply): void };

scope.onmessage = (e) => {
  const { id, bytes, label } = e.data;
  const onRows = throttledProgress((progress) => scope.postMessage({ id, progress }));
  readXlsxBytes(bytes, label, { onRows }).then(
    (grids) => scope.postMessage({ id, ok: true, grids }),
    (err: unknown) => {
      if (err instanceof UserError) scope.postMessage({ id, ok: false, key: err.key, params: err.params });
      else scope.postMessage({ id, ok: false, key: "pane.error.readFailed", params: { file: label, detail: err instanceof Error ? err.message : String(err) } });
    },
  );
};
