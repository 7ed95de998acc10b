import type { ComplianceRow } from "../../metrics/compliance";

/** Figures by district (null = city total) and category, for filling cells. */
export interface MetricIndex {
  get(district: string | null, id: string | undefined): ComplianceRow | undefined;
}

/** Indexes metrics rows by district and category id. */
export function indexMetrics(metrics: readonly ComplianceRow[]): MetricIndex {
  const byKey = new Map(metrics.map((m) => [`${m.district ?? ""}\u0000${m.category}`, m]));
  return { get: (district, id) => (id === undefined ? undefined : byKey.get(`${district ?? ""}\u0000${id}`)) };
}
