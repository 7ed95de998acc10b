/**
 * Ceilings on what one profile may list. The engine makes one metric row per district × category
 * (and indicator), so a profile's size multiplies into every check and every summary sheet; each
 * ceiling is far above a real notice's (the five seeds list at most 11 districts and 13 categories;
 * a province has about 100 county-level units) yet keeps a hostile file from exhausting memory: a
 * summary of 10,000 metric rows written into a copy peaks near 450 MB, one of 20,000 near 900 MB.
 */
export const PROFILE_LIMITS = {
  /** Listed (or named) districts. */
  districts: 2_000,
  /** Categories, and indicators, each. */
  categories: 500,
  /** Metric rows of the districts: districts × (categories + indicators). */
  metricRows: 10_000,
} as const;
