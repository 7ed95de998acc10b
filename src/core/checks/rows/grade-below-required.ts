import { gradeLabel, gradeMeets } from "../../grade/grade-meets";
import { recordFinding } from "../record-finding";
import type { RowRule } from "../row-rule";

/**
 * row/grade-below-required: marked 已达标 in a category that needs a higher grade than the one held
 * (a 化工重点监测点 enterprise holding only 三级). An error when no category of the row is met, a
 * warning when the grade still serves another of its categories.
 */
export const gradeBelowRequired: RowRule = {
  id: "row/grade-below-required",
  check(ctx) {
    return ctx.records.flatMap((r) => {
      if (r.status !== "attained" || r.grade === null) return [];
      const categories = ctx.campaign.categoriesOf(r);
      const unmet = categories.filter((c) => !gradeMeets(r.grade!, c.requiredGrade));
      if (unmet.length === 0) return [];
      const severity = unmet.length === categories.length ? "error" : "warning";
      const names = unmet.map((c) => c.name).join("、");
      const required = [...new Set(unmet.map((c) => gradeLabel(c.requiredGrade)))].join("、");
      return [recordFinding("row/grade-below-required", severity, r, "grade", { categories: names, grade: gradeLabel(r.grade), required }, required, gradeLabel(r.grade))];
    });
  },
};
