import type { Category, Profile } from "../profile/schema";
import { categoryClauses, recordInCategory } from "../profile/match";
import type { RosterRecord } from "../roster/record";

/**
 * Which categories a record belongs to, as indexes into the profile's categories. Rosters repeat
 * the same few category/flag/sector combinations, so results are cached by those values — unless a
 * category looks at per-row fields, when every row is matched afresh.
 */
export function membershipOf(profile: Profile): (record: RosterRecord) => number[] {
  const categories: readonly Category[] = profile.categories;
  const usesRowFields = categories.some((c) => categoryClauses(c).some((clause) => clause.fields !== undefined));
  const match = (r: RosterRecord) => categories.flatMap((c, i) => (recordInCategory(r, c) ? [i] : []));
  if (usesRowFields) return match;
  const cache = new Map<string, number[]>();
  return (r) => {
    const flags = Object.keys(r.flags).filter((k) => r.flags[k]).join("|");
    const key = `${r.categories.join("|")}\u0001${flags}\u0001${r.sector ?? ""}\u0001${r.scale ?? ""}\u0001${r.grade ?? ""}\u0001${r.status ?? ""}`;
    let hit = cache.get(key);
    if (hit === undefined) {
      hit = match(r);
      cache.set(key, hit);
    }
    return hit;
  };
}
