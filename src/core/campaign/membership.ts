import type { Category, Profile } from "../profile/schema";
import { categoryClauses, recordInCategory } from "../profile/match";
import type { RosterRecord } from "../roster/record";

/**
 * Which categories a record belongs to, as indexes into the profile's categories. Results are
 * cached by the values membership depends on — unless a category looks at per-row fields, when every
 * row is matched afresh.
 */
export function membershipOf(profile: Profile): (record: RosterRecord) => number[] {
  const categories: readonly Category[] = profile.categories;
  const usesRowFields = categories.some((c) => [...categoryClauses(c), ...(c.exclude ?? [])].some((clause) => clause.fields !== undefined));
  const match = (r: RosterRecord) => categories.flatMap((c, i) => (recordInCategory(r, c) ? [i] : []));
  // Rosters repeat a few combinations of these values across their rows: match each combination once.
  // The combination is looked up value by value (Map keys take strings, numbers and null as they are),
  // not as one joined text: 100,000 joined keys were the membership's whole cost.
  const byValues: Level = new Map();
  return (r) => {
    if (usesRowFields) return match(r);
    let key = r.categories.length === 0 ? "" : r.categories.length === 1 ? r.categories[0] : r.categories.join("\u0002");
    for (const flag in r.flags) if (r.flags[flag]) key += "\u0003" + flag;
    const bySector = level(byValues, key);
    const byScale = level(bySector, r.sector);
    const bySize = level(byScale, r.scale);
    const byGrade = level(bySize, r.size);
    const byStatus = level(byGrade, r.grade);
    let hit = byStatus.get(r.status) as number[] | undefined;
    if (hit === undefined) {
      hit = match(r);
      byStatus.set(r.status, hit);
    }
    return hit;
  };
}

/** One level of the membership cache: a value of the record to the next level, or at the last level to the answer. */
type Level = Map<unknown, unknown>;

function level(parent: Level, value: unknown): Level {
  let next = parent.get(value) as Level | undefined;
  if (next === undefined) parent.set(value, (next = new Map()));
  return next;
}
