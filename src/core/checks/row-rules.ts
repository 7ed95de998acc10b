import type { Finding } from "../finding/finding";
import type { RowCheckContext, RowRule } from "./row-rule";
import { unreadableCell } from "./rows/unreadable-cell";
import { missingField } from "./rows/missing-field";
import { unidentifiedRow } from "./rows/unidentified-row";
import { duplicateEnterprise } from "./rows/duplicate-enterprise";
import { usccFormat } from "./rows/uscc-format";
import { unknownDistrict } from "./rows/unknown-district";
import { gradeStatus } from "./rows/grade-status";
import { gradeBelowRequired } from "./rows/grade-below-required";
import { certificateDates } from "./rows/certificate-dates";
import { openEndedValidity } from "./rows/open-ended-validity";
import { closedCounted } from "./rows/closed-counted";
import { subtotalMismatch } from "./rows/subtotal-mismatch";
import { deadlineMissed } from "./rows/deadline-missed";
import { xmlForbidden } from "./rows/xml-forbidden";
import { outOfScopeMark } from "./rows/out-of-scope-mark";
import { sectorUnmapped } from "./rows/sector-unmapped";

/** Every roster row rule, in the order their findings are reported. */
export const rowRules: readonly RowRule[] = [
  unreadableCell,
  unidentifiedRow,
  missingField,
  duplicateEnterprise,
  usccFormat,
  unknownDistrict,
  gradeStatus,
  gradeBelowRequired,
  certificateDates,
  openEndedValidity,
  closedCounted,
  outOfScopeMark,
  sectorUnmapped,
  subtotalMismatch,
  deadlineMissed,
  xmlForbidden,
];

/**
 * Rules whose findings on a record depend on that record alone (and the campaign): a live re-check
 * runs them on the changed rows only. The others (duplicates, subtotals, unidentified rows) look
 * across rows and run whole.
 */
export const RECORD_RULES: ReadonlySet<string> = new Set(rowRules.map((r) => r.id).filter((id) => !["row/duplicate", "subtotal/mismatch", "row/unidentified"].includes(id)));

/** One rule's findings in report order: by sheet row (stable, so records keep their order within a row). */
export function checkRule(rule: RowRule, ctx: RowCheckContext): Finding[] {
  const findings = rule.check(ctx);
  // Most rules emit in record order already: one pass tells, and a stable sort of a sorted list changes nothing.
  return inRowOrder(findings) ? findings : findings.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

/** True when findings are already ordered by sheet row (as checkRule's sort would leave them). */
export function inRowOrder(findings: readonly Finding[]): boolean {
  for (let i = 1; i < findings.length; i++) if ((findings[i - 1].row ?? 0) > (findings[i].row ?? 0)) return false;
  return true;
}

/** Every row rule's findings, one list per rule in catalog order. */
export function checkRowsByRule(ctx: RowCheckContext, rules: readonly RowRule[] = rowRules): Finding[][] {
  return rules.map((rule) => checkRule(rule, ctx));
}

/** Runs every row rule over a roster; findings come in catalog order, then by sheet row. */
export function checkRows(ctx: RowCheckContext, rules: readonly RowRule[] = rowRules): Finding[] {
  return checkRowsByRule(ctx, rules).flat();
}
