import type { RosterAnalysis } from "../core/campaign/analyze-rosters";
import { UserError } from "../core/errors";
import { t } from "../core/i18n/translate";
import type { Lang } from "../core/i18n/lang";

/** Refuses a file in which no sheet was read as a roster, naming each sheet and why it was skipped. */
export function requireRoster(analysis: RosterAnalysis, file: string, lang: Lang): void {
  if (analysis.read.rosters.length > 0) return;
  const reasons = analysis.read.skippedSheets.map((s) => `「${s.sheet}」${t(s.reason, s.params, lang)}`).join("；");
  throw new UserError("summarize.noRoster", { file, reasons });
}
