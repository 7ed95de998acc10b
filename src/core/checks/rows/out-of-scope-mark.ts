import type { Finding } from "../../finding/finding";
import { OUT_OF_SCOPE } from "../../roster/out-of-scope";
import { recordFinding } from "../record-finding";
import type { RowRule } from "../row-rule";

/**
 * row/out-of-scope-mark: a closed, suspended, deregistered or transferred-out enterprise that the
 * roster still marks as meeting an indicator (标杆示范企业 on a 注销 enterprise). It is out of every
 * base, so the mark does not count; said rather than dropped in silence. An indicator that counts
 * such rows on purpose (a clause naming the status) raises nothing.
 */
export const outOfScopeMark: RowRule = {
  id: "row/out-of-scope-mark",
  check(ctx) {
    const marks = ctx.campaign.marks ?? [];
    if (marks.length === 0) return [];
    // A loop, not flatMap: no empty array per in-scope record.
    const out: Finding[] = [];
    const { records } = ctx;
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      if (r.status === null || !OUT_OF_SCOPE.has(r.status)) continue;
      const status = r.status;
      const names = marks.filter((m) => !m.counts.has(status) && m.holds(r)).map((m) => m.name);
      if (names.length === 0) continue;
      out.push(recordFinding("row/out-of-scope-mark", "warning", r, "status", { marks: names.join("、"), statusKey: `row/out-of-scope-mark.status.${status}` }, null, names));
    }
    return out;
  },
};
