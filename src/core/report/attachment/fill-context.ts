import type { AttachmentLayout, Profile } from "../../profile/schema";
import type { ComplianceRow } from "../../metrics/compliance";
import type { SectorRowFigures } from "../../metrics/compute-sector-rows";
import type { BodyRow } from "./body-rows";
import type { LeafColumn } from "./header-grid";
import type { IndicatorIndex } from "./indicator-index";
import type { MetricIndex } from "./metric-index";

/** What filling an attachment's cells needs: the campaign, the year, the figures (categories and indicators) and the columns. */
export interface FillContext {
  profile: Profile;
  layout: AttachmentLayout;
  year: number;
  metrics: MetricIndex;
  indicators: IndicatorIndex;
  columns: readonly LeafColumn[];
  /** The figures of this layout's sector rows, by row position (absent when it has none). */
  sectorRows?: readonly SectorRowFigures[];
}

/**
 * The figures a cell reports: the row's district (or the city) for the column's or the row's
 * category. Rows standing for sectors get none: the figures are per district, not per sector.
 */
export function figuresFor(ctx: FillContext, column: LeafColumn, row: BodyRow): ComplianceRow | undefined {
  if (row.sectors) return undefined;
  return ctx.metrics.get(row.district, column.id ?? row.id);
}
