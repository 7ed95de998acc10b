import type { SheetSpec } from "../spec/spec";
import { buildAttachmentSheets } from "./attachment/build-attachment-sheets";
import { buildChartSheet } from "./chart-sheet";
import { buildComplianceSheet } from "./compliance-sheet";
import { buildFindingsSheet } from "./findings-sheet";
import { buildIndicatorSheet } from "./indicator-sheet";
import { buildPhaseDistrictSheet } from "./phase-district-sheet";
import type { ReportData } from "./report-data";

/**
 * Every sheet `summarize` writes, in tab order: the profile's attachments, the phased plan by 乡镇
 * when the profile has phases, compliance, its charts when a category has a target, the indicators'
 * compliance when it has indicators, then findings. Charts are asked for by writers that draw them
 * (the files' package writers, and the task pane's Excel writer through the charts API).
 */
export function buildSummarySheets(data: ReportData, options: { charts?: boolean } = {}): SheetSpec[] {
  const phases = buildPhaseDistrictSheet(data);
  const indicators = buildIndicatorSheet(data);
  const charts = options.charts ? buildChartSheet(data) : undefined;
  return [...buildAttachmentSheets(data), ...(phases ? [phases] : []), buildComplianceSheet(data), ...(charts ? [charts] : []), ...(indicators ? [indicators] : []), buildFindingsSheet(data)];
}
