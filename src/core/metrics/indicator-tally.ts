import type { Indicator, MatchClause, Profile } from "../profile/schema";
import { clauseHolds } from "../profile/match";
import type { RosterRecord, Status } from "../roster/record";
import { inScope } from "./counted-status";
import type { SectorResolver } from "./indicator-sectors";

/** Counts of one district (or the total): per indicator, and per sector when sectors are tallied. */
export interface IndicatorTally {
  counts: number[];
  /** By sector index: indicator counts and category bases (in-scope members) of the sector's records. */
  sectors: Map<number, { counts: number[]; bases: number[] }>;
}

/** The counts of every district, in order (listed first, then first seen), and of the total. */
export interface IndicatorTallies {
  districts: string[];
  byDistrict: IndicatorTally[];
  total: IndicatorTally;
}

/** What the one pass over the records needs. */
export interface TallyInput {
  records: readonly RosterRecord[];
  profile: Profile;
  membership(record: RosterRecord): readonly number[];
  districtOf(record: RosterRecord): string | null;
  districts: readonly string[];
  /** Present when some target is judged per sector. */
  sectors?: SectorResolver;
}

const emptyTally = (n: number): IndicatorTally => ({ counts: new Array<number>(n).fill(0), sectors: new Map() });

/**
 * The clauses that name an out-of-scope status (a de-listed enterprise 注销): a record out of every
 * base still counts through them, and only through them.
 */
function clausesByStatus(indicator: Indicator): ReadonlyMap<Status, MatchClause[]> {
  const by = new Map<Status, MatchClause[]>();
  for (const clause of indicator.match) for (const s of clause.statuses ?? []) by.set(s, [...(by.get(s) ?? []), clause]);
  return by;
}

function sectorTally(t: IndicatorTally, sector: number, nInd: number, nCat: number) {
  let s = t.sectors.get(sector);
  if (!s) t.sectors.set(sector, (s = { counts: new Array<number>(nInd).fill(0), bases: new Array<number>(nCat).fill(0) }));
  return s;
}

/**
 * One pass over the records: a record counts for an indicator when it is in scope (or out of scope
 * with a status one of its clauses names, through that clause), belongs to the indicator's `within` category and meets one of its clauses.
 * Districts are those of records in scope or counted; sector tallies also keep category bases.
 */
export function tallyIndicators(input: TallyInput): IndicatorTallies {
  const indicators = input.profile.indicators ?? [];
  const nInd = indicators.length;
  const nCat = input.profile.categories.length;
  const within = indicators.map((i) => (i.within === undefined ? -1 : input.profile.categories.findIndex((c) => c.id === i.within)));
  const outOfScope = indicators.map(clausesByStatus);
  const districts = [...input.districts];
  const index = new Map(districts.map((d, i) => [d, i]));
  const byDistrict = districts.map(() => emptyTally(nInd));
  const total = emptyTally(nInd);
  const hits: number[] = [];
  for (const record of input.records) {
    const scoped = inScope(record);
    const cats = input.membership(record);
    hits.length = 0;
    for (let i = 0; i < nInd; i++) {
      const clauses = scoped ? indicators[i].match : record.status === null ? undefined : outOfScope[i].get(record.status);
      if (!clauses || (within[i] >= 0 && !cats.includes(within[i]))) continue;
      if (clauses.some((clause) => clauseHolds(record, clause))) hits.push(i);
    }
    if (!scoped && hits.length === 0) continue;
    const name = input.districtOf(record);
    const tallies = [total];
    if (name !== null) {
      let d = index.get(name);
      if (d === undefined) {
        index.set(name, (d = districts.length));
        districts.push(name);
        byDistrict.push(emptyTally(nInd));
      }
      tallies.push(byDistrict[d]);
    }
    const sectors = input.sectors?.of(record) ?? [];
    for (const t of tallies) {
      for (const i of hits) t.counts[i]++;
      for (const s of sectors) {
        const st = sectorTally(t, s, nInd, nCat);
        for (const i of hits) st.counts[i]++;
        if (scoped) for (const c of cats) st.bases[c]++;
      }
    }
  }
  return { districts, byDistrict, total };
}
