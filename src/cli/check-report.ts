import type { Finding, FindingSummary } from "../core/finding/finding";
import type { Lang } from "../core/i18n/lang";
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
  metrics: unknown[];
  summary: FindingSummary;
}

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
