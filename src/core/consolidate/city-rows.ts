import { rateOf, type MetricRow } from "../metrics/metric-row";
import type { Profile } from "../profile/schema";
import type { Submission } from "./submission";

function row(district: string | null, category: { id: string; name: string }, base: number, attained: number, applying: number): MetricRow {
  return { district, category: category.id, categoryName: category.name, base, attained, attainedThisYear: attained, applying, creationRate: rateOf(attained + applying, base), attainmentRate: rateOf(attained, base) };
}

/**
 * The city's figures per district × category and the totals: a district's table where it states
 * the category's base and attained (what the district reported), else its roster's count, else
 * nothing (its cells stay blank, never 0). An actual count stated without a base column (a count
 * target's table) has base 0 unless the district's roster gives one: no rate is shown for it. A table gives no certificate years, so its attained
 * count stands for "attained this year" too.
 */
export function cityRows(profile: Profile, districts: readonly string[], table: ReadonlyMap<string, Submission>, roster: ReadonlyMap<string, Submission>): MetricRow[] {
  const rows: MetricRow[] = [];
  const totals = new Map(profile.categories.map((c) => [c.id, { base: 0, attained: 0, applying: 0, attainedThisYear: 0 }]));
  for (const district of districts) {
    for (const category of profile.categories) {
      const s = table.get(district)?.stated.find((x) => x.category === category.id && (x.base !== null || !x.hasBase) && x.attained !== null);
      const r = roster.get(district)?.rosterRows.find((x) => x.district === district && x.category === category.id);
      // An actual count with no base column beside it (Nantong's 一级 count) takes the roster's base when one came, else none.
      const base = s ? (s.base ?? r?.base ?? 0) : 0;
      const figure = s ? row(district, category, base, s.attained as number, s.applying ?? 0) : r;
      if (!figure) continue;
      rows.push(figure);
      const t = totals.get(category.id) as { base: number; attained: number; applying: number; attainedThisYear: number };
      t.base += figure.base;
      t.attained += figure.attained;
      t.applying += figure.applying;
      t.attainedThisYear += figure.attainedThisYear;
    }
  }
  for (const category of profile.categories) {
    const t = totals.get(category.id) as { base: number; attained: number; applying: number; attainedThisYear: number };
    rows.push({ ...row(null, category, t.base, t.attained, t.applying), attainedThisYear: t.attainedThisYear });
  }
  return rows;
}
