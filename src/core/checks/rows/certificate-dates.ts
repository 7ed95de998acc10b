import { lastValidDay, validityAnniversary, validOn, validUntil } from "../../calendar/validity";
import type { Finding } from "../../finding/finding";
import type { RosterRecord } from "../../roster/record";
import { recordFinding } from "../record-finding";
import type { RowCheckContext, RowRule } from "../row-rule";

function datesOf(r: RosterRecord, ctx: RowCheckContext, out: Finding[]): void {
  const { issueDate: issue, expiryDate: expiry } = r;
  if (issue && issue > ctx.asOf) out.push(recordFinding("cert/issue-in-future", "error", r, "issueDate", { date: issue, asOf: ctx.asOf }, `≤ ${ctx.asOf}`, issue));
  if (issue && expiry && expiry < issue) {
    out.push(recordFinding("cert/expiry-before-issue", "error", r, "expiryDate", { issue, expiry }, `≥ ${issue}`, expiry));
  } else if (issue && expiry) {
    // Bureaus write the end date either as the anniversary or the day before it; both are right.
    const dayBefore = lastValidDay(issue);
    const anniversary = validityAnniversary(issue);
    if (expiry !== anniversary && expiry !== dayBefore) {
      out.push(recordFinding("cert/validity-span", "warning", r, "expiryDate", { issue, expiry, expected: anniversary }, anniversary, expiry));
    }
  }
  if (r.status === "attained" && validOn(r, ctx.asOf) === false && !(issue && issue > ctx.asOf)) {
    out.push(recordFinding("cert/expired", "error", r, r.expiryDate ? "expiryDate" : "issueDate", { until: validUntil(r), asOf: ctx.asOf }, `≥ ${ctx.asOf}`, validUntil(r)));
  }
}

/** cert/*: issue in the future, expiry before issue, expiry not 3 years after issue, expired but still 已达标. */
export const certificateDates: RowRule = {
  id: "cert/dates",
  check(ctx) {
    const out: Finding[] = [];
    const { records } = ctx;
    for (let i = 0; i < records.length; i++) datesOf(records[i], ctx, out);
    return out;
  },
};
