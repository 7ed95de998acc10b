import type { Grade } from "../roster/record";

const RANK: Record<Grade, number> = { 1: 1, 2: 2, 3: 3, micro: 4 };

/** True when a held grade is the required one or better (1 is best; micro is below 3; "any" takes all). */
export function gradeMeets(held: Grade, required: Grade | "any"): boolean {
  return required === "any" || RANK[held] <= RANK[required];
}

/** A grade in Chinese as rosters write it: 一级, 二级, 三级, 小微. */
export function gradeLabel(grade: Grade | "any"): string {
  return grade === "any" ? "任一等级" : grade === "micro" ? "小微" : `${"一二三"[grade - 1]}级`;
}
