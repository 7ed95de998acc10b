import type { MessageParams } from "../i18n/lang";

/** How serious a finding is: errors fail a check run (exit 1), warnings and infos do not. */
export type Severity = "error" | "warning" | "info";

/**
 * One thing a check noticed, as plain data. `rule` is namespaced ("rate/mismatch",
 * "row/duplicate-uscc") and doubles as the catalog key of its message.
 */
export interface Finding {
  rule: string;
  severity: Severity;
  /** The file the finding is about, when a run reads several (consolidation). */
  file?: string;
  sheet?: string;
  /** 1-based sheet row. */
  row?: number;
  /** Column letters. */
  column?: string;
  /** A1 address of the cell. */
  cell?: string;
  /** Values substituted into the rule's message. */
  params: MessageParams;
  expected?: unknown;
  actual?: unknown;
}

/** Counts of findings by severity. */
export interface FindingSummary {
  errors: number;
  warnings: number;
  infos: number;
}

/** Counts findings by severity. */
export function summarizeFindings(findings: readonly Finding[]): FindingSummary {
  const s: FindingSummary = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === "error") s.errors++;
    else if (f.severity === "warning") s.warnings++;
    else s.infos++;
  }
  return s;
}
