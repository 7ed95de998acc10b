import type { Classification, RecordClass, Standing } from "../metrics/classify-records";

/**
 * The counts of a category figure a list can be drawn for: the three every row shows (base,
 * attained, applying) and the three a count target is judged on (attained this year, attained or
 * applying, attained this year or applying).
 */
export type Measure = "base" | "attained" | "applying" | "newlyAttained" | "attainedOrApplying" | "newlyAttainedOrApplying";

/** Every measure, in the order the sheets show them: the row's three counts, then those of targets. */
export const MEASURES: readonly Measure[] = ["base", "attained", "applying", "newlyAttained", "attainedOrApplying", "newlyAttainedOrApplying"];

/** The measures every district × category row shows side by side (底数, 已达标, 申请创建). */
export const ROW_MEASURES: readonly Measure[] = MEASURES.filter((m) => m === "base" || m === "attained" || m === "applying");

/**
 * The measure a count target is judged on, as compliance counts it: attained (only this year's for a
 * target of new enterprises), with applying for a creation-rate category.
 */
export function targetMeasure(rate: "creation" | "attainment", basis: "cumulative" | "new" = "cumulative"): Measure {
  if (rate === "creation") return basis === "new" ? "newlyAttainedOrApplying" : "attainedOrApplying";
  return basis === "new" ? "newlyAttained" : "attained";
}

/** Whether a standing counts in a measure: by the very flags the counts were tallied from. */
export function holds(standing: Standing, measure: Measure): boolean {
  switch (measure) {
    case "base":
      return true;
    case "attained":
      return standing.attained;
    case "applying":
      return standing.applying;
    case "newlyAttained":
      return standing.attainedThisYear;
    case "attainedOrApplying":
      return standing.attained || standing.applying;
    case "newlyAttainedOrApplying":
      return standing.attainedThisYear || standing.applying;
  }
}

/** One enterprise behind a figure: its classification and its standing in the figure's category. */
export interface Behind {
  entry: RecordClass;
  standing: Standing;
}

/**
 * The enterprises a figure counted, in record order: those in the district's base of the category
 * (district null = the total, every district's) that the measure counts. Drawn from the same
 * classification the figure was counted from, so the list has exactly the figure's length.
 */
export function enterprisesBehind(classification: Classification, category: number, district: string | null, measure: Measure): Behind[] {
  const out: Behind[] = [];
  for (const entry of classification.classes) {
    if (entry.excluded !== null || (district !== null && entry.district !== district)) continue;
    const standing = entry.standings.find((s) => s.category === category);
    if (standing && holds(standing, measure)) out.push({ entry, standing });
  }
  return out;
}
