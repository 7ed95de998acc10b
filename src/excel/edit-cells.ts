// In-place cell edits (fix-rates on the user's own count table): only on an explicit action, with
// a snapshot of every cell taken in the same run before it is written, so restoreCells puts it back.
import type { CellValue } from "../core/grid/grid";
import type { CellSnapshot, CellWrite } from "../port/workbook-port";

const EPOCH_1900 = Date.UTC(1899, 11, 30);

function officeValue(v: CellValue | undefined): string | number | boolean {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return (v.getTime() - EPOCH_1900) / 86_400_000;
  return v;
}

/** Snapshots, then writes, the cells: two syncs whatever their number. */
export async function editUserCells(ctx: Excel.RequestContext, writes: readonly CellWrite[]): Promise<CellSnapshot> {
  const cell = (w: { sheet: string; row: number; col: number }) => ctx.workbook.worksheets.getItem(w.sheet).getRangeByIndexes(w.row - 1, w.col - 1, 1, 1);
  const before = writes.map((w) => cell(w).load("values,formulas,numberFormat"));
  await ctx.sync();
  const cells = writes.map((w, i) => {
    const r = before[i];
    const f = r.formulas[0][0];
    const v = r.values[0][0] as string | number | boolean;
    const nf = String(r.numberFormat[0][0]);
    return { sheet: w.sheet, row: w.row, col: w.col, value: v === "" ? null : v, formula: typeof f === "string" && f.startsWith("=") ? f.slice(1) : null, numberFormat: nf === "General" ? null : nf };
  });
  ctx.workbook.application.suspendApiCalculationUntilNextSync();
  writes.forEach((w) => {
    const r = cell(w);
    r.formulas = [[w.formula ? `=${w.formula}` : officeValue(w.value)]];
    if (w.numberFormat) r.numberFormat = [[w.numberFormat]];
  });
  await ctx.sync();
  return { cells };
}

/** Puts back a snapshot's cells (value or formula, and number format) in one sync. */
export async function restoreUserCells(ctx: Excel.RequestContext, snapshot: CellSnapshot): Promise<void> {
  ctx.workbook.application.suspendApiCalculationUntilNextSync();
  for (const c of snapshot.cells) {
    const r = ctx.workbook.worksheets.getItem(c.sheet).getRangeByIndexes(c.row - 1, c.col - 1, 1, 1);
    r.formulas = [[c.formula !== null ? `=${c.formula}` : officeValue(c.value)]];
    r.numberFormat = [[c.numberFormat ?? "General"]];
  }
  await ctx.sync();
}
