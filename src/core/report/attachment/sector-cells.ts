import type { BodyRow } from "./body-rows";
import type { FillContext } from "./fill-context";
import { BLANK, constant, type FilledCell } from "./filled-cell";
import type { LeafColumn } from "./header-grid";
import { figureFormat } from "./number-format";

/**
 * A count on a row standing for sectors (附件2's 行业): the category's base (企业总数) or the
 * indicator's count (标杆示范企业数, 完成提升企业数) of the records whose 行业 the row names; a 0
 * stays a number so the rate formula and the 合计 can use it. Blank without figures.
 */
export function sectorCountCell(ctx: FillContext, column: LeafColumn, row: BodyRow): FilledCell {
  const figures = row.index === null ? undefined : ctx.sectorRows?.[row.index - 1];
  const id = column.id ?? row.id;
  if (!figures || id === undefined) return BLANK;
  const metric = column.leaf.metric;
  const value = metric === "base" ? figures.bases[id] : metric === "actual" ? figures.counts[id] : undefined;
  return value === undefined ? BLANK : constant(value, "count", figureFormat(ctx.layout, metric ?? "actual", "count"));
}
