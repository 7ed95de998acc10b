import type { BodyRow } from "./body-rows";
import type { FillContext } from "./fill-context";
import { BLANK, constant, type FilledCell } from "./filled-cell";
import type { LeafColumn } from "./header-grid";
import { figureFormat } from "./number-format";

/**
 * Cells of a column or row bound to an indicator (Changshu's renewals, Nantong's audit rate), from
 * the indicator figures. Blank without figures and on rows standing for sectors, never a 0.
 */
function rowOf(ctx: FillContext, column: LeafColumn, row: BodyRow) {
  const id = column.id ?? row.id;
  if (row.sectors || id === undefined) return undefined;
  return ctx.indicators.get(row.district, id, row.targetIndex);
}

function rateOrSlash(ctx: FillContext, rate: number | null, metric: "actual" | "actualRate"): FilledCell {
  return rate === null ? constant(ctx.layout.notApplicable, "text") : constant(rate, "rate", figureFormat(ctx.layout, metric, "rate"));
}

/** The figure the indicator's target is judged on: the share for a share target, else the count. */
export function indicatorActualCell(ctx: FillContext, column: LeafColumn, row: BodyRow): FilledCell {
  const r = rowOf(ctx, column, row);
  if (!r) return BLANK;
  if (r.targetKind === "rate") return r.denominator === null ? BLANK : rateOrSlash(ctx, r.rate, "actual");
  return constant(r.count, "count", figureFormat(ctx.layout, column.leaf.metric ?? "actual", "count"));
}

/** Records still needed to meet the indicator's target; blank when there is no judgement. */
export function indicatorGapCell(ctx: FillContext, column: LeafColumn, row: BodyRow): FilledCell {
  const r = rowOf(ctx, column, row);
  return r && r.gap !== null ? constant(r.gap, "count", figureFormat(ctx.layout, "gap", "count")) : BLANK;
}

/** The indicator's share (count over its denominator) for a rate column: "/" for an empty denominator. */
export function indicatorRateCell(ctx: FillContext, column: LeafColumn, row: BodyRow): FilledCell {
  const id = column.id ?? row.id;
  if (row.sectors || id === undefined) return BLANK;
  const r = ctx.indicators.share(row.district, id);
  return r ? rateOrSlash(ctx, r.rate, "actualRate") : BLANK;
}
