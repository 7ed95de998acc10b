// The host-neutral port the task pane drives: plain data in and out, no Office.js types, so the
// Office.js adapter (src/excel), the file adapter (src/port/file) and a later WPS ET adapter can
// all implement it and the pane never knows which one it talks to.
import type { Area, CellValue, Grid } from "../core/grid/grid";
import type { Finding, Severity } from "../core/finding/finding";
import type { SheetSpec } from "../core/spec/spec";
import type { AreaCells } from "../core/grid/patch-area";

/** Which kind of host a port drives. */
export type PortHost = "excel" | "file" | "wps";

/** The optional features of a host; a missing one is skipped and reported, never faked. */
export interface PortFeatures {
  /** Merged areas can be read (ExcelApi 1.13; a sheet above 512 merged areas still reads none). */
  readMerges: boolean;
  /** Sheets are marked through worksheet custom properties (1.12); otherwise a defined name marks them. */
  customProperties: boolean;
  /** Print setup can be written (pageLayout, 1.9). */
  pageLayout: boolean;
  /** Formats are written by setCellProperties in one call per sheet (1.9); otherwise range by range. */
  setCellProperties: boolean;
  /** Change events on sheets (onChanged, 1.7). */
  events: boolean;
  /** Row flags (conditional formats) can be added to a user's sheet. */
  flags: boolean;
  /** A cell can be selected and its sheet activated. */
  select: boolean;
  /** User cells can be edited in place (fix-rates in place) with a snapshot to restore. */
  editCells: boolean;
  /** The user's selection on a sheet is reported (worksheet.onSelectionChanged, 1.7). */
  selectionEvents: boolean;
}

/** What the host is and can do: the pane shows it and says what a job skipped. */
export interface PortCapabilities {
  host: PortHost;
  /** The host's platform as it names it ("PC", "OfficeOnline", "Mac", "node", "browser"). */
  platform: string;
  /** Highest ExcelApi requirement set present ("1.13"), null when the host is not Office. */
  apiLevel: string | null;
  supports: PortFeatures;
}

/** Whether a sheet shows in the tab bar. */
export type SheetVisibility = "visible" | "hidden" | "veryHidden";

/** One sheet of the open workbook as listed (tab order). */
export interface SheetInfo {
  name: string;
  /** 0-based tab position. */
  position: number;
  visibility: SheetVisibility;
  /** The area holding values in 1-based sheet coordinates, null for an empty sheet. */
  used: Area | null;
  /** True when the add-in generated the sheet (it may be replaced or removed; a user's sheet never is). */
  ours: boolean;
  /** The marker name (core/spec markerName) of a generated sheet. */
  marker?: string;
}

/** How far a sheet read has come. */
export interface ReadProgress {
  sheet: string;
  rowsRead: number;
  totalRows: number;
}

/** Options of readSheet: progress per block, cancellation between blocks. */
export interface ReadSheetOptions {
  onProgress?: (progress: ReadProgress) => void;
  /** Aborting rejects the read with an AbortError (see isAbortError) before the next block. */
  signal?: AbortSignal;
}

/** How far a write has come. */
export interface WriteProgress {
  sheetsWritten: number;
  totalSheets: number;
}

/** Options of writeSheets. */
export interface WriteSheetsOptions {
  onProgress?: (progress: WriteProgress) => void;
  signal?: AbortSignal;
}

/** A generated sheet as written: the spec's name, the name it got, and whether it replaced our earlier one in place. */
export interface WrittenSheet {
  spec: string;
  name: string;
  replaced: boolean;
}

/** A part of a sheet the host could not write; `message` is a catalog key the pane shows. */
export interface SkippedPart {
  sheet: string;
  part: "printSetup" | "marker" | "tables" | "merges" | "charts" | "chartAxes";
  message: string;
}

/** What writeSheets did. */
export interface WriteResult {
  written: WrittenSheet[];
  skipped: SkippedPart[];
}

/** What addFlags did on one sheet. */
export interface FlagResult {
  sheet: string;
  /** Distinct rows flagged. */
  rows: number;
  /** Conditional-format objects added (one per rule and severity). */
  formats: number;
  /** Findings without a row on this sheet, not flagged. */
  ignored: number;
}

/** One user cell to rewrite in place (fix-rates): a formula (no "="), or a constant, and optionally its number format. */
export interface CellWrite {
  sheet: string;
  /** 1-based. */
  row: number;
  col: number;
  formula?: string | null;
  value?: CellValue;
  numberFormat?: string | null;
}

/** A cell as it was before editCells changed it. */
export interface CellSnapshotEntry {
  sheet: string;
  row: number;
  col: number;
  value: CellValue;
  /** The formula without "=", null for a constant. */
  formula: string | null;
  numberFormat: string | null;
}

/** Everything editCells changed, as plain data the pane may keep until the user restores or dismisses it. */
export interface CellSnapshot {
  cells: CellSnapshotEntry[];
}

/** A change the user made on a watched sheet (the add-in's own writes are not reported). */
export interface SheetChange {
  sheet: string;
  /** A1 address of the changed range, when the host tells. */
  address?: string;
  /** The host's kind of change ("RangeEdited", "RowInserted", "ColumnDeleted" …), when it tells. */
  changeType?: string;
}

/** Where the user selected on a watched sheet: the sheet and the A1 address of the selected range. */
export interface SelectionChange {
  sheet: string;
  address: string;
}

/** An area's cells read again after an edit, with the sheet's used area now (null when empty), to tell whether more changed. */
export interface AreaRead extends AreaCells {
  used: Area | null;
}

/** Stops a subscription. */
export type Unsubscribe = () => Promise<void>;

/** Severities in the order flags are painted (an error row shows as an error). */
export const FLAG_SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** The open workbook as the task pane sees it, whatever the host. Every method is one user action. */
export interface WorkbookPort {
  /** What the host is and supports. */
  capabilities(): Promise<PortCapabilities>;
  /** The sheets in tab order with their used bounds and whether each is ours. */
  listSheets(): Promise<SheetInfo[]>;
  /** One sheet's used range as a Grid (merges only where the host can read them), read in blocks. */
  readSheet(name: string, options?: ReadSheetOptions): Promise<Grid>;
  /** Writes generated sheets: ours are replaced in place (same position), a user's sheet of the same name is never touched (the new one takes a suffix). */
  writeSheets(specs: readonly SheetSpec[], options?: WriteSheetsOptions): Promise<WriteResult>;
  /** Removes the generated sheets (all, or those of one profile); returns the names removed. */
  removeGeneratedSheets(profile?: string): Promise<string[]>;
  /** Flags the rows of a user's sheet that findings point at, one conditional format per rule and severity; replaces earlier flags there. */
  addFlags(sheet: string, findings: readonly Finding[]): Promise<FlagResult>;
  /** Removes exactly the flags addFlags added (one sheet, or all); returns the number of sheets cleared. */
  clearFlags(sheet?: string): Promise<number>;
  /** Activates a sheet and selects a cell or range (A1 address); false when the host cannot select. */
  select(sheet: string, address?: string): Promise<boolean>;
  /** Rewrites user cells in place (explicit action only) and returns what they held, for restoreCells. */
  editCells(writes: readonly CellWrite[]): Promise<CellSnapshot>;
  /** Puts back the cells of a snapshot exactly (value or formula, and number format). */
  restoreCells(snapshot: CellSnapshot): Promise<void>;
  /** Reads one area of a sheet again (values, formats, formulas) in one request, for a live re-check of edited rows; absent where the host cannot. */
  readArea?(sheet: string, area: Area): Promise<AreaRead>;
  /** Calls `listener` when the user changes the sheet; the add-in's own writes are ignored. */
  onSheetChanged(sheet: string, listener: (change: SheetChange) => void): Promise<Unsubscribe>;
  /** Calls `listener` when the user selects cells on one of these sheets (subscribed in one request); absent where the host has no selection. */
  onSelectionChanged?(sheets: readonly string[], listener: (change: SelectionChange) => void): Promise<Unsubscribe>;
}

/** The error a cancelled read or write rejects with. */
export function abortError(signal?: AbortSignal): Error {
  const reason: unknown = signal?.reason;
  if (reason instanceof Error && reason.name === "AbortError") return reason;
  const err = new Error("aborted");
  err.name = "AbortError";
  return err;
}

/** True for the rejection of a cancelled read or write. */
export function isAbortError(err: unknown): boolean {
  return err instanceof Error && err.name === "AbortError";
}

/** Throws the AbortError when the signal has fired: called between blocks. */
export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw abortError(signal);
}
