/** The campaign's numbers for one district (or the total, district null) and one category. */
export interface MetricRow {
  /** District name in the profile's spelling; null for the all-district total. */
  district: string | null;
  category: string;
  categoryName: string;
  base: number;
  attained: number;
  /** Attained with a certificate issued in the reporting year (for targets that count new enterprises). */
  attainedThisYear: number;
  applying: number;
  /** (attained + applying) / base; null ("/") when the base is 0. */
  creationRate: number | null;
  /** attained / base; null ("/") when the base is 0. */
  attainmentRate: number | null;
}

/** A rate with "/" for an empty base: never a zero, never a division by zero. */
export function rateOf(part: number, base: number): number | null {
  return base === 0 ? null : part / base;
}
