import { t } from "../../i18n/translate";
import { labelKey } from "../../normalize/text";
import type { ComplianceRow } from "../../metrics/compliance";
import { targetsFor, type Target } from "../../profile/targets";
import type { BodyRow } from "./body-rows";
import { figuresFor, type FillContext } from "./fill-context";
import { BLANK, constant, type FilledCell } from "./filled-cell";
import type { LeafColumn } from "./header-grid";
import { indicatorActualCell, indicatorGapCell, indicatorRateCell } from "./indicator-cells";
import { figureFormat } from "./number-format";
import { targetMeasure } from "../../explain/enterprises-behind";

/** Absorbs float noise such as 0.8 × 275 = 220.00000000000003 before rounding up. */
const EPSILON = 1e-9;

function yearOf(ctx: FillContext, column: LeafColumn): number {
  return column.leaf.year ?? ctx.year;
}

/** The year a row's target is set for: the column's, else the year its phase ends in (a phase plan), else the report's. */
function targetYear(ctx: FillContext, column: LeafColumn, row: BodyRow): number {
  return column.leaf.year ?? (row.phase ? Number(row.phase.to.slice(0, 4)) : ctx.year);
}

/** The target a cell shows: the column's (or phase's) year, the row's district, the row's choice among the year's targets. */
function targetOf(ctx: FillContext, column: LeafColumn, row: BodyRow): Target | undefined {
  const id = column.id ?? row.id;
  if (id === undefined) return undefined;
  return targetsFor(ctx.profile, id, targetYear(ctx, column, row), row.district ?? undefined)[row.targetIndex];
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
 * The target as the notice printed it in this very cell (不少于15%, ≥5%, 100%): a published table's
 * wording is the target's, up to the year the table is for. Counts stay numbers so totals add them.
 */
function printedTarget(ctx: FillContext, column: LeafColumn, row: BodyRow): FilledCell | undefined {
  const published = ctx.layout.published;
  if (!published || column.official < 0 || (ctx.layout.year !== undefined && yearOf(ctx, column) > ctx.layout.year)) return undefined;
  const printed = published.rows.find((r) => labelKey(r.label) === labelKey(row.label));
  // Published cells leave out the row label: the n-th official leaf after it is cells[n].
  const labels = new Set(ctx.columns.filter((c) => c.official >= 0 && c.official < column.official && c.leaf.metric === "label").map((c) => c.official)).size;
  const text = printed?.cells[column.official - labels];
  if (text === undefined || text === "") return undefined;
  return /^\d+$/.test(text) ? constant(Number(text), "count", figureFormat(ctx.layout, "target", "count")) : constant(text, "text");
}

/**
 * The year's target: as printed where the notice's table gives it (不少于15%); else a rate or a
 * count; "/" where the notice writes "/" (an earlier year's target stands); a count of new
 * enterprises as 创建N家 like 表1; blank when the year sets none.
 */
export function targetCell(ctx: FillContext, column: LeafColumn, row: BodyRow): FilledCell {
  const printed = printedTarget(ctx, column, row);
  if (printed) return printed;
  const target = targetOf(ctx, column, row);
  if (!target) return BLANK;
  if (target.fromYear !== targetYear(ctx, column, row)) return constant(ctx.layout.notApplicable, "text");
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
  if (target?.kind !== "rate") {
    const cell = constant(countedOf(ctx, m, target?.basis), "count", figureFormat(ctx.layout, column.leaf.metric ?? "actual", "count"));
    const category = ctx.profile.categories.find((c) => c.id === m.category);
    return category ? { ...cell, figure: { district: row.district, category: m.category, measure: targetMeasure(category.rate, target?.basis) } } : cell;
  }
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

/** 逾期 for a row whose target's deadline has passed unmet on the as-of date, 否 when judged and not; blank without a judgement. */
export function overdueCell(ctx: FillContext, column: LeafColumn, row: BodyRow): FilledCell {
  const overdue = figuresFor(ctx, column, row)?.overdue;
  if (overdue === null || overdue === undefined) return BLANK;
  return constant(t(overdue ? "report.attachment.overdue.yes" : "report.attachment.overdue.no"), "text");
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
