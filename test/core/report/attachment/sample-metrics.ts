import { complianceOf, type ComplianceRow } from "../../../../src/core/metrics/compliance";
import { rateOf, type MetricRow } from "../../../../src/core/metrics/metric-row";
import { districtUnits } from "../../../../src/core/profile/districts";
import type { Profile } from "../../../../src/core/profile/schema";

/** Districts for a profile whose notice names none (open districts): two made-up townships. */
const OPEN_DISTRICTS = ["甲镇", "乙街道"];

/**
 * Deterministic figures for every district × category of a profile, with one empty base per
 * category (the "/" case), and the city totals as the sums: enough to build every attachment.
 */
export function sampleMetrics(profile: Profile, year: number): ComplianceRow[] {
  const units = districtUnits(profile).map((u) => u.name);
  const districts = units.length > 0 ? units : OPEN_DISTRICTS;
  const rows: MetricRow[] = [];
  const totals = profile.categories.map(() => ({ base: 0, attained: 0, attainedThisYear: 0, applying: 0 }));
  const row = (district: string | null, c: number, f: (typeof totals)[number]): MetricRow => ({
    district,
    category: profile.categories[c].id,
    categoryName: profile.categories[c].name,
    ...f,
    creationRate: rateOf(f.attained + f.applying, f.base),
    attainmentRate: rateOf(f.attained, f.base),
  });
  districts.forEach((district, d) => {
    profile.categories.forEach((_, c) => {
      const base = (d + c) % 5 === 4 ? 0 : 10 + ((d * 7 + c * 13) % 40);
      const attained = Math.floor(base * 0.6);
      const f = { base, attained, attainedThisYear: Math.floor(attained / 3), applying: Math.floor((base - attained) / 2) };
      for (const k of ["base", "attained", "attainedThisYear", "applying"] as const) totals[c][k] += f[k];
      rows.push(row(district, c, f));
    });
  });
  profile.categories.forEach((_, c) => rows.push(row(null, c, totals[c])));
  return complianceOf(rows, profile, year);
}
