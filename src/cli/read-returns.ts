import { basename } from "path";
import type { ConsolidatePeriod } from "../core/consolidate/read-submission";
import { readSubmission } from "../core/consolidate/read-submission";
import { unreadableSubmission } from "../core/consolidate/skipped-file";
import type { Submission } from "../core/consolidate/submission";
import { UserError } from "../core/errors";
import type { Grid } from "../core/grid/grid";
import type { Lang } from "../core/i18n/lang";
import { t } from "../core/i18n/translate";
import type { Profile } from "../core/profile/schema";
import { readXlsxFile } from "../xlsx/read-file";
import { localTime } from "./collect-inputs";

/** Opens one workbook into its sheets (the CLI's file reader; a test may count what it hands out). */
export type GridsOf = (path: string) => Promise<Grid[]>;

/**
 * Reads the returned files one after another, each into its Submission before the next is opened:
 * a file's grids are referenced by nothing once its counts, enterprises and findings are taken, so
 * memory holds one file's cells at a time and otherwise only the records kept. A damaged file is a
 * Submission with the error saying why, never a stop.
 */
export async function readReturns(files: readonly { path: string; mtime: Date }[], profile: Profile, period: ConsolidatePeriod, lang: Lang, each: (s: Submission) => void = () => {}, gridsOf: GridsOf = readXlsxFile): Promise<Submission[]> {
  const submissions: Submission[] = [];
  for (const input of files) {
    const s = await readReturn(input, profile, period, lang, gridsOf);
    submissions.push(s);
    each(s);
  }
  return submissions;
}

/** One file into its Submission; nothing of its grids outlives this call (test/cli/read-returns.test.ts counts them). */
async function readReturn(input: { path: string; mtime: Date }, profile: Profile, period: ConsolidatePeriod, lang: Lang, gridsOf: GridsOf): Promise<Submission> {
  const file = basename(input.path);
  const receivedAt = localTime(input.mtime);
  try {
    return readSubmission({ file, receivedAt, grids: await gridsOf(input.path) }, profile, period);
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    return unreadableSubmission(file, receivedAt, t(err.key, err.params, lang));
  }
}
