import type { IsoDate, RosterRecord } from "../roster/record";
import { addDays, addYears } from "./iso-date";

/** Certificates are valid for three years from issue (定级办法 应急〔2021〕83号). */
export const VALIDITY_YEARS = 3;

/** Last valid day by issue date: rosters repeat the same few thousand issue dates across their rows. */
const lastDayByIssue = new Map<IsoDate, IsoDate>();
const MEMO_LIMIT = 50_000;

/** The last day a certificate issued on a date is valid without a stated expiry: issue + 3 years − 1 day. */
export function lastValidDay(issue: IsoDate): IsoDate {
  let hit = lastDayByIssue.get(issue);
  if (hit === undefined) {
    if (lastDayByIssue.size >= MEMO_LIMIT) lastDayByIssue.clear();
    hit = addDays(addYears(issue, VALIDITY_YEARS), -1);
    lastDayByIssue.set(issue, hit);
  }
  return hit;
}

const anniversaryByIssue = new Map<IsoDate, IsoDate>();

/** The third anniversary of an issue date, the day after its last valid day (remembered per issue date, as lastValidDay is). */
export function validityAnniversary(issue: IsoDate): IsoDate {
  let hit = anniversaryByIssue.get(issue);
  if (hit === undefined) {
    if (anniversaryByIssue.size >= MEMO_LIMIT) anniversaryByIssue.clear();
    hit = addDays(lastValidDay(issue), 1);
    anniversaryByIssue.set(issue, hit);
  }
  return hit;
}

/** The last day a record's certificate is valid: its stated expiry, else issue + 3 years − 1 day; null when neither is known. */
export function validUntil(record: Pick<RosterRecord, "issueDate" | "expiryDate">): IsoDate | null {
  if (record.expiryDate) return record.expiryDate;
  if (record.issueDate) return lastValidDay(record.issueDate);
  return null;
}

/**
 * Whether a record's certificate is valid on a date: true or false when dates say so, null when the
 * roster gives no dates at all (then the status column is taken at its word).
 */
export function validOn(record: Pick<RosterRecord, "issueDate" | "expiryDate">, asOf: IsoDate): boolean | null {
  const until = validUntil(record);
  if (until === null) return null;
  if (record.issueDate && record.issueDate > asOf) return false;
  return until >= asOf;
}
