import type { Grid } from "../../core/grid/grid";
import type { MessageParams } from "../../core/i18n/lang";

/** What the pane asks the reading worker: read these bytes (the file's name labels errors). */
export interface WorkerRequest {
  id: number;
  bytes: ArrayBuffer;
  label: string;
}

/** How far the worker has read: the sheet and its rows read of its total. */
export interface WorkerProgress {
  sheet: string;
  rowsRead: number;
  totalRows: number;
}

/** What the worker answers: progress while reading, then the Grids, or a catalog message (a UserError's key and params). */
export type WorkerReply =
  | { id: number; progress: WorkerProgress }
  | { id: number; ok: true; grids: Grid[] }
  | { id: number; ok: false; key: string; params: MessageParams };
