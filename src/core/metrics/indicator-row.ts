/**
 * One indicator judged for one district (null = the city total) against one of its targets. An
 * indicator with several targets for the year (Changshu's renewals: a count and a share) gets one row
 * per target, `targetIndex` telling which; one without a target gets a single row (targetIndex null).
 * A per-sector target (Quanzhou's 5 benchmark enterprises per key sector) gets one row per sector,
 * with `sector` and `sectorName` set; every other row has them absent.
 */
export interface IndicatorRow {
  /** District name in the profile's spelling; null for the all-district total. */
  district: string | null;
  indicator: string;
  indicatorName: string;
  /** The sector (profile sector id, or the roster's text when the profile names none) of a per-sector row. */
  sector?: string;
  sectorName?: string;
  /** In-scope records that meet the indicator (within its category), in the district (and sector). */
  count: number;
  /** What a share target divides by (the sum over its `of` ids); null when the target is not a share. */
  denominator: number | null;
  /** count / denominator; null when not a share or the denominator is 0 ("/"). */
  rate: number | null;
  /** Index of the target among targetsFor(profile, indicator, year, district); null for a row without target. */
  targetIndex: number | null;
  target: number | null;
  targetKind: "rate" | "count" | null;
  op?: ">=" | ">" | "=";
  /** null when there is no target or nothing to judge a share on (denominator 0). */
  met: boolean | null;
  /** Records still needed to meet the target; null when met is null. */
  gap: number | null;
  /** The target's deadline (ISO date), where the notice gives one. */
  by?: string;
  /** True when the deadline has passed on the as-of date and the target is not met; null without deadline or judgement. */
  overdue: boolean | null;
}
