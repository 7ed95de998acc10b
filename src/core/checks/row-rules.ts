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

/** Runs every row rule over a roster; findings come in catalog order, then by sheet row. */
export function checkRows(ctx: RowCheckContext, rules: readonly RowRule[] = rowRules): Finding[] {
  return rules.flatMap((rule) => rule.check(ctx).sort((a, b) => (a.row ?? 0) - (b.row ?? 0)));
}
