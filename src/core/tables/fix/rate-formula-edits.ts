import { allRows } from "../figures";
import type { RecognizedTable } from "../types";
import { fixContext } from "./fix-context";
import { rateEdit } from "./rate-edits";
import { totalEdits } from "./total-edits";
import type { TableFix } from "./types";

/** The not-applicable mark the table already writes in its rates ("/" when it writes none). */
function tableMark(table: RecognizedTable): string {
  for (const row of allRows(table)) {
    for (const group of table.groups) {
      const rate = row.cells[group.key]?.rate;
      if (rate?.reading.kind === "notApplicable" && typeof rate.raw === "string") return rate.raw.trim();
    }
  }
  return "/";
}

/**
 * The explicit fix of a count table already in a workbook, as plain data: every rate cell becomes
 * the live formula over its row's counts (the attachment builder's formula, "/" for no base), each
 * totals count that equals its column's sum becomes =SUM over the body rows, and counts typed as
 * text that those formulas read are written as numbers. Every edit keeps the old value; totals
 * that differ, existing formulas and unreadable counts are left alone and listed.
 */
export function rateFormulaEdits(table: RecognizedTable): TableFix {
  const ctx = fixContext(table.sheet, tableMark(table));
  // Totals first: a typed total equal to its sum becomes a SUM, not merely a number.
  totalEdits(ctx, table);
  for (const row of allRows(table)) for (const group of table.groups) rateEdit(ctx, row, group);
  const edits = [...ctx.edits.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  return { sheet: table.sheet, edits, keptTotals: ctx.keptTotals, skipped: ctx.skipped };
}
