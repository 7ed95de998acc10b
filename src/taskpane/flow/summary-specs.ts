import { DEFAULT_FONTS } from "../../core/report/report-data";
import { buildSummarySheets } from "../../core/report/summary-sheets";
import type { SheetSpec } from "../../core/spec/spec";
import type { Lang } from "../../core/i18n/lang";
import { UserError } from "../../core/errors";
import { progressPoints } from "../../core/campaign/progress-points";
import type { CheckRun } from "./run-check";
import { skippedReasons } from "./sheet-reports";

/**
 * The summary sheets of a check, as the CLI's summarize builds them (图表 included: Excel draws it through
 * its charts API, the downloads as chart parts): internal links when the sheets
 * go into the same workbook (Excel, or a copy), the source file named when they go into a new one;
 * given two or more `progressYears` (历年进度), 图表 also charts the city's progress over them.
 */
export function summarySpecs(run: CheckRun, source: { mode: "internal" } | { mode: "external"; file: string }, lang: Lang, label: string, progressYears: readonly number[] = []): SheetSpec[] {
  const { profile, year, asOf } = run.campaign;
  const analysis = run.result.rosters;
  if (analysis.read.rosters.length === 0) {
    throw new UserError("summarize.noRoster", { file: label, reasons: skippedReasons(run, lang) });
  }
  return buildSummarySheets({
    profile,
    year,
    asOf,
    metrics: analysis.metrics,
    indicators: analysis.indicators,
    sectorRows: analysis.sectorRows,
    findings: analysis.findings,
    findingsSource: source,
    fonts: DEFAULT_FONTS,
    lang,
    ...(progressYears.length >= 2 ? { progress: progressPoints(analysis, profile, { asOf, year }, progressYears) } : {}),
  }, { charts: true });
}
