import { citySheets } from "../../core/consolidate/city-sheets";
import { consolidate, type Consolidation } from "../../core/consolidate/consolidate";
import { readSubmission } from "../../core/consolidate/read-submission";
import type { Submission } from "../../core/consolidate/submission";
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

function unreadable(file: string, receivedAt: string, detail: string): Submission {
  return {
    file, receivedAt, district: null, via: "none", tableSheets: [], stated: [], rosterRecords: 0, rosterRows: [], enterprises: [],
    findings: [{ rule: "consolidate/unreadable", severity: "error", file, params: { file, detail } }],
  };
}

function counts(result: Consolidation): Omit<CityResult, "specs"> {
  const districts = new Set(result.rows.map((r) => r.district));
  const withErrors = new Set(result.rows.filter((r) => r.status === "withErrors").map((r) => r.district)).size;
  return { received: districts.size - result.missing.length, missing: result.missing.length, withErrors };
}

/**
 * 「汇总各地报表」 over files the clerk picked: each read once (in the worker) and kept only as its
 * counts, enterprises and findings, as `anbiao consolidate` does; an unreadable file is a finding
 * of its own, not a stop. The received time is the file's modification time, as the CLI takes it.
 */
export async function consolidateFiles(files: readonly OpenedFile[], profile: Profile, period: { asOf: string; year: number }, reader: GridReader, signal: AbortSignal, lang: Lang): Promise<CityResult> {
  const submissions: Submission[] = [];
  for (const f of files) {
    const receivedAt = localTime(new Date(f.modified ?? Date.now()));
    try {
      submissions.push(readSubmission({ file: f.name, receivedAt, grids: await reader(f.bytes, f.name, signal) }, profile, period));
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      submissions.push(unreadable(f.name, receivedAt, t(err.key, err.params, lang)));
    }
  }
  const result = consolidate(submissions, profile, period, districtUnits(profile).map((u) => u.name));
  return { specs: citySheets(result, profile, period, localTime(new Date()), lang), ...counts(result) };
}
