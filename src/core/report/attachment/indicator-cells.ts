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

/** The figure the indicator's target is judged on: the share for a share target (the count where its denominator has a column), else the count. */
export function indicatorActualCell(ctx: FillContext, column: LeafColumn, row: BodyRow): FilledCell {
  const r = rowOf(ctx, column, row);
  if (!r) return BLANK;
  // Beside a denominator column the actual is the share's count, and the rate column divides them.
  const beside = ctx.columns.some((c) => c.leaf.metric === "denominator" && c.id === column.id);
  if (r.targetKind === "rate" && !beside) return r.denominator === null ? BLANK : rateOrSlash(ctx, r.rate, "actual");
  return { ...constant(r.count, "count", figureFormat(ctx.layout, column.leaf.metric ?? "actual", "count")), indicatorFigure: { district: r.district, indicator: r.indicator } };
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

/** What the indicator's share divides by (三级达标总数 under 整改提升率), as a count; blank when it is no share. */
export function indicatorDenominatorCell(ctx: FillContext, column: LeafColumn, row: BodyRow): FilledCell {
  const id = column.id ?? row.id;
  if (row.sectors || id === undefined) return BLANK;
  const r = ctx.indicators.share(row.district, id);
  return r && r.denominator !== null ? constant(r.denominator, "count", figureFormat(ctx.layout, "denominator", "count")) : BLANK;
}
