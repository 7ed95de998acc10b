import { t } from "../../i18n/translate";
import type { ComplianceRow } from "../../metrics/compliance";
import { targetsFor, type Target } from "../../profile/targets";
import type { BodyRow } from "./body-rows";
import { figuresFor, type FillContext } from "./fill-context";
import { BLANK, constant, type FilledCell } from "./filled-cell";
import type { LeafColumn } from "./header-grid";
import { indicatorActualCell, indicatorGapCell, indicatorRateCell } from "./indicator-cells";
import { figureFormat } from "./number-format";

/** Absorbs float noise such as 0.8 × 275 = 220.00000000000003 before rounding up. */
const EPSILON = 1e-9;

function yearOf(ctx: FillContext, column: LeafColumn): number {
  return column.leaf.year ?? ctx.year;
}

/** The target a cell shows: the column's year, the row's district, the row's choice among the year's targets. */
function targetOf(ctx: FillContext, column: LeafColumn, row: BodyRow): Target | undefined {
  const id = column.id ?? row.id;
  if (id === undefined) return undefined;
  return targetsFor(ctx.profile, id, yearOf(ctx, column), row.district ?? undefined)[row.targetIndex];
}

/**
 * Enterprises that count towards a target, as compliance counts them: attained (only this year's
 * for a target of new enterprises), plus applying for creation-rate categories.
 */
function countedOf(ctx: FillContext, m: ComplianceRow, basis: Target["basis"] = "cumulative"): number {
  const category = ctx.profile.categories.find((c) => c.id === m.category);
  const attained = basis === "new" ? m.attainedThisYear : m.attained;
  return category?.rate === "creation" ? attained + m.applying : attained;
}

function rateOf(ctx: FillContext, m: ComplianceRow): number | null {
  const category = ctx.profile.categories.find((c) => c.id === m.category);
  return category?.rate === "creation" ? m.creationRate : m.attainmentRate;
}

/**
 * The year's target: a rate or a count; "/" where the notice writes "/" (an earlier year's target
 * stands); a count of new enterprises as 创建N家 like 表1; blank when the year sets none.
 */
export function targetCell(ctx: FillContext, column: LeafColumn, row: BodyRow): FilledCell {
  const target = targetOf(ctx, column, row);
  if (!target) return BLANK;
  if (target.fromYear !== yearOf(ctx, column)) return constant(ctx.layout.notApplicable, "text");
  if (target.kind === "rate") return constant(target.value, "rate", figureFormat(ctx.layout, "target", "rate"));
  const format = target.basis === "new" ? t("report.attachment.newCountFormat") : figureFormat(ctx.layout, "target", "count");
  return constant(target.value, "count", format);
}

/**
 * The figure the target is judged on, in the target's kind: the category's rate for a rate target,
 * the counted enterprises otherwise (an indicator's from its own figures). Blank without figures or
 * for a category's share of other counts (`of`).
 */
export function actualCell(ctx: FillContext, column: LeafColumn, row: BodyRow): FilledCell {
  if (ctx.indicators.has(column.id ?? row.id)) return indicatorActualCell(ctx, column, row);
  const m = figuresFor(ctx, column, row);
  const target = targetOf(ctx, column, row);
  if (!m || target?.of) return BLANK;
  if (target?.kind !== "rate") return constant(countedOf(ctx, m, target?.basis), "count", figureFormat(ctx.layout, column.leaf.metric ?? "actual", "count"));
  const rate = rateOf(ctx, m);
  return rate === null ? constant(ctx.layout.notApplicable, "text") : constant(rate, "rate", figureFormat(ctx.layout, column.leaf.metric ?? "actual", "rate"));
}

/** Enterprises still needed to meet the target: target − counted, or ⌈rate × base⌉ − counted; blank without figures. */
export function gapCell(ctx: FillContext, column: LeafColumn, row: BodyRow): FilledCell {
  if (ctx.indicators.has(column.id ?? row.id)) return indicatorGapCell(ctx, column, row);
  const m = figuresFor(ctx, column, row);
  const target = targetOf(ctx, column, row);
  if (!m || !target || target.of) return BLANK;
  const needed = target.kind === "count" ? target.value : Math.ceil(target.value * m.base - EPSILON);
  return constant(Math.max(0, needed - countedOf(ctx, m, target.basis)), "count", figureFormat(ctx.layout, "gap", "count"));
}

/** The category's reported rate as a constant, for rate columns with no count cells beside them. */
export function rateConstant(ctx: FillContext, column: LeafColumn, row: BodyRow): FilledCell {
  if (ctx.indicators.has(column.id ?? row.id)) return indicatorRateCell(ctx, column, row);
  const m = figuresFor(ctx, column, row);
  if (!m) return BLANK;
  const metric = column.leaf.metric;
  const rate = metric === "creationRate" ? m.creationRate : metric === "attainmentRate" ? m.attainmentRate : rateOf(ctx, m);
  return rate === null ? constant(ctx.layout.notApplicable, "text") : constant(rate, "rate", figureFormat(ctx.layout, metric ?? "actualRate", "rate"));
}
