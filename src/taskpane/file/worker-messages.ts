import type { Grid } from "../../core/grid/grid";
import type { MessageParams } from "../../core/i18n/lang";

/** What the pane asks the reading worker: read these bytes (the file's name labels errors). */
export interface WorkerRequest {
  id: number;
  bytes: ArrayBuffer;
  label: string;
}

/** What the worker answers: the Grids, or a catalog message (a UserError's key and params). */
export type WorkerReply = { id: number; ok: true; grids: Grid[] } | { id: number; ok: false; key: string; params: MessageParams };
