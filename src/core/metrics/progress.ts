import { yearOf } from "../calendar/iso-date";
import type { Profile } from "../profile/schema";
import { targetFor } from "../profile/targets";
import type { IsoDate } from "../roster/record";
import { classifyRecords, type Classification, type MetricsInput } from "./classify-records";
import { metricsOf } from "./compute-metrics";

/** The city's figure of one category at one year's end: its rate (creation or attainment, as judged) and that year's rate target. */
export interface ProgressPoint {
  year: number;
  /** The day it is counted on: the year's 12-31, or the as-of date in the as-of year. */
  asOf: IsoDate;
  category: string;
  categoryName: string;
  base: number;
  rate: number | null;
  /** The year's city-wide rate target; null when the year sets none or sets a count. */
  target: number | null;
}

/**
 * A roster's status column says what an enterprise is doing now: in an earlier year only an applying
 * year that names that year makes it an applicant then.
 */
function applyingThen(c: Classification, year: number): Classification {
  return {
    ...c,
    classes: c.classes.map((k) => (k.standings.length === 0 ? k : { ...k, standings: k.standings.map((s) => (s.applying && k.record.applying !== year ? { ...s, applying: false } : s)) })),
  };
}

/**
 * The city's progress over the years: each year's records classified again as of its end (the
 * as-of date for the as-of year; later years are not counted), then the totals per category.
 */
export function progressOf(input: MetricsInput, profile: Profile, years: readonly number[], asOf: IsoDate): ProgressPoint[] {
  const now = yearOf(asOf);
  const out: ProgressPoint[] = [];
  for (const year of [...new Set(years)].filter((y) => y <= now).sort((a, b) => a - b)) {
    const at: IsoDate = year === now ? asOf : `${year}-12-31`;
    const classified = classifyRecords({ ...input, asOf: at, year });
    const rows = metricsOf(year === now ? classified : applyingThen(classified, year), profile.categories);
    for (const c of profile.categories) {
      const row = rows.find((r) => r.district === null && r.category === c.id);
      if (!row) continue;
      const target = targetFor(profile, c.id, year);
      out.push({
        year, asOf: at, category: c.id, categoryName: c.name, base: row.base,
        rate: c.rate === "creation" ? row.creationRate : row.attainmentRate,
        target: target?.kind === "rate" ? target.value : null,
      });
    }
  }
  return out;
}
