import { validOn } from "../calendar/validity";
import { OUT_OF_SCOPE } from "../roster/out-of-scope";
import { gradeMeets } from "../grade/grade-meets";
import type { Grade, IsoDate, RosterRecord } from "../roster/record";

/** True when a record is in scope: not closed, suspended, deregistered or transferred out of the base. */
export function inScope(record: RosterRecord): boolean {
  return record.status === null || !OUT_OF_SCOPE.has(record.status);
}

/**
 * True when a record holds a certificate valid on the as-of date, at any grade: by its dates, or,
 * without any certificate dates, by its status column taken at its word.
 */
export function holdsValidCertificate(record: RosterRecord, asOf: IsoDate): boolean {
  if (record.grade === null) return false;
  const valid = validOn(record, asOf);
  return valid === null ? record.status === "attained" : valid;
}

/** True when a record with a valid certificate holds the required grade or better (exactly it, for "exact"). */
export function isAttained(record: RosterRecord, requiredGrade: Grade | "any", certified: boolean, count: "exact" | "or-better" = "or-better"): boolean {
  if (!certified || record.grade === null) return false;
  return count === "exact" && requiredGrade !== "any" ? record.grade === requiredGrade : gradeMeets(record.grade, requiredGrade);
}

/** True when a record applies or is creating in the reporting year (status, an applying flag, or the year). */
export function isApplying(record: RosterRecord, year: number): boolean {
  return record.status === "applying" || record.status === "creating" || record.applying === true || record.applying === year;
}
