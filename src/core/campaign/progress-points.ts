import type { ProgressPoint } from "../metrics/progress";
import { progressOf } from "../metrics/progress";
import type { Profile } from "../profile/schema";
import type { IsoDate } from "../roster/record";
import type { RosterAnalysis } from "./analyze-rosters";
import { metricsInputOf } from "./metrics-input";

/**
 * The city's progress over `years` for a summary's 图表 sheet (summarize --progress, the pane's
 * 历年进度): the records read, classified again as of each year's end.
 */
export function progressPoints(analysis: RosterAnalysis, profile: Profile, period: { asOf: IsoDate; year: number }, years: readonly number[]): ProgressPoint[] {
  return progressOf(metricsInputOf(profile, analysis.read.rosters.flatMap((r) => r.records), period), profile, years, period.asOf);
}
