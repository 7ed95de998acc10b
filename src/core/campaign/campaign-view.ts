import type { CampaignView, RequiredField, RowDeadline } from "../checks/row-rule";
import type { Category, Profile } from "../profile/schema";
import type { RosterRecord } from "../roster/record";
import type { DistrictResolver } from "./district-resolver";

/**
 * Fields every roster row must fill. Category, grade and status are not among them: a roster kept
 * one sheet per category has no category column, only attained rows carry a grade (a rule checks
 * that), and many rosters keep only an operating status (正常, 停产…) beside the grade.
 */
const REQUIRED: readonly RequiredField[] = ["name", "district"];

/** The profile's deadlines that rows answer for, dated in the reporting year. */
export function rowDeadlinesOf(profile: Profile, year: number): RowDeadline[] {
  return (profile.deadlines ?? []).flatMap((d) => {
    if (!d.check) return [];
    const by = d.yearly ? `${year}-${d.yearly}` : d.date;
    if (!by || !by.startsWith(String(year))) return [];
    return [{ check: d.check, by, what: d.what, ...(d.field ? { field: d.field } : {}) }];
  });
}

/** What row checks need of a profile, answered through the shared membership and district resolver, for the reporting year. */
export function campaignView(profile: Profile, membership: (r: RosterRecord) => readonly number[], districts: DistrictResolver, year: number): CampaignView {
  // membership returns one shared array per combination of values; map each once so callers can memoise on it.
  const categories = new Map<readonly number[], Category[]>();
  const categoriesOf = (r: RosterRecord): Category[] => {
    const indexes = membership(r);
    let hit = categories.get(indexes);
    if (!hit) categories.set(indexes, (hit = indexes.map((i) => profile.categories[i])));
    return hit;
  };
  return {
    categoriesOf,
    knowsDistrict: districts.knows,
    districtsOpen: districts.open,
    suggestDistrict: districts.suggest,
    requiredFields: REQUIRED,
    usccPilotAreas: [],
    rowDeadlines: rowDeadlinesOf(profile, year),
  };
}
