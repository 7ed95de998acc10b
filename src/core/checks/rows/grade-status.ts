import { recordFinding } from "../record-finding";
import type { RowRule } from "../row-rule";

/** row/attained-without-grade and row/grade-without-attainment: the grade and status columns disagree. */
export const gradeStatus: RowRule = {
  id: "row/grade-status",
  check(ctx) {
    return ctx.records.flatMap((r) => {
      if (r.status === "attained" && r.grade === null && !r.problems.some((p) => p.field === "grade")) {
        return [recordFinding("row/attained-without-grade", "error", r, "grade")];
      }
      if (r.grade !== null && r.status === "none") return [recordFinding("row/grade-without-attainment", "warning", r, "status", { grade: String(r.grade) })];
      return [];
    });
  },
};
