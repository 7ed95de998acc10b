import { OUT_OF_SCOPE } from "../../roster/out-of-scope";
import { recordFinding } from "../record-finding";
import type { RowRule } from "../row-rule";

/** True when a yes/no column such as 是否纳入底数 / 计入底数 says the row counts in the base. */
function markedInBase(flags: Record<string, boolean>): boolean {
  return Object.entries(flags).some(([header, yes]) => yes && header.includes("底数"));
}

/**
 * row/closed-counted: a closed, deregistered or transferred-out enterprise that the roster still
 * marks as counted (纳入底数) or as applying this year; it is left out of every base, so the mark cannot count.
 */
export const closedCounted: RowRule = {
  id: "row/closed-counted",
  check(ctx) {
    return ctx.records
      .filter((r) => r.status !== null && OUT_OF_SCOPE.has(r.status) && (markedInBase(r.flags) || r.applying === true || r.applying === ctx.year))
      .map((r) => recordFinding("row/closed-counted", "warning", r, "applying", { status: r.status }));
  },
};
