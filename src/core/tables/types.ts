import type { CellValue } from "../grid/grid";
import type { District } from "../profile/schema";

/** What a count-table column holds, once recognised: a count, a rate, or a target. */
export type Slot = "base" | "attained" | "applying" | "rate" | "target" | "actual";

/** Which rate a rate column states: (attained + applying) / base, attained / base, or an indicator's share of its population. */
export type RateKind = "creation" | "attainment" | "share";

/**
 * How one cell reads: a number (a rate as a fraction, percent set, with the percent decimals it shows), the "/"
 * mark, blank, a spreadsheet error (#DIV/0!), or text that is no number.
 */
export type CellReading =
  | { kind: "number"; value: number; decimals: number; asText: boolean; percent?: true }
  | { kind: "notApplicable"; text: string }
  | { kind: "blank" }
  | { kind: "error"; text: string }
  | { kind: "text"; text: string };

/** A body cell of a count table: where it is, what it holds as read, its formula, and how it reads. */
export interface TableCell {
  row: number;
  col: number;
  /** Column letters. */
  column: string;
  /** A1 address. */
  address: string;
  raw: CellValue;
  formula: string | null;
  reading: CellReading;
}

/** A recognised column: its position, its header texts (group to leaf) and what it holds. */
export interface TableColumn {
  col: number;
  column: string;
  path: string[];
  slot: Slot;
}

/**
 * The columns of one category (or indicator) side by side: base, attained, applying, rate, target,
 * actual — whichever the table has. key is the category or indicator id.
 */
export interface ColumnGroup {
  key: string;
  kind: "category" | "indicator";
  /** The official name from the profile. */
  name: string;
  /** The group's header as the sheet writes it. */
  header: string;
  rateKind: RateKind;
  columns: Partial<Record<Slot, TableColumn>>;
}

/** A body row: a district, the totals row, or a row whose label names no district. */
export interface TableRow {
  row: number;
  label: string;
  kind: "district" | "total" | "unknown";
  district: District | null;
  /** Cells by group key, then slot. */
  cells: Record<string, Partial<Record<Slot, TableCell>>>;
}

/** A sheet recognised as an attachment-shaped count table. */
export interface RecognizedTable {
  sheet: string;
  /** The profile attachment it matches (id and label), or null when only categories matched. */
  attachment: { id: string; label: string } | null;
  /** First and last header rows (sheet rows). */
  headerRows: [number, number];
  labelColumn: string;
  groups: ColumnGroup[];
  /** District and unknown rows in sheet order (the totals row apart). */
  rows: TableRow[];
  totals: TableRow | null;
  /** Header columns that map to nothing. */
  unmatchedColumns: { column: string; header: string }[];
  /** Official names of the profile's districts with no row. */
  missingDistricts: string[];
  /** Districts that have more than one row (the later rows). */
  duplicateRows: { row: number; label: string; district: string }[];
  /** Sheet rows of 小计 lines, left out of sums. */
  subtotalRows: number[];
}

/** Why a sheet is not a count table: a catalog key and its parameters. */
export interface NotATable {
  notTable: true;
  sheet: string;
  reason: string;
  params: Record<string, string | number>;
}

/** What was recognised in a sheet, as plain data for output (no cells). */
export interface RecognizedTableSummary {
  sheet: string;
  attachment: { id: string; label: string } | null;
  headerRows: [number, number];
  labelColumn: string;
  groups: { key: string; kind: "category" | "indicator"; name: string; header: string; columns: Partial<Record<Slot, string>> }[];
  districts: { row: number; label: string; district: string | null }[];
  totalsRow: number | null;
  unknownRows: { row: number; label: string }[];
  unmatchedColumns: { column: string; header: string }[];
  missingDistricts: string[];
}

/**
 * One district's (or the totals row's, district null) figures for one category as the table gives
 * them, with compliance against the year's target. rate is computed from the counts when the table
 * has them, else the stated rate; target is a rate (0–1) or a count (targetKind says which).
 */
export interface TableMetric {
  district: string | null;
  category: string;
  categoryName: string;
  base: number | null;
  attained: number | null;
  /** null when the table has no such column. */
  applying: number | null;
  rate: number | null;
  rateKind: RateKind;
  target: number | null;
  targetKind: "rate" | "count" | null;
  met: boolean | null;
  /** Enterprises still needed: ceil(target × base) − counted for a rate, target − counted for a count. */
  gap: number | null;
  sheet: string;
  row: number;
}
