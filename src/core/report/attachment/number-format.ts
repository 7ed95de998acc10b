import type { AttachmentLayout, Metric } from "../../profile/schema";

const RATE_DEFAULTS: Partial<Record<Metric, string>> = { target: "0%" };

/**
 * The number format of a figure: the layout's format for the metric when it suits the figure's kind
 * (a "0%" never shows a count, a "0" never a rate), else 0.0% for rates (0% for rate targets) and 0
 * for counts.
 */
export function figureFormat(layout: AttachmentLayout, metric: Metric, kind: "count" | "rate"): string {
  const own = layout.numberFormats?.[metric];
  if (kind === "rate") return own?.includes("%") ? own : (RATE_DEFAULTS[metric] ?? "0.0%");
  return own !== undefined && !own.includes("%") && own !== "General" ? own : "0";
}
