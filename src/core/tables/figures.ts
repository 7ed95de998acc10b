import type { CellReading, ColumnGroup, TableCell, TableRow } from "./types";

/** One row's figures for one group, read from its cells: what the counts give, and the stated rate cell. */
export interface RowFigures {
  /** The base as a number; null when blank or unreadable ("/" reads 0). */
  base: number | null;
  /** True when the base is 0 or "/": the rate must be "/". */
  noBase: boolean;
  attained: number | null;
  applying: number | null;
  /** The enterprises the group's rate counts: attained (+ applying for a creation rate). */
  counted: number | null;
  /** counted / base; null without a positive base or readable counts. */
  exact: number | null;
  rateCell: TableCell | undefined;
}

/** A count as a number: a number as read, 0 for "/", null when blank or unreadable. */
export function countOf(reading: CellReading | undefined): number | null {
  if (!reading) return null;
  if (reading.kind === "number") return reading.value;
  if (reading.kind === "notApplicable") return 0;
  return null;
}

/** The figures of one row for one group. A blank applying cell counts as none applying. */
export function rowFigures(row: TableRow, group: ColumnGroup): RowFigures {
  const cells = row.cells[group.key] ?? {};
  const baseReading = cells.base?.reading;
  const base = countOf(baseReading);
  const noBase = baseReading !== undefined && (baseReading.kind === "notApplicable" || (baseReading.kind === "number" && baseReading.value === 0));
  const attained = countOf(cells.attained?.reading);
  const applyingReading = cells.applying?.reading;
  const applying = applyingReading === undefined ? null : applyingReading.kind === "blank" ? 0 : countOf(applyingReading);
  const withApplying = group.rateKind === "creation" && cells.applying !== undefined;
  const counted = attained === null || (withApplying && applying === null) ? null : attained + (withApplying ? (applying as number) : 0);
  const exact = base !== null && base > 0 && counted !== null ? counted / base : null;
  return { base, noBase, attained, applying, counted, exact, rateCell: cells.rate };
}

/** Every body row and then the totals row, if any. */
export function allRows(table: { rows: TableRow[]; totals: TableRow | null }): TableRow[] {
  return table.totals ? [...table.rows, table.totals] : table.rows;
}

/** The arithmetic behind a row's exact rate, for messages: "(25+28)/96" or "76/83". */
export function rateArithmetic(f: RowFigures, group: ColumnGroup): string {
  const withApplying = group.rateKind === "creation" && group.columns.applying !== undefined;
  const top = withApplying ? `(${f.attained ?? 0}+${f.applying ?? 0})` : String(f.attained ?? 0);
  return `${top}/${f.base ?? 0}`;
}
