import type { CampaignView, IndicatorMark, RequiredField, RowDeadline } from "../checks/row-rule";
import { anyHolds, clauseTest } from "../metrics/indicator-clauses";
import { sectorRowResolver, sectorTables } from "../metrics/sector-rows";
import type { Category, Profile } from "../profile/schema";
import type { IsoDate, RosterRecord, Status } from "../roster/record";
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

/**
 * The profile's indicators as marks a roster puts on a row: the clauses that read a column of their
 * own (a 标杆 flag, a 提升 date, a 摘牌 label), tested as the counting tests them. A clause on the
 * certificate alone (a valid 三级) is no mark: a closed enterprise may well still hold one.
 */
export function indicatorMarksOf(profile: Profile, asOf: IsoDate): IndicatorMark[] {
  const extraIds = new Set((profile.rosterFields ?? []).map((f) => f.id));
  return (profile.indicators ?? []).flatMap((indicator) => {
    const marked = indicator.match.filter((clause) => (clause.fields?.length ?? 0) > 0 || (clause.labels?.length ?? 0) > 0);
    if (marked.length === 0) return [];
    const tests = marked.map((clause) => clauseTest(clause, extraIds, asOf));
    return {
      name: indicator.name,
      holds: (r: RosterRecord) => anyHolds(tests, r),
      counts: new Set<Status>(indicator.match.flatMap((c) => c.statuses ?? [])),
    };
  });
}

/** The profile's first sector table (附件2) as row checks see it: its label and the row a 行业 text falls in. */
function sectorTableOf(profile: Profile): CampaignView["sectorTable"] {
  const table = sectorTables(profile)[0];
  return table ? { label: table.layout.label, rowOf: sectorRowResolver(table.rows) } : undefined;
}

/** What row checks need of a profile, answered through the shared membership and district resolver, for the reporting year. */
export function campaignView(profile: Profile, membership: (r: RosterRecord) => readonly number[], districts: DistrictResolver, year: number, asOf?: IsoDate): CampaignView {
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
    marks: indicatorMarksOf(profile, asOf ?? `${year}-12-31`),
    sectorTable: sectorTableOf(profile),
  };
}
