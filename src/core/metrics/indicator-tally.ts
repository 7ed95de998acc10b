import type { Indicator, Profile } from "../profile/schema";
import type { IsoDate, RosterRecord, Status } from "../roster/record";
import { inScope } from "./counted-status";
import { anyHolds, clauseTest, type ClauseTest } from "./indicator-clauses";
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
  /** The as-of date: certificates valid on it; dated events (datedBy) after it have not happened yet. */
  asOf: IsoDate;
  /** Present when some target is judged per sector. */
  sectors?: SectorResolver;
  /** True when a per-sector share divides by a category's base: only then are sector bases kept. */
  sectorBases?: boolean;
}

const NONE: readonly number[] = Object.freeze([]);

const emptyTally = (n: number): IndicatorTally => ({ counts: new Array<number>(n).fill(0), sectors: new Map() });

/**
 * The clauses that name an out-of-scope status (a de-listed enterprise 注销): a record out of every
 * base still counts through them, and only through them.
 */
function clausesByStatus(indicator: Indicator, tests: readonly ClauseTest[]): ReadonlyMap<Status, ClauseTest[]> {
  const by = new Map<Status, ClauseTest[]>();
  indicator.match.forEach((clause, c) => {
    for (const s of clause.statuses ?? []) by.set(s, [...(by.get(s) ?? []), tests[c]]);
  });
  return by;
}

/** A test for "dated after the as-of date" on the indicator's date field (never true without one). */
function datedAfter(field: string | undefined, asOf: IsoDate): (record: RosterRecord) => boolean {
  if (field === undefined) return () => false;
  return (record) => {
    const value = field in record.extras ? record.extras[field] : (record as unknown as Record<string, unknown>)[field];
    return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) && value > asOf;
  };
}

function sectorTally(t: IndicatorTally, sector: number, nInd: number, nCat: number) {
  let s = t.sectors.get(sector);
  if (!s) t.sectors.set(sector, (s = { counts: new Array<number>(nInd).fill(0), bases: new Array<number>(nCat).fill(0) }));
  return s;
}

/** Which indicators (by index) a record counts for, written into `out`; shared by the tally and the lists behind its counts. */
export type IndicatorHits = (record: RosterRecord, out: number[]) => void;

/**
 * A record counts for an indicator when it is in scope (or out of scope with a status one of its
 * clauses names, through that clause), belongs to the indicator's `within` category, meets one of
 * its clauses and is not dated after the as-of date.
 */
export function indicatorHits(input: Pick<TallyInput, "profile" | "membership" | "asOf">): IndicatorHits {
  const indicators = input.profile.indicators ?? [];
  const within = indicators.map((i) => (i.within === undefined ? -1 : input.profile.categories.findIndex((c) => c.id === i.within)));
  const extraIds = new Set((input.profile.rosterFields ?? []).map((f) => f.id));
  const tests = indicators.map((i) => i.match.map((clause) => clauseTest(clause, extraIds, input.asOf)));
  const notYet = indicators.map((i) => datedAfter(i.datedBy, input.asOf));
  const outOfScope = indicators.map((indicator, i) => clausesByStatus(indicator, tests[i]));
  return (record, out) => {
    out.length = 0;
    const scoped = inScope(record);
    // Membership costs more than most clauses: ask for it only when a clause holds.
    let cats: readonly number[] | null = null;
    for (let i = 0; i < indicators.length; i++) {
      const clauses = scoped ? tests[i] : record.status === null ? undefined : outOfScope[i].get(record.status);
      if (!clauses || !anyHolds(clauses, record) || notYet[i](record)) continue;
      if (within[i] >= 0 && !(cats ??= input.membership(record)).includes(within[i])) continue;
      out.push(i);
    }
  };
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
  const hitsOf = indicatorHits(input);
  // The total is the district rows' population, as in computeMetrics: unless no record has a district.
  const byDistrictOnly = input.records.some((r) => input.districtOf(r) !== null);
  const districts = [...input.districts];
  const index = new Map(districts.map((d, i) => [d, i]));
  const byDistrict = districts.map(() => emptyTally(nInd));
  const total = emptyTally(nInd);
  const hits: number[] = [];
  const add = (t: IndicatorTally, sectors: readonly number[], cats: readonly number[] | null) => {
    // Indexed, not for-of: no iterator result per step before these loops are optimized.
    for (let h = 0; h < hits.length; h++) t.counts[hits[h]]++;
    for (let k = 0; k < sectors.length; k++) {
      const st = sectorTally(t, sectors[k], nInd, nCat);
      for (let h = 0; h < hits.length; h++) st.counts[hits[h]]++;
      if (cats) for (let c = 0; c < cats.length; c++) st.bases[cats[c]]++;
    }
  };
  const { records } = input;
  for (let r = 0; r < records.length; r++) {
    const record = records[r];
    const scoped = inScope(record);
    hitsOf(record, hits);
    if (!scoped && hits.length === 0) continue;
    const sectors = input.sectors ? input.sectors.of(record) : NONE;
    // Membership is cached per combination of values: asking again after the clauses is cheap.
    const cats = scoped && sectors.length > 0 && input.sectorBases ? input.membership(record) : null;
    const name = input.districtOf(record);
    if (name === null) {
      if (!byDistrictOnly) add(total, sectors, cats);
      continue;
    }
    add(total, sectors, cats);
    let d = index.get(name);
    if (d === undefined) {
      index.set(name, (d = districts.length));
      districts.push(name);
      byDistrict.push(emptyTally(nInd));
    }
    add(byDistrict[d], sectors, cats);
  }
  return { districts, byDistrict, total };
}
