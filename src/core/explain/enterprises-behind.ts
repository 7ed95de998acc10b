import type { Classification, RecordClass, Standing } from "../metrics/classify-records";

/** The three counts of a category figure a list can be drawn for. */
export type Measure = "base" | "attained" | "applying";

/** Every measure, in the order the sheets show them. */
export const MEASURES: readonly Measure[] = ["base", "attained", "applying"];

/** One enterprise behind a figure: its classification and its standing in the figure's category. */
export interface Behind {
  entry: RecordClass;
  standing: Standing;
}

function holds(standing: Standing, measure: Measure): boolean {
  return measure === "base" || (measure === "attained" ? standing.attained : standing.applying);
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
