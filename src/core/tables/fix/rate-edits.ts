import { rateFormula, rateResult } from "../../report/attachment/rate-formula";
import { percentText } from "../rate-compare";
import type { ColumnGroup, Slot, TableCell, TableRow } from "../types";
import { addEdit, convertTextCounts, skip, type FixContext } from "./fix-context";
import { operandOf, type Operand } from "./operand";
import { percentFormat, rateDecimals } from "./shown";

/** The count slots a group's rate adds up (as rowFigures counts them), or null for a rate the fix does not write. */
function partSlots(group: ColumnGroup): Slot[] | null {
  const { base, attained, applying, rate } = group.columns;
  if (!base || !attained || !rate) return null;
  if (group.rateKind === "attainment") return ["attained"];
  if (group.rateKind === "creation") return applying ? ["attained", "applying"] : ["attained"];
  return null;
}

/**
 * The live formula for one row's rate of one group, over the same row's counts, with what it gives
 * now as the cached result: "/" (the table's mark) for a base of 0, blank or "/". A rate that is
 * already a formula, whose counts a formula cannot read, or that stands in a row with no counts
 * (a city rate typed alone) is left alone and listed.
 */
export function rateEdit(ctx: FixContext, row: TableRow, group: ColumnGroup): void {
  const slots = partSlots(group);
  const cells = row.cells[group.key] ?? {};
  const rate = cells.rate;
  if (!slots || !rate) return;
  const parts = slots.map((s) => cells[s] as TableCell);
  const base = cells.base as TableCell;
  if (rate.formula !== null) return skip(ctx, rate, "formula");
  if ([...parts, base].every((c) => c.reading.kind === "blank")) {
    if (rate.reading.kind !== "blank") skip(ctx, rate, "noCounts");
    return;
  }
  const operands = [...parts, base].map(operandOf);
  const bad = operands.findIndex((o) => o === null);
  if (bad >= 0) return skip(ctx, rate, "unreadableCount", [...parts, base][bad]);
  const ops = operands as Operand[];
  convertTextCounts(ctx, ops);
  const value = rateResult(ops.slice(0, -1).map((o) => o.value), ops[ops.length - 1].value, ctx.mark);
  const decimals = rateDecimals(rate.reading);
  addEdit(ctx, rate, {
    kind: "rate",
    formula: rateFormula(parts.map((c) => c.address), base.address, ctx.mark),
    value,
    valueText: typeof value === "string" ? value : percentText(value, decimals),
    numberFormat: percentFormat(decimals),
  });
}
