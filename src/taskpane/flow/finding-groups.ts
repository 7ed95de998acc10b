import type { Finding, Severity } from "../../core/finding/finding";

/** The clerk's filter over findings: a severity and a sheet, or all. */
export interface FindingFilter {
  severity: Severity | "all";
  sheet: string | "all";
}

/** Findings of one rule, in the order the engine reported them. */
export interface FindingGroup {
  rule: string;
  severity: Severity;
  findings: Finding[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The findings the filter lets through. */
export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  return findings.filter((f) => (filter.severity === "all" || f.severity === filter.severity) && (filter.sheet === "all" || f.sheet === filter.sheet));
}

/** Groups findings by rule, errors first, then by how many each rule has (most first). */
export function groupByRule(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const g = groups.get(f.rule) ?? { rule: f.rule, severity: f.severity, findings: [] };
    if (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[g.severity]) g.severity = f.severity;
    g.findings.push(f);
    groups.set(f.rule, g);
  }
  return [...groups.values()].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.findings.length - a.findings.length);
}

/** The sheets findings name, in first-seen order. */
export function findingSheets(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => f.sheet).filter((s): s is string => s !== undefined))];
}

/** Where a finding points: its cell, else its row (A-column of it), else nothing to select. */
export function findingAddress(f: Finding): string | null {
  if (f.cell) return f.cell;
  if (f.row !== undefined) return `${f.row}:${f.row}`;
  return null;
}
