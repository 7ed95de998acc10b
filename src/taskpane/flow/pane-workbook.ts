import type { Finding } from "../../core/finding/finding";
import type { Area, Grid } from "../../core/grid/grid";
import type { AreaRead } from "../../port/workbook-port";
import type { SheetSpec } from "../../core/spec/spec";
import type { CellEdit } from "../../core/tables/fix";

/** How far reading has got: rows read of the whole workbook's total, and the sheet or file being read now. */
export interface ReadProgress {
  /** The sheet (Excel) or file (standalone) being read now. */
  source: string;
  read: number;
  total: number;
}

/** What the workbook can do where the pane runs: in place (Excel) or over files (download). */
export interface WorkbookAbilities {
  /** Flags, summary sheets and rate formulas are written into the open workbook. */
  inPlace: boolean;
  /** The summary is offered as a download (standalone); intoCopy when one input file can be copied. */
  download: { intoCopy: boolean } | null;
  /** Edits to the workbook can be watched (live re-check). */
  watch: boolean;
}

/** Which download the clerk chose: a new workbook of the summary sheets, or a lossless copy of the input with them added. */
export type DownloadMode = "new" | "copy";

/** What writing the summary did: the sheet names used, and the parts the host could not write (catalog key and sheet). */
export interface WrittenSummary {
  names: string[];
  /** Each spec's name and the name its sheet got (a user's sheet of that name makes it take a suffix), where the host tells. */
  sheets?: { spec: string; name: string }[];
  skipped: { key: string; sheet: string }[];
}

/** A file the pane hands to the browser to save. */
export interface DownloadFile {
  name: string;
  bytes: Uint8Array;
}

/** A sheet whose cells changed outside the pane (a clerk's edit), with the changed area when known. */
export interface WorkbookChange {
  sheet: string;
  /** A1 address of the changed area, when the host tells. */
  address?: string;
  /** The host's kind of change ("RangeEdited", "RowInserted" …), when it tells: only a range edit is re-read alone. */
  changeType?: string;
}

/**
 * What the task pane needs of a workbook, whatever holds it: Excel through the port's Office.js
 * adapter, or .xlsx files in the browser. Components receive one as a prop and never call a host
 * API themselves; optional members are absent where the host cannot do them (see abilities).
 */
export interface PaneWorkbook {
  /** A stable key of this workbook, for remembering the clerk's column mapping. */
  key: string;
  /** What the clerk calls it (the file name or the workbook's name). */
  label: string;
  abilities: WorkbookAbilities;
  /** Reads every sheet into Grids, reporting progress; rejects with an AbortError once the signal aborts. */
  readGrids(onProgress: (p: ReadProgress) => void, signal: AbortSignal): Promise<Grid[]>;
  /** Re-reads one sheet (after an edit). */
  readSheet?(sheet: string): Promise<Grid>;
  /** Re-reads one area of a sheet (the rows of an edit), with the sheet's used area now. */
  readArea?(sheet: string, area: Area): Promise<AreaRead>;
  /** Activates the sheet and selects the cell (or row) of a finding. */
  select?(sheet: string, address: string): Promise<void>;
  /** Colours the rows of these findings by severity; returns how many rows were flagged. */
  flagRows?(findings: readonly Finding[]): Promise<number>;
  /** Removes every flag the pane added, exactly. */
  clearFlags?(): Promise<void>;
  /** Writes the summary sheets (replacing only sheets marked as ours). */
  writeSheets?(specs: readonly SheetSpec[]): Promise<WrittenSummary>;
  /** Removes every sheet marked as ours; returns how many. */
  removeGenerated?(): Promise<number>;
  /** Writes rate formulas (the fix-rates edits) in place, keeping what the cells held. */
  applyEdits?(edits: readonly CellEdit[]): Promise<void>;
  /** Puts every cell applyEdits changed back to what it held; returns how many cells. */
  restoreEdits?(): Promise<number>;
  /** Calls back when the clerk selects cells on these sheets; returns the unsubscribe. */
  onSelect?(sheets: readonly string[], onSelect: (selection: { sheet: string; address: string }) => void): Promise<() => Promise<void>>;
  /** Calls back on edits made outside the pane to these sheets; returns the unsubscribe. */
  watch?(sheets: readonly string[], onChange: (change: WorkbookChange) => void): Promise<() => Promise<void>>;
  /** The summary as a file to save (standalone). */
  download?(specs: readonly SheetSpec[], mode: DownloadMode): Promise<DownloadFile>;
}
