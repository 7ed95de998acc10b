import { areaAddress } from "../../grid/address";
import type { BodyRow } from "./body-rows";
import type { FillContext } from "./fill-context";
import { BLANK, constant, type FilledCell } from "./filled-cell";
import type { LeafColumn } from "./header-grid";
import { fillRowRates, numberIn } from "./fill-row";

const RATE_METRICS = new Set(["creationRate", "attainmentRate", "actualRate"]);

/**
 * A count column's total as =SUM over the district rows. Its cached result is that sum, which is
 * what the formula gives, and the metrics' city total too: the total is the district rows' population
 * (a record with no district counts in neither, see computeMetrics).
 */
function sumCell(ctx: FillContext, column: LeafColumn, body: readonly Map<number, FilledCell>[], top: number): FilledCell | null {
  const cells = body.map((r) => r.get(column.col)).filter((c): c is FilledCell => c !== undefined && c.kind !== "blank");
  if (cells.length === 0 || cells.some((c) => c.kind !== "count" && c.kind !== "text")) return null;
  const counts = cells.filter((c) => c.kind === "count");
  if (counts.length === 0) return null;
  const formula = `SUM(${areaAddress({ top, left: column.col, bottom: top + body.length - 1, right: column.col })})`;
  // One figure in every row (same category and measure: rows may judge different targets) sums to the total's.
  const first = counts[0].figure;
  const figure = first && counts.every((c) => c.figure?.category === first.category && c.figure.measure === first.measure) ? { ...first, district: null } : undefined;
  // Rows that are groups of their own (附件2's sectors): the 合计 is their parts together, one range of its own behind the live SUM.
  const groupFigure = counts.every((c) => c.groupFigure?.district === null) ? { district: null, parts: counts.flatMap((c) => c.groupFigure!.parts) } : undefined;
  return { formula, result: counts.reduce((s, c) => s + numberIn(c), 0), kind: "count", numberFormat: counts[0].numberFormat, ...(figure ? { figure } : {}), ...(groupFigure ? { groupFigure } : {}) };
}

/**
 * The 合计 row: counts (and count targets) add up the body rows with =SUM; rates are formulas over
 * the 合计 counts like any row's, or the city's own rate where the row shows no counts; rate
 * targets, which do not add up, show the totals row's mark ("/" unless the layout says "-").
 */
export function fillTotalsRow(ctx: FillContext, body: readonly Map<number, FilledCell>[], top: number, sheetRow: number): Map<number, FilledCell> {
  const na = ctx.layout.totalsRow?.notApplicable ?? ctx.layout.notApplicable;
  const label = ctx.layout.totalsRow?.label ?? "";
  const cityRow: BodyRow = { label, district: null, targetIndex: 0, index: null };
  const cells = new Map<number, FilledCell>();
  for (const column of ctx.columns) {
    const metric = column.leaf.metric ?? "";
    if (metric === "label") cells.set(column.col, constant(label, "text"));
    else if (RATE_METRICS.has(metric)) continue;
    else if (["base", "attained", "applying", "actual", "denominator", "target", "gap"].includes(metric)) {
      const sum = sumCell(ctx, column, body, top);
      const figures = body.some((r) => (r.get(column.col)?.kind ?? "blank") !== "blank");
      cells.set(column.col, sum ?? (figures ? constant(na, "text") : BLANK));
    } else cells.set(column.col, BLANK);
  }
  return fillRowRates(ctx, cityRow, cells, sheetRow);
}
