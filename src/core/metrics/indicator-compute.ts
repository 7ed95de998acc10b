import type { Indicator, Profile, TargetSpec, TargetValue, YearTargets } from "../profile/schema";
import { targetsFor, type Target } from "../profile/targets";
import type { IsoDate, RosterRecord } from "../roster/record";
import { judgeIndicator } from "./indicator-judge";
import type { IndicatorRow } from "./indicator-row";
import { sectorResolver, type SectorKey } from "./indicator-sectors";
import { tallyIndicators, type IndicatorTally } from "./indicator-tally";
import type { MetricRow } from "./metric-row";

/** What indicators are computed from besides the records: the shared membership and districts, the period, the category figures. */
export interface IndicatorOptions {
  /** Indexes into profile.categories of the categories a record belongs to. */
  membership(record: RosterRecord): readonly number[];
  /** The record's district in the profile's spelling, or null when it resolves to none. */
  districtOf(record: RosterRecord): string | null;
  /** Districts in official order; others follow in first-seen order. */
  districts: readonly string[];
  asOf: IsoDate;
  year: number;
  /** The category rows of computeMetrics: the bases that share targets `of` categories divide by. */
  metrics: readonly MetricRow[];
  /** Field ids (canonical and extra) some roster sheet has a column for; absent = every field is there. */
  fieldsRead?: ReadonlySet<string>;
}

/**
 * True when the rosters can say anything about the indicator: some clause of it asks only for fields
 * that were read. Without a 期满换证 column every count of renewals would be a silent zero.
 */
function measurable(indicator: Indicator, fieldsRead: ReadonlySet<string> | undefined): boolean {
  return fieldsRead === undefined || indicator.match.some((clause) => (clause.fields ?? []).every((f) => fieldsRead.has(f.id)));
}

/** The counts a denominator adds up, in one district (or the total) or one sector of it. */
interface Scope {
  count(indicator: number): number;
  base(category: number): number;
}

function entries(targets: YearTargets | undefined): TargetValue[] {
  return Object.values(targets ?? {}).flatMap((e): TargetValue[] => (Array.isArray(e) ? e : [e]));
}

/** The per-sector targets any year or district of the indicator sets: only when there are some are sectors tallied. */
function perSectorTargets(indicator: Indicator): TargetSpec[] {
  const all = [...entries(indicator.targets), ...Object.values(indicator.districtTargets ?? {}).flatMap(entries)];
  return all.filter((e): e is TargetSpec => typeof e === "object" && e.per === "sector");
}

/**
 * What a share target divides by: the sum over its `of` ids (a category's base, an indicator's count),
 * else the base of the category the indicator is within; null for counts or when nothing says.
 */
function denominatorOf(target: Target, indicator: Indicator, profile: Profile, scope: Scope): number | null {
  if (target.kind !== "rate") return null;
  const ids = target.of ?? (indicator.within !== undefined ? [indicator.within] : []);
  if (ids.length === 0) return null;
  let sum = 0;
  for (const id of ids) {
    const c = profile.categories.findIndex((x) => x.id === id);
    const i = c >= 0 ? -1 : (profile.indicators ?? []).findIndex((x) => x.id === id);
    if (c < 0 && i < 0) return null;
    sum += c >= 0 ? scope.base(c) : scope.count(i);
  }
  return sum;
}

/**
 * Every indicator of the profile per district (official order, then first seen) and for the total
 * (district null), judged against each of the year's targets (see IndicatorRow): a count target on
 * the count, a share on count / the sum of its `of` figures, a per-sector target once per sector, a
 * per-district count on each district only (the total has none of its own). An indicator none of
 * whose clauses the rosters' columns can answer is left out, never reported as 0. Pure; one pass.
 */
export function computeIndicators(records: readonly RosterRecord[], profile: Profile, options: IndicatorOptions): IndicatorRow[] {
  if (!profile.indicators?.some((i) => measurable(i, options.fieldsRead))) return [];
  const indicators = profile.indicators;
  const perSector = indicators.flatMap((indicator) => perSectorTargets(indicator).map((spec) => ({ indicator, spec })));
  const sectors = perSector.length > 0 ? sectorResolver(profile) : undefined;
  // A per-sector share of a category (or of the base of the category it is within) needs that category's base per sector.
  const sectorBases = perSector.some(({ indicator, spec }) => spec.rate !== undefined && (spec.of ?? [indicator.within]).some((id) => profile.categories.some((c) => c.id === id)));
  const { membership, districtOf, districts } = options;
  const tallies = tallyIndicators({ records, profile, membership, districtOf, districts, asOf: options.asOf, sectors, sectorBases });
  const bases = new Map(options.metrics.map((m) => [`${m.district ?? ""}\u0000${m.category}`, m.base]));
  const rows: IndicatorRow[] = [];

  const emit = (district: string | null, tally: IndicatorTally) => {
    const scope: Scope = { count: (i) => tally.counts[i], base: (c) => bases.get(`${district ?? ""}\u0000${profile.categories[c].id}`) ?? 0 };
    const sectorScope = (s: number): Scope => {
      const st = tally.sectors.get(s);
      return { count: (i) => st?.counts[i] ?? 0, base: (c) => st?.bases[c] ?? 0 };
    };
    indicators.forEach((indicator, i) => {
      if (!measurable(indicator, options.fieldsRead)) return;
      const head = { district, indicator: indicator.id, indicatorName: indicator.name };
      const row = (sc: Scope, target: Target | null, targetIndex: number | null, sector?: SectorKey): IndicatorRow => ({
        ...head,
        ...(sector ? { sector: sector.id, sectorName: sector.name } : {}),
        count: sc.count(i),
        targetIndex,
        ...judgeIndicator(sc.count(i), target, target && denominatorOf(target, indicator, profile, sc), options.asOf),
      });
      let judged = false;
      targetsFor(profile, indicator.id, options.year, district ?? undefined).forEach((target, t) => {
        if (target.per === "sector") {
          sectors?.keys.forEach((key, s) => rows.push(row(sectorScope(s), target, t, key)));
        } else if (!(district === null && target.kind === "count" && target.per === "district")) {
          rows.push(row(scope, target, t));
          judged = true;
        }
      });
      if (!judged) rows.push(row(scope, null, null));
    });
  };
  tallies.districts.forEach((d, i) => emit(d, tallies.byDistrict[i]));
  emit(null, tallies.total);
  return rows;
}
