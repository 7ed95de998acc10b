import { checkRows } from "../checks/row-rules";
import type { Finding } from "../finding/finding";
import type { Grid } from "../grid/grid";
import { computeMetrics } from "../metrics/compute-metrics";
import { complianceOf, type ComplianceRow } from "../metrics/compliance";
import type { Profile } from "../profile/schema";
import type { IsoDate } from "../roster/record";
import { readRosters, type RostersReadResult } from "../roster/read-rosters";
import { campaignView } from "./campaign-view";
import { districtResolver } from "./district-resolver";
import { membershipOf } from "./membership";
import { statedSubtotals } from "./stated-subtotals";

/** How a roster analysis runs: the as-of date, the reporting year and the user's column overrides. */
export interface AnalyzeOptions {
  asOf: IsoDate;
  year: number;
  overrides?: Record<string, string>;
}

/** A workbook's rosters analysed for a campaign: what was read, every row finding, the metrics with compliance. */
export interface RosterAnalysis {
  read: RostersReadResult;
  findings: Finding[];
  metrics: ComplianceRow[];
}

/** Reads every roster sheet, checks every row, and computes the campaign's numbers per district × category. */
export function analyzeRosters(grids: readonly Grid[], profile: Profile, options: AnalyzeOptions): RosterAnalysis {
  const read = readRosters(grids, { extraFields: profile.rosterFields, overrides: options.overrides });
  const records = read.rosters.flatMap((r) => r.records);
  const membership = membershipOf(profile);
  const districts = districtResolver(profile);
  const findings = checkRows({
    records,
    subtotals: read.rosters.flatMap(statedSubtotals),
    unidentified: read.rosters.flatMap((r) => r.skipped.filter((s) => s.reason === "roster.skip.noName").map((s) => ({ sheet: r.sheet, row: s.row }))),
    campaign: campaignView(profile, membership, districts),
    asOf: options.asOf,
    year: options.year,
  });
  const rows = computeMetrics({
    records,
    categories: profile.categories,
    membership,
    districtOf: (r) => districts.nameOf(r.district),
    districts: districts.order,
    asOf: options.asOf,
    year: options.year,
  });
  return { read, findings, metrics: complianceOf(rows, profile, options.year) };
}
