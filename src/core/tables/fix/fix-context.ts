import type { TableCell } from "../types";
import type { Operand } from "./operand";
import { shownText } from "./shown";
import type { CellEdit, KeptTotal, SkippedCell, SkipReason } from "./types";

/** What the edits of one table collect as they are worked out: one edit per cell, the cells left alone. */
export interface FixContext {
  sheet: string;
  /** The not-applicable mark the table writes ("/" unless it writes another). */
  mark: string;
  edits: Map<string, CellEdit>;
  keptTotals: KeptTotal[];
  skipped: SkippedCell[];
}

/** A new context for a sheet. */
export function fixContext(sheet: string, mark: string): FixContext {
  return { sheet, mark, edits: new Map(), keptTotals: [], skipped: [] };
}

/** Records an edit of a cell with its old value; the first edit of a cell wins (a SUM total over its conversion to a number). */
export function addEdit(ctx: FixContext, cell: TableCell, edit: Pick<CellEdit, "kind" | "formula" | "value" | "valueText" | "numberFormat">): void {
  if (ctx.edits.has(cell.address)) return;
  ctx.edits.set(cell.address, { sheet: ctx.sheet, address: cell.address, row: cell.row, col: cell.col, old: cell.raw, oldText: shownText(cell), ...edit });
}

/** Writes counts typed as text as numbers, so that N() and SUM read them. */
export function convertTextCounts(ctx: FixContext, operands: readonly Operand[]): void {
  for (const op of operands) {
    if (op.asText) addEdit(ctx, op.cell, { kind: "count", formula: null, value: op.value, valueText: String(op.value), numberFormat: null });
  }
}

/** Records a cell left alone. */
export function skip(ctx: FixContext, cell: TableCell, reason: SkipReason, count?: TableCell): void {
  ctx.skipped.push({ sheet: ctx.sheet, address: cell.address, reason, ...(count ? { count: count.address } : {}) });
}
