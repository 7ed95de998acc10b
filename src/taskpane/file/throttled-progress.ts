import type { WorkerProgress } from "./worker-messages";

/**
 * Passes on a sheet's progress only when it has moved by a hundredth of its rows (or the sheet
 * changed, or it is done): the reader reports after every 64 KiB step, ~1,000 times on a
 * 100k-row roster, and each report is a message and a render.
 */
export function throttledProgress(send: (p: WorkerProgress) => void): (p: WorkerProgress) => void {
  let sheet = "";
  let last = -1;
  return (p) => {
    const step = Math.max(1, Math.floor(p.totalRows / 100));
    if (p.sheet === sheet && p.rowsRead - last < step && p.rowsRead < p.totalRows) return;
    sheet = p.sheet;
    last = p.rowsRead;
    send(p);
  };
}
