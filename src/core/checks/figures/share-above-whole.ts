import type { Finding } from "../../finding/finding";
import type { IndicatorRow } from "../../metrics/indicator-row";
import type { MetricRow } from "../../metrics/metric-row";

/** The rule id of a share above 100%: a part larger than its whole, which no count can make right. */
export const SHARE_ABOVE_WHOLE = "figure/share-above-100";

const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;

/**
 * figure/share-above-100: a computed share above 100% (renewals over renewals due, a count over a
 * base) means numerator and denominator are not the same population. It is an error on the figure,
 * named by district and indicator or category, never a target met.
 */
export function sharesAboveWhole(metrics: readonly MetricRow[], indicators: readonly IndicatorRow[]): Finding[] {
  const out: Finding[] = [];
  const district = (d: string | null) => d ?? "";
  for (const m of metrics) {
    for (const [rate, count] of [[m.creationRate, m.attained + m.applying], [m.attainmentRate, m.attained]] as const) {
      if (rate !== null && rate > 1) {
        out.push({ rule: SHARE_ABOVE_WHOLE, severity: "error", params: { what: m.categoryName, district: district(m.district), count, denominator: m.base, rate: percent(rate) }, expected: "<= 100%", actual: rate });
      }
    }
  }
  const seen = new Set<string>();
  for (const r of indicators) {
    if (r.rate === null || r.rate <= 1 || r.denominator === null) continue;
    // One finding per figure, though several targets judge it.
    const key = `${r.district}\u0000${r.indicator}\u0000${r.sector ?? ""}\u0000${r.denominator}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const what = r.sectorName ? `${r.indicatorName}（${r.sectorName}）` : r.indicatorName;
    out.push({ rule: SHARE_ABOVE_WHOLE, severity: "error", params: { what, district: district(r.district), count: r.count, denominator: r.denominator, rate: percent(r.rate) }, expected: "<= 100%", actual: r.rate });
  }
  return out;
}
