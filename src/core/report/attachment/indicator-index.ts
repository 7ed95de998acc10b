import type { IndicatorRow } from "../../metrics/indicator-row";

/** Indicator figures by district (null = city total) and indicator, for filling cells. */
export interface IndicatorIndex {
  /** True when the id is an indicator the figures hold. */
  has(id: string | undefined): boolean;
  /** The district's row judged on the target at `targetIndex`, else its row without a target; never a per-sector row. */
  get(district: string | null, id: string, targetIndex: number): IndicatorRow | undefined;
  /** The district's first row that is a share (has a denominator), for rate columns. */
  share(district: string | null, id: string): IndicatorRow | undefined;
}

/** Indexes indicator rows (per-sector rows left out: attachments bind districts, not sectors). */
export function indexIndicators(rows: readonly IndicatorRow[]): IndicatorIndex {
  const byKey = new Map<string, IndicatorRow[]>();
  const ids = new Set<string>();
  for (const r of rows) {
    ids.add(r.indicator);
    if (r.sector !== undefined) continue;
    const key = `${r.district ?? ""}\u0000${r.indicator}`;
    byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  const of = (district: string | null, id: string) => byKey.get(`${district ?? ""}\u0000${id}`) ?? [];
  return {
    has: (id) => id !== undefined && ids.has(id),
    get: (district, id, targetIndex) => {
      const rows = of(district, id);
      return rows.find((r) => r.targetIndex === targetIndex) ?? rows.find((r) => r.targetIndex === null);
    },
    share: (district, id) => of(district, id).find((r) => r.denominator !== null),
  };
}
