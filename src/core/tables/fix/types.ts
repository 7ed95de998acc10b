import type { CellValue } from "../../grid/grid";

/** What a fix does to a cell: a live rate formula, a SUM total, or a count typed as text written as a number. */
export type CellEditKind = "rate" | "total" | "count";

/** One cell a fix rewrites: where, what it held (as read and as shown), and what it gets. */
export interface CellEdit {
  sheet: string;
  /** A1 address. */
  address: string;
  row: number;
  col: number;
  kind: CellEditKind;
  old: CellValue;
  /** The old value as the sheet shows it ("88.0%", "208", "" for blank). */
  oldText: string;
  /** The new formula without "=", or null for a constant. */
  formula: string | null;
  /** What the formula gives now (written as its cached result), or the new constant. */
  value: number | string;
  /** The new value as the sheet will show it ("91.6%", "/", "199"). */
  valueText: string;
  /** The percent format a rate cell needs when its own format shows no percent (text "88.5%" had none); null for counts. */
  numberFormat: string | null;
}

/** A totals cell left as typed because it differs from the sum of its column's body rows. */
export interface KeptTotal {
  sheet: string;
  address: string;
  stated: number;
  sum: number;
}

/** Why a rate or totals cell was left alone: already a formula, a count the formula cannot read, or no counts at all. */
export type SkipReason = "formula" | "unreadableCount" | "noCounts";

/** A cell the fix left alone, and why (count: the unreadable count cell). */
export interface SkippedCell {
  sheet: string;
  address: string;
  reason: SkipReason;
  count?: string;
}

/** Everything the fix would change in one recognised table, and what it left alone. */
export interface TableFix {
  sheet: string;
  /** Edits in sheet order (row, then column). */
  edits: CellEdit[];
  keptTotals: KeptTotal[];
  skipped: SkippedCell[];
}
