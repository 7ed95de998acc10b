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
  const byValues = new Map<string, number[]>();
  // Rosters repeat a few combinations of these values across their rows: match each combination once.
  return (r) => {
    if (usesRowFields) return match(r);
    let key = r.categories.length === 1 ? r.categories[0] : r.categories.join("\u0002");
    for (const flag in r.flags) if (r.flags[flag]) key += "\u0003" + flag;
    key += "\u0001" + (r.sector ?? "") + "\u0001" + (r.scale ?? "") + "\u0001" + (r.size ?? "") + "\u0001" + (r.grade ?? "") + "\u0001" + (r.status ?? "");
    let hit = byValues.get(key);
    if (hit === undefined) {
      hit = match(r);
      byValues.set(key, hit);
    }
    return hit;
  };
}
