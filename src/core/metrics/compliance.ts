import type { Category, Profile } from "../profile/schema";
import { targetFor, type Target } from "../profile/targets";
import type { IsoDate } from "../roster/record";
import type { MetricRow } from "./metric-row";
import { neededFor } from "./needed";

/** A metric row with its annual target: the target, the reported rate or count, met or not, the gap in enterprises. */
export interface ComplianceRow extends MetricRow {
  /** The target value (a rate 0–1 or a count), null when the year sets none. */
  target: number | null;
  targetKind: "rate" | "count" | null;
  /** The reported figure the target is judged on: the category's rate, or a count. */
  actual: number | null;
  /** null when there is no target or no base to judge. */
  met: boolean | null;
  /** Enterprises still needed: ceil(target × base) − counted for rates, target − counted for counts (one more for ">"). */
  gap: number | null;
  /** True when the target's deadline (by) is before the as-of date and it is not met; null without deadline, judgement or as-of date. */
  overdue: boolean | null;
}

/** Overdue: a deadline passed on the as-of date with the target not met; null when there is nothing to say. */
export function overdueOf(met: boolean | null, by: string | undefined, asOf: IsoDate | undefined): boolean | null {
  if (met === null || by === undefined || asOf === undefined) return null;
  return !met && asOf > by;
}

/** What a target counts: attained (plus applying for creation-rate categories), only this year's for "new" targets. */
function counted(row: MetricRow, category: Category, basis: Target["basis"] = "cumulative"): number {
  const attained = basis === "new" ? row.attainedThisYear : row.attained;
  return category.rate === "creation" ? attained + row.applying : attained;
}

function judge(row: MetricRow, category: Category, target: Target | null): Pick<ComplianceRow, "target" | "targetKind" | "actual" | "met" | "gap"> {
  const n = counted(row, category, target?.basis);
  const rate = category.rate === "creation" ? row.creationRate : row.attainmentRate;
  if (target === null) return { target: null, targetKind: null, actual: rate, met: null, gap: null };
  if (target.kind === "count") {
    const gap = Math.max(0, neededFor(target, row.base) - n);
    return { target: target.value, targetKind: "count", actual: n, met: gap === 0, gap };
  }
  if (rate === null) return { target: target.value, targetKind: "rate", actual: null, met: null, gap: null };
  const gap = Math.max(0, neededFor(target, row.base) - n);
  return { target: target.value, targetKind: "rate", actual: rate, met: gap === 0, gap };
}

/**
 * Judges every district × category row against the year's target (the district's own where allocated);
 * with an as-of date, a target whose deadline has passed unmet is overdue.
 */
export function complianceOf(rows: readonly MetricRow[], profile: Profile, year: number, asOf?: IsoDate): ComplianceRow[] {
  const categories = new Map(profile.categories.map((c) => [c.id, c]));
  return rows.map((row) => {
    const category = categories.get(row.category) as Category;
    const target = targetFor(profile, row.category, year, row.district ?? undefined);
    // targetFor gives a district only rates, its own allocation or per-district counts, never a city-wide count.
    const judged = judge(row, category, target);
    return { ...row, ...judged, overdue: overdueOf(judged.met, target?.by, asOf) };
  });
}
