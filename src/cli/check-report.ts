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

/** Findings rendered and handed to the output together: a few hundred KB of text at a time. */
const FINDINGS_PER_CHUNK = 1000;
/** What JSON.stringify({ findings: chunk }, null, 2) puts around the chunk's findings. */
const CHUNK_HEAD = '{\n  "findings": [\n';
const CHUNK_TAIL = "\n  ]\n}";

/**
 * Writes `JSON.stringify(report, null, 2)` with `findings` rendered from `findings` a chunk at a time,
 * text for text: 35,000 findings are never held as objects and one 15 MB string at once. `report`
 * comes with its findings left empty; `out` is called with whole lines (io.out ends each call with a newline).
 */
export function writeCheckJson(report: CheckReport, findings: readonly Finding[], lang: Lang, out: (lines: string) => void): void {
  const text = JSON.stringify({ ...report, findings: [] }, null, 2);
  const slot = '\n  "findings": [],\n';
  const at = text.indexOf(slot);
  if (findings.length === 0 || at < 0) {
    out(at < 0 ? JSON.stringify({ ...report, findings: findings.map((f) => findingJson(f, lang)) }, null, 2) : text);
    return;
  }
  out(text.slice(0, at) + '\n  "findings": [');
  for (let from = 0; from < findings.length; from += FINDINGS_PER_CHUNK) {
    const to = Math.min(from + FINDINGS_PER_CHUNK, findings.length);
    const chunk: FindingJson[] = [];
    for (let i = from; i < to; i++) chunk.push(findingJson(findings[i], lang));
    // One stringify per chunk, nested as in the report so it indents the findings itself: no re-indenting regex per finding.
    const nested = JSON.stringify({ findings: chunk }, null, 2);
    out(nested.slice(CHUNK_HEAD.length, nested.length - CHUNK_TAIL.length) + (to < findings.length ? "," : ""));
  }
  out("  ]," + text.slice(at + slot.length - 1));
}
