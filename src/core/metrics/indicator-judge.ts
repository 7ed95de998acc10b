import type { Target } from "../profile/targets";
import type { IsoDate } from "../roster/record";
import { overdueOf } from "./compliance";
import type { IndicatorRow } from "./indicator-row";
import { neededFor } from "./needed";

/** What judging a count against a target adds to an indicator row. */
export type IndicatorJudgement = Pick<IndicatorRow, "denominator" | "rate" | "target" | "targetKind" | "op" | "met" | "gap" | "by" | "overdue">;

/**
 * Judges an indicator's count against one target: a count target directly, a share target on
 * count / denominator (met null when the denominator is 0 or the share is above 100%). "=" is met only by the exact figure;
 * the gap is what is still missing, 0 once reached. Overdue once the deadline is past and not met.
 */
export function judgeIndicator(count: number, target: Target | null, denominator: number | null, asOf: IsoDate): IndicatorJudgement {
  const rate = denominator === null || denominator === 0 ? null : count / denominator;
  if (target === null) return { denominator, rate, target: null, targetKind: null, met: null, gap: null, overdue: null };
  const head = { denominator, rate, target: target.value, targetKind: target.kind, op: target.op, ...(target.by ? { by: target.by } : {}) };
  if (target.kind === "rate" && (denominator === null || denominator === 0)) return { ...head, met: null, gap: null, overdue: null };
  // A share above 100% cannot be right (figure/share-above-100): it is no target met.
  if (target.kind === "rate" && rate !== null && rate > 1) return { ...head, met: null, gap: null, overdue: null };
  const need = neededFor(target, denominator ?? 0);
  const gap = Math.max(0, need - count);
  const met = target.op === "=" ? count === need : gap === 0;
  return { ...head, met, gap, overdue: overdueOf(met, target.by, asOf) };
}
