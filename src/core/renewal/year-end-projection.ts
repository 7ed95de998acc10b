import { metricsInputOf } from "../campaign/metrics-input";
import { classifyRecords } from "../metrics/classify-records";
import { complianceOf, type ComplianceRow } from "../metrics/compliance";
import { metricsOf } from "../metrics/compute-metrics";
import type { Profile } from "../profile/schema";
import type { RosterRecord } from "../roster/record";

/** A figure now and at the year's end if no certificate renews. */
export interface ProjectedRow {
  now: ComplianceRow;
  yearEnd: ComplianceRow;
}

/**
 * What the attained counts, rates and target judgements become on 12-31 of the reporting year if
 * no certificate renews: the same records classified and counted as of that day, beside the figures now.
 */
export function yearEndProjection(profile: Profile, records: readonly RosterRecord[], year: number, now: readonly ComplianceRow[]): ProjectedRow[] {
  const asOf = `${year}-12-31`;
  const input = metricsInputOf(profile, records, { asOf, year });
  const yearEnd = complianceOf(metricsOf(classifyRecords(input), profile.categories), profile, year, asOf);
  const at = new Map(yearEnd.map((r) => [`${r.district ?? ""}\u0000${r.category}`, r]));
  return now.map((r) => ({ now: r, yearEnd: at.get(`${r.district ?? ""}\u0000${r.category}`) as ComplianceRow }));
}

/** The rows worth showing: those the lapses change, and every total with a base (the rest stay as they are). */
export function projectionShown(projection: readonly ProjectedRow[]): ProjectedRow[] {
  return projection.filter((p) => (p.now.district === null && p.now.base > 0) || p.yearEnd.attained !== p.now.attained);
}
