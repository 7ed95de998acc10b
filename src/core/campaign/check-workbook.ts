import type { Finding } from "../finding/finding";
import type { Grid } from "../grid/grid";
import type { ComplianceRow } from "../metrics/compliance";
import type { IndicatorRow } from "../metrics/indicator-row";
import type { Profile } from "../profile/schema";
import { checkCountTables, type CheckTablesResult, type TableMetric } from "../tables";
import { analyzeRosters, type AnalyzeOptions, type RosterAnalysis } from "./analyze-rosters";

/** A whole workbook checked for a campaign: its rosters and its attachment-shaped count tables. */
export interface WorkbookCheck {
  rosters: RosterAnalysis;
  tables: CheckTablesResult;
  findings: Finding[];
  /** The rosters' figures; empty when the workbook holds no roster (then zeros would mislead). */
  rosterMetrics: ComplianceRow[];
  /** The rosters' indicator figures; empty without a roster, like the metrics. */
  rosterIndicators: IndicatorRow[];
  tableMetrics: TableMetric[];
}

/**
 * Reads every sheet as a roster where it is one, and as an attachment-shaped count table where it is
 * not; a sheet that is neither is reported (as an info finding), never dropped in silence.
 */
export function checkWorkbook(grids: readonly Grid[], profile: Profile, options: AnalyzeOptions): WorkbookCheck {
  const rosters = analyzeRosters(grids, profile, options);
  const notRosters = new Set(rosters.read.skippedSheets.map((s) => s.sheet));
  const tables = checkCountTables(grids.filter((g) => notRosters.has(g.name)), profile, { year: options.year });
  return workbookCheckOf(rosters, tables);
}

/** The workbook's check from its rosters' analysis and its count tables' check. */
export function workbookCheckOf(rosters: RosterAnalysis, tables: CheckTablesResult): WorkbookCheck {
  const hasRoster = rosters.read.rosters.length > 0;
  return {
    rosters,
    tables,
    findings: [...rosters.findings, ...tables.findings],
    rosterMetrics: hasRoster ? rosters.metrics : [],
    rosterIndicators: hasRoster ? rosters.indicators : [],
    tableMetrics: tables.metrics,
  };
}
