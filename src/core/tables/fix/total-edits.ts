import type { ColumnGroup, RecognizedTable, Slot, TableCell } from "../types";
import { addEdit, convertTextCounts, skip, type FixContext } from "./fix-context";
import { operandOf, type Operand } from "./operand";
import { sumRanges } from "./sum-ranges";

const SUMMED: readonly Slot[] = ["base", "attained", "applying", "actual"];

/**
 * The totals row's count for one group and slot as =SUM over the body rows, only where the typed
 * total already equals that sum: a total that differs is the clerk's statement (check reports it
 * as total/mismatch) and is kept, listed with its sum. Blank, "/" and text totals, and columns
 * holding counts a SUM cannot read, are left alone.
 */
export function totalEdit(ctx: FixContext, table: RecognizedTable, group: ColumnGroup, slot: Slot): void {
  const totals = table.totals;
  const cell = totals?.cells[group.key]?.[slot];
  if (!totals || !cell || cell.reading.kind === "blank" || table.rows.length === 0) return;
  if (cell.formula !== null) return skip(ctx, cell, "formula");
  if (cell.reading.kind !== "number" || cell.reading.percent) return;
  const body = table.rows.map((r) => r.cells[group.key]?.[slot]).filter((c): c is TableCell => c !== undefined);
  const operands = body.map(operandOf);
  const bad = operands.findIndex((o) => o === null);
  if (bad >= 0) return skip(ctx, cell, "unreadableCount", body[bad]);
  const ops = operands as Operand[];
  const sum = ops.reduce((s, o) => s + o.value, 0);
  const stated = cell.reading.value;
  if (Math.abs(sum - stated) > 1e-9) {
    ctx.keptTotals.push({ sheet: ctx.sheet, address: cell.address, stated, sum });
    return;
  }
  const breaks = [...table.subtotalRows, totals.row];
  const ranges = sumRanges(cell.column, table.rows.map((r) => r.row), breaks);
  addEdit(ctx, cell, { kind: "total", formula: `SUM(${ranges})`, value: sum, valueText: String(sum), numberFormat: null });
  convertTextCounts(ctx, ops);
}

/** Every summed slot of every group of the totals row. */
export function totalEdits(ctx: FixContext, table: RecognizedTable): void {
  for (const group of table.groups) for (const slot of SUMMED) totalEdit(ctx, table, group, slot);
}
