import { checkWorkbook, type WorkbookCheck } from "../../core/campaign/check-workbook";
import { recheckRows, type RowEdit } from "../../core/campaign/recheck-rows";
import type { Grid } from "../../core/grid/grid";
import type { Campaign } from "./campaign";

/** One check of the workbook: the grids it ran on (kept for live re-checks and rate fixes), the options and the outcome. */
export interface CheckRun {
  grids: Grid[];
  campaign: Campaign;
  overrides: Record<string, string>;
  result: WorkbookCheck;
  /** Milliseconds the engine took (reading excluded). */
  ms: number;
}

/** Runs the engine over the grids with the clerk's campaign and column overrides (the pane's --map). */
export function runCheck(grids: Grid[], campaign: Campaign, overrides: Record<string, string>): CheckRun {
  const started = performance.now();
  const result = checkWorkbook(grids, campaign.profile, { asOf: campaign.asOf, year: campaign.year, overrides });
  return { grids, campaign, overrides, result, ms: performance.now() - started };
}

/** The same run with one sheet's grid replaced (a live re-check after an edit). */
export function recheckSheet(run: CheckRun, grid: Grid): CheckRun {
  const grids = run.grids.map((g) => (g.name === grid.name ? grid : g));
  return runCheck(grids, run.campaign, run.overrides);
}

/**
 * The same run with one sheet's grid patched at some rows (a live re-check of an edit), checking
 * only those rows again (recheckRows); null when the edit reaches further and the sheet must be
 * read and checked whole.
 */
export function recheckEdit(run: CheckRun, grid: Grid, edit: RowEdit): CheckRun | null {
  const started = performance.now();
  const grids = run.grids.map((g) => (g.name === grid.name ? grid : g));
  const { campaign, overrides } = run;
  const result = recheckRows(run.result, grids, edit, campaign.profile, { asOf: campaign.asOf, year: campaign.year, overrides });
  return result && { grids, campaign, overrides, result, ms: performance.now() - started };
}

/** Enterprises read across every roster sheet. */
export function recordCount(run: CheckRun): number {
  return run.result.rosters.read.rosters.reduce((n, r) => n + r.records.length, 0);
}
