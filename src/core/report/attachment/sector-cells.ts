import type { BodyRow } from "./body-rows";
import type { FillContext } from "./fill-context";
import { BLANK, constant, type FilledCell } from "./filled-cell";
import type { LeafColumn } from "./header-grid";
import { figureFormat } from "./number-format";

/**
 * A count on a row standing for sectors (附件2's 行业): the category's base (企业总数) or the
 * indicator's count (标杆示范企业数, 完成提升企业数) of the records whose 行业 the row names; a 0
 * stays a number so the rate formula and the 合计 can use it. Its figure is the same count narrowed
 * to the row (the table's row resolver, as the tally counted it). Blank without figures.
 */
export function sectorCountCell(ctx: FillContext, column: LeafColumn, row: BodyRow): FilledCell {
  const figures = row.index === null ? undefined : ctx.sectorRows?.[row.index - 1];
  const id = column.id ?? row.id;
  if (!figures || id === undefined) return BLANK;
  const metric = column.leaf.metric;
  const value = metric === "base" ? figures.bases[id] : metric === "actual" ? figures.counts[id] : undefined;
  if (value === undefined || row.index === null) return BLANK;
  const sector = { table: ctx.layout.id, row: row.index };
  const part = metric === "base" ? { category: id, measure: "base" as const, sector } : { indicator: id, sector };
  return { ...constant(value, "count", figureFormat(ctx.layout, metric ?? "actual", "count")), groupFigure: { district: null, parts: [part] } };
}
