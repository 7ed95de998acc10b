import type { MessageParams } from "../i18n/lang";
import type { Submission } from "./submission";

/** A file given to a consolidation and not read: a catalog key with its parameters says why. */
export interface SkippedFile {
  file: string;
  /** The file's modification time, as for a return; null when it is not known. */
  receivedAt: string | null;
  reason: { key: string; params?: MessageParams };
}

/**
 * A file that ends .xlsx but cannot be opened (damaged, not a zip, encrypted): it is still a file
 * the city received, so it stays in 报送情况 as a return with one error saying why, and the run goes on.
 */
export function unreadableSubmission(file: string, receivedAt: string, detail: string): Submission {
  return {
    file, receivedAt, district: null, via: "none", tableSheets: [], stated: [], rosterRecords: 0, rosterRows: [], enterprises: [],
    findings: [{ rule: "consolidate/unreadable", severity: "error", file, params: { file, detail } }],
  };
}

// Spreadsheets a district may send in another format: saved again as .xlsx they can be read.
const OTHER_SPREADSHEET = /\.(xls|xlsm|xlsb|xltx|xltm|et|ett|ods|csv)$/i;

/**
 * Why a file given for consolidation is not read as a return, as a catalog key, or null when it is
 * one: not named .xlsx (another spreadsheet format gets the sentence saying how to convert it), or
 * an Excel lock file (~$…) left beside an open workbook.
 */
export function skipReason(name: string): string | null {
  const base = name.split(/[\\/]/).pop() ?? name;
  if (/^~\$/.test(base)) return "consolidate.skip.lockFile";
  if (/\.xlsx$/i.test(base)) return null;
  return OTHER_SPREADSHEET.test(base) ? "consolidate.skip.otherSpreadsheet" : "consolidate.skip.notXlsx";
}
