import type { Consolidation } from "./consolidate";

/** The figures a bureau chief reads first: districts received, missing, with errors; files superseded or skipped. */
export interface SubmissionCounts {
  /** Districts with at least one file read (a file whose district is unknown is not one). */
  received: number;
  missing: number;
  /** Files superseded by a later return of the same district. */
  duplicates: number;
  /** Districts with an error, and files of no known district with one (an unreadable file). */
  withErrors: number;
  /** Files given that are no .xlsx workbook. */
  skipped: number;
}

/** The counts of 报送情况, the CLI's last line and the pane's notice: one definition for all three. */
export function submissionCounts(result: Consolidation): SubmissionCounts {
  const rows = result.rows;
  const districts = (keep: (status: string) => boolean) => new Set(rows.filter((r) => keep(r.status)).map((r) => r.district ?? `file:${r.file}`));
  return {
    received: new Set(rows.filter((r) => r.district !== null && r.status !== "missing" && r.status !== "skipped").map((r) => r.district)).size,
    missing: result.missing.length,
    duplicates: rows.filter((r) => r.status === "duplicate").length,
    withErrors: districts((s) => s === "withErrors").size,
    skipped: rows.filter((r) => r.status === "skipped").length,
  };
}
