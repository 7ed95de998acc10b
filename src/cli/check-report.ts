import type { Finding, FindingSummary } from "../core/finding/finding";
import type { ComplianceRow } from "../core/metrics/compliance";
import type { IndicatorRow } from "../core/metrics/indicator-row";
import type { SectorTableFigures } from "../core/metrics/compute-sector-rows";
import type { Lang } from "../core/i18n/lang";
import type { RosterReadResult } from "../core/roster/types";
import { t } from "../core/i18n/translate";

/** One finding as the JSON contract prints it: position, rule, severity, message, expected, actual. */
export interface FindingJson {
  sheet: string | null;
  cell: string | null;
  row: number | null;
  column: string | null;
  rule: string;
  severity: Finding["severity"];
  message: string;
  expected: unknown;
  actual: unknown;
}

/** The one JSON object `anbiao check --json` prints. */
export interface CheckReport {
  file: string;
  profile: string;
  year: number;
  asOf: string;
  findings: FindingJson[];
  /** Roster metrics (metricJson) then count-table metrics, one per district × category. */
  metrics: unknown[];
  /** The profile's indicators (renewals, benchmarks…) per district and total, from rosters. */
  indicators: IndicatorJson[];
  /** Each roster sheet read: its enterprises and, without a district column, the district it was given and from where. */
  rosters: RosterJson[];
  /** Each sector table (附件2) row by row: category bases and indicator counts of the enterprises its 行业 names. */
  sectorRows: SectorTableFigures[];
  summary: FindingSummary;
}

/** A roster sheet as the JSON contract prints it. */
export function rosterJson(r: RosterReadResult) {
  return { sheet: r.sheet, records: r.records.length, subtotals: r.subtotals.length, district: r.sheetDistrict ?? null };
}

/** The JSON shape of one roster sheet read. */
export type RosterJson = ReturnType<typeof rosterJson>;

/** A roster metric row as the JSON contract prints it. */
export function metricJson(m: ComplianceRow) {
  const { district, category, categoryName, base, attained, attainedThisYear, applying, creationRate, attainmentRate, target, targetKind, actual, met, gap, overdue } = m;
  return { district, category, categoryName, base, attained, attainedThisYear, applying, creationRate, attainmentRate, target, targetKind, actual, met, gap, overdue };
}

/** An indicator row as the JSON contract prints it: every key always present (null when it does not apply). */
export function indicatorJson(r: IndicatorRow) {
  const { district, indicator, indicatorName, count, denominator, rate, targetIndex, target, targetKind, met, gap, overdue } = r;
  return { district, indicator, indicatorName, sector: r.sector ?? null, sectorName: r.sectorName ?? null, count, denominator, rate, targetIndex, target, targetKind, op: r.op ?? null, met, gap, by: r.by ?? null, overdue };
}

/** The JSON shape of one indicator row. */
export type IndicatorJson = ReturnType<typeof indicatorJson>;

/** A finding rendered for output in a language. */
export function findingJson(f: Finding, lang: Lang): FindingJson {
  return {
    sheet: f.sheet ?? null,
    cell: f.cell ?? null,
    row: f.row ?? null,
    column: f.column ?? null,
    rule: f.rule,
    severity: f.severity,
    message: t(f.rule, f.params, lang),
    expected: f.expected ?? null,
    actual: f.actual ?? null,
  };
}
