import type { Finding } from "../../finding/finding";
import { gradeLabel, gradeMeets } from "../../grade/grade-meets";
import type { Grade } from "../../roster/record";
import { recordFinding } from "../record-finding";
import type { CheckedCategory, RowRule } from "../row-rule";

/** What a grade falls short of among a row's categories; null when it meets them all. */
interface Shortfall {
  severity: "error" | "warning";
  categories: string;
  required: string;
}

function shortfall(categories: readonly CheckedCategory[], grade: Grade): Shortfall | null {
  const unmet = categories.filter((c) => !gradeMeets(grade, c.requiredGrade));
  if (unmet.length === 0) return null;
  return {
    severity: unmet.length === categories.length ? "error" : "warning",
    categories: unmet.map((c) => c.name).join("、"),
    required: [...new Set(unmet.map((c) => gradeLabel(c.requiredGrade)))].join("、"),
  };
}

/**
 * row/grade-below-required: marked 已达标 in a category that needs a higher grade than the one held
 * (a 化工重点监测点 enterprise holding only 三级). An error when no category of the row is met, a
 * warning when the grade still serves another of its categories.
 */
export const gradeBelowRequired: RowRule = {
  id: "row/grade-below-required",
  check(ctx) {
    const out: Finding[] = [];
    // Rows share a few category sets and grades: judge each combination once.
    const memo = new Map<readonly CheckedCategory[], Map<Grade, Shortfall | null>>();
    const { records } = ctx;
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      if (r.status !== "attained" || r.grade === null) continue;
      const categories = ctx.campaign.categoriesOf(r);
      let byGrade = memo.get(categories);
      if (!byGrade) memo.set(categories, (byGrade = new Map()));
      let s = byGrade.get(r.grade);
      if (s === undefined) byGrade.set(r.grade, (s = shortfall(categories, r.grade)));
      if (s === null) continue;
      const held = gradeLabel(r.grade);
      out.push(recordFinding("row/grade-below-required", s.severity, r, "grade", { categories: s.categories, grade: held, required: s.required }, s.required, held));
    }
    return out;
  },
};
