import type { Metric } from "../../profile/schema";
import type { LeafColumn } from "./header-grid";

/** The count columns a rate column is computed from: the parts added up, and the base. */
export interface RateInputs {
  parts: LeafColumn[];
  base: LeafColumn;
}

const PARTS: Partial<Record<Metric, Metric[]>> = {
  creationRate: ["attained", "applying"],
  attainmentRate: ["attained"],
  actualRate: ["actual"],
};

/**
 * The columns of the same row a rate is computed from: for creation and attainment rates the base
 * and counts of the same category in the same group; for an actual rate the actual of the same
 * indicator over its denominator column, else over the row's base. Null when the row does not show them (the rate is then a constant).
 */
export function rateInputs(column: LeafColumn, columns: readonly LeafColumn[]): RateInputs | null {
  const metric = column.leaf.metric;
  const wanted = metric === undefined ? undefined : PARTS[metric];
  if (!wanted) return null;
  const id = column.leaf.countsOf ?? column.id;
  const sibling = (m: Metric) => columns.find((c) => c.leaf.metric === m && c.id === id && (c.group === column.group || column.leaf.countsOf !== undefined));
  const parts = wanted.map(sibling);
  // An indicator's share divides by its own denominator column where the layout shows one.
  const own = metric === "actualRate" ? sibling("denominator") : undefined;
  const base = own ?? sibling("base") ?? (metric === "actualRate" ? columns.find((c) => c.leaf.metric === "base") : undefined);
  if (!base || parts.some((p) => p === undefined)) return null;
  return { parts: parts as LeafColumn[], base };
}
