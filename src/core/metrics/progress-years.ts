import { yearOf } from "../calendar/iso-date";
import type { Profile } from "../profile/schema";
import { targetFor } from "../profile/targets";
import type { IsoDate } from "../roster/record";

/**
 * The years the city's progress can be charted against a target: every year a category of the
 * profile sets a rate target in (a "/" carrying an earlier one counts), up to the as-of year, in
 * order. Fewer than two: there is no progress to chart.
 */
export function progressYearsOf(profile: Profile, asOf: IsoDate): number[] {
  const now = yearOf(asOf);
  const named = new Set<number>();
  for (const c of profile.categories) for (const y of Object.keys(c.targets ?? {})) named.add(Number(y));
  return [...named]
    .filter((y) => y <= now && profile.categories.some((c) => targetFor(profile, c.id, y)?.kind === "rate"))
    .sort((a, b) => a - b);
}
