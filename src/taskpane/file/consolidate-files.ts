import { citySheets } from "../../core/consolidate/city-sheets";
import { consolidate } from "../../core/consolidate/consolidate";
import { readSubmission } from "../../core/consolidate/read-submission";
import { skipReason, unreadableSubmission, type SkippedFile } from "../../core/consolidate/skipped-file";
import type { Submission } from "../../core/consolidate/submission";
import { submissionCounts } from "../../core/consolidate/submission-counts";
import { UserError } from "../../core/errors";
import type { Lang } from "../../core/i18n/lang";
import { t } from "../../core/i18n/translate";
import { districtUnits } from "../../core/profile/districts";
import type { Profile } from "../../core/profile/schema";
import type { SheetSpec } from "../../core/spec/spec";
import type { OpenedFile } from "./file-workbook";
import type { GridReader } from "./grid-reader";

/** The city summary of the returned files, and what the notice says of them. */
export interface CityResult {
  specs: SheetSpec[];
  received: number;
  missing: number;
  withErrors: number;
}

/** "2022-10-01 09:30:00" in local time: how 报送情况 shows when a file came in (the CLI's form). */
export function localTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}


/**
 * 「汇总各地报表」 over files the clerk picked: each read once (in the worker) and kept only as its
 * counts, enterprises and findings, as `anbiao consolidate` does; an unreadable file is a finding
 * of its own, not a stop, and a file not named .xlsx is listed as skipped, as the CLI lists it.
 * The received time is the file's modification time, as the CLI takes it.
 */
export async function consolidateFiles(files: readonly OpenedFile[], profile: Profile, period: { asOf: string; year: number }, reader: GridReader, signal: AbortSignal, lang: Lang): Promise<CityResult> {
  const submissions: Submission[] = [];
  const skipped: SkippedFile[] = [];
  for (const f of files) {
    const receivedAt = localTime(new Date(f.modified ?? Date.now()));
    const reason = skipReason(f.name);
    if (reason) {
      skipped.push({ file: f.name, receivedAt, reason: { key: reason } });
      continue;
    }
    try {
      submissions.push(readSubmission({ file: f.name, receivedAt, grids: await reader(f.bytes, f.name, signal) }, profile, period));
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      submissions.push(unreadableSubmission(f.name, receivedAt, t(err.key, err.params, lang)));
    }
  }
  const result = consolidate(submissions, profile, period, districtUnits(profile).map((u) => u.name), skipped);
  const { received, missing, withErrors } = submissionCounts(result);
  return { specs: citySheets(result, profile, period, localTime(new Date()), lang), received, missing, withErrors };
}
