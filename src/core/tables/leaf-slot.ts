import { labelKey } from "../normalize/text";
import type { Metric } from "../profile/schema";
import type { Slot } from "./types";

/** The slot a layout metric fills; null for columns a count table does not check (label, index, text…). */
export function slotOfMetric(metric: Metric | undefined): Slot | null {
  switch (metric) {
    case "base":
    case "attained":
    case "applying":
    case "target":
    case "actual":
      return metric;
    case "creationRate":
    case "attainmentRate":
    case "actualRate":
      return "rate";
    default:
      return null;
  }
}

/** The rate kind a layout metric states, when it is a rate. */
export function rateKindOfMetric(metric: Metric | undefined): "creation" | "attainment" | "share" | null {
  if (metric === "creationRate") return "creation";
  if (metric === "attainmentRate") return "attainment";
  if (metric === "actualRate") return "share";
  return null;
}

/**
 * The metric a leaf header names in words, for tables that do not follow the layout: 目标 → target,
 * …率 → a rate (创建率 creation, else attainment), 底数/总数 → base, 申请/创建 → applying,
 * 达标/标准化企业数 → attained.
 */
export function metricOfLeaf(text: string): Metric | null {
  const key = labelKey(text);
  if (/目标|任务数/.test(key)) return "target";
  if (/率|覆盖面/.test(key)) return /创建|覆盖/.test(key) ? "creationRate" : "attainmentRate";
  if (/底数|总数|基数/.test(key)) return "base";
  if (/申请|拟创建|创建企业数|在创/.test(key)) return "applying";
  if (/达标|标准化企业数|已创建|通过/.test(key)) return "attained";
  return null;
}
