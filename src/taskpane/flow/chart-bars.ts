import type { ComplianceRow } from "../../core/metrics/compliance";

/** One district's bar: its rate (0–1, as judged), met or not. */
export interface RateBar {
  district: string | null;
  rate: number;
  met: boolean | null;
}

/** One category's small chart: the districts' rates against the category's target rate. */
export interface CategoryChart {
  category: string;
  categoryName: string;
  /** The target rate (0–1) the line marks; null when the year sets none for the city. */
  target: number | null;
  bars: RateBar[];
}

/**
 * The compliance overview as charts: per category judged on a rate, a bar per district with a base
 * (the total last, as in the table) and the target as a line. Count targets (e.g. 新增 N 家) are
 * left to the table: a count has no common scale with the rates.
 */
export function complianceCharts(rows: readonly ComplianceRow[]): CategoryChart[] {
  const charts = new Map<string, CategoryChart>();
  for (const r of rows) {
    if (r.targetKind === "count" || r.actual === null) continue;
    const chart = charts.get(r.category) ?? { category: r.category, categoryName: r.categoryName, target: null, bars: [] };
    chart.bars.push({ district: r.district, rate: r.actual, met: r.met });
    if (r.targetKind === "rate" && (r.district === null || chart.target === null)) chart.target = r.target;
    charts.set(r.category, chart);
  }
  return [...charts.values()];
}
