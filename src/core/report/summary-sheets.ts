import type { SheetSpec } from "../spec/spec";
import { buildAttachmentSheets } from "./attachment/build-attachment-sheets";
import { buildComplianceSheet } from "./compliance-sheet";
import { buildFindingsSheet } from "./findings-sheet";
import type { ReportData } from "./report-data";

/** Every sheet `summarize` writes, in tab order: the profile's attachments, then compliance, then findings. */
export function buildSummarySheets(data: ReportData): SheetSpec[] {
  return [...buildAttachmentSheets(data), buildComplianceSheet(data), buildFindingsSheet(data)];
}
