import type { SheetSpec } from "../spec/spec";
import { buildAttachmentSheets } from "./attachment/build-attachment-sheets";
import { buildComplianceSheet } from "./compliance-sheet";
import { buildFindingsSheet } from "./findings-sheet";
import { buildIndicatorSheet } from "./indicator-sheet";
import type { ReportData } from "./report-data";

/** Every sheet `summarize` writes, in tab order: the profile's attachments, compliance, the indicators' compliance when the profile has indicators, then findings. */
export function buildSummarySheets(data: ReportData): SheetSpec[] {
  const indicators = buildIndicatorSheet(data);
  return [...buildAttachmentSheets(data), buildComplianceSheet(data), ...(indicators ? [indicators] : []), buildFindingsSheet(data)];
}
