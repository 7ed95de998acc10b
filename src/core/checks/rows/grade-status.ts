import type { Finding } from "../../finding/finding";
import { hasProblemIn } from "../../roster/record-problems";
import { recordFinding } from "../record-finding";
import type { RowRule } from "../row-rule";

/** row/attained-without-grade and row/grade-without-attainment: the grade and status columns disagree. */
export const gradeStatus: RowRule = {
  id: "row/grade-status",
  check(ctx) {
    // A loop, not flatMap: no empty array per record of 100,000 for the few that disagree.
    const out: Finding[] = [];
    const { records } = ctx;
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      if (r.status === "attained" && r.grade === null && !hasProblemIn(r, "grade")) out.push(recordFinding("row/attained-without-grade", "error", r, "grade"));
      else if (r.grade !== null && r.status === "none") out.push(recordFinding("row/grade-without-attainment", "warning", r, "status", { grade: String(r.grade) }));
    }
    return out;
  },
};
