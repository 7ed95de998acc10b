import type { ComplianceRow } from "../../../../src/core/metrics/compliance";
import type { Profile } from "../../../../src/core/profile/schema";
import { DEFAULT_FONTS, type ReportData } from "../../../../src/core/report/report-data";

/** Report data for a profile, year and metrics, with no findings. */
export function reportData(profile: Profile, year: number, metrics: ComplianceRow[]): ReportData {
  return { profile, year, asOf: `${year}-12-31`, metrics, findings: [], findingsSource: { mode: "internal" }, fonts: DEFAULT_FONTS };
}
