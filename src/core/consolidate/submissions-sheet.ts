import { appendAll } from "../collections";
import type { Lang } from "../i18n/lang";
import { t } from "../i18n/translate";
import type { Profile } from "../profile/schema";
import { fitWidth } from "../report/column-width";
import { attachmentPrintSetup } from "../report/print-setup";
import type { ReportFonts } from "../report/report-data";
import { tableStyles } from "../report/sheet-styles";
import { emptySheetSpec, type SheetSpec } from "../spec/spec";
import type { Consolidation, SubmissionRow, SubmissionStatus } from "./consolidate";
import { submissionCounts } from "./submission-counts";

const HEADER_KEYS = ["district", "file", "receivedAt", "status", "errors", "warnings", "read"];
const HEADER_ROW = 3;
const STATUS_KEY: Record<SubmissionStatus, string> = { received: "submission.received", missing: "submission.missing", duplicate: "submission.duplicate", withErrors: "submission.withErrors", skipped: "submission.skipped" };

/** What was read from the file, or why nothing was: the clerk must see why a file given was not used. */
function readText(r: SubmissionRow, lang: Lang): string {
  if (r.reason) return t(r.reason.key, r.reason.params, lang);
  const parts: string[] = [];
  if (r.tableSheets.length > 0) parts.push(t("consolidate.what.table", { sheets: r.tableSheets.join("、") }, lang));
  if (r.rosterRecords > 0) parts.push(t("consolidate.what.roster", { records: r.rosterRecords }, lang));
  return parts.join("；");
}

/**
 * 报送情况, the sheet a bureau chief reads first: one line per district and file — the file, when it
 * came (its file time), 收到 / 未报 / 重复 / 有错误 / 跳过, its error and warning counts, what was
 * read (or why nothing was: not a workbook, damaged).
 */
export function submissionsSheet(result: Consolidation, profile: Profile, at: string, fonts: ReportFonts, lang: Lang = "zh-CN"): SheetSpec {
  const spec = emptySheetSpec(t("sheet.submissions.name", {}, lang), { generator: "anbiao", kind: "submissions", profile: profile.id, key: "submissions" });
  const width = HEADER_KEYS.length;
  spec.cells.push(
    { row: 1, col: 1, value: t("sheet.submissions.title", { title: profile.title, label: profile.districts.label }, lang) },
    { row: 2, col: 1, value: t("sheet.submissions.subtitle", { at, ...submissionCounts(result) }, lang) },
  );
  HEADER_KEYS.forEach((k, i) => spec.cells.push({ row: HEADER_ROW, col: i + 1, value: t(k === "district" ? "col.district" : `col.${k}`, {}, lang) }));
  result.rows.forEach((r, i) => {
    const row = HEADER_ROW + 1 + i;
    spec.cells.push(
      { row, col: 1, value: r.district ?? "?" },
      { row, col: 2, value: r.file },
      { row, col: 3, value: r.receivedAt },
      { row, col: 4, value: t(STATUS_KEY[r.status], {}, lang) },
      { row, col: 5, value: r.status === "missing" || r.status === "skipped" ? null : r.errors },
      { row, col: 6, value: r.status === "missing" || r.status === "skipped" ? null : r.warnings },
      { row, col: 7, value: readText(r, lang) },
    );
  });
  const last = HEADER_ROW + Math.max(1, result.rows.length);
  spec.merges.push({ top: 1, left: 1, bottom: 1, right: width }, { top: 2, left: 1, bottom: 2, right: width });
  appendAll(spec.styles, tableStyles(fonts, { top: 1, left: 1, bottom: 1, right: width }, { top: HEADER_ROW, left: 1, bottom: HEADER_ROW, right: width }, { top: HEADER_ROW + 1, left: 1, bottom: last, right: width }));
  const body = { top: HEADER_ROW + 1, left: 1, bottom: last, right: width };
  const status = (key: string) => `$D${HEADER_ROW + 1}="${t(key, {}, lang)}"`;
  spec.conditionalFormats.push(
    { area: body, formula: status("submission.missing"), style: { fill: "FFC7CE" } },
    { area: body, formula: status("submission.withErrors"), style: { fill: "FFC7CE" } },
    { area: body, formula: status("submission.duplicate"), style: { fill: "FFEB9C" } },
    { area: body, formula: status("submission.skipped"), style: { fill: "EDEDED" } },
  );
  const texts = (col: number) => spec.cells.filter((c) => c.col === col && c.row >= HEADER_ROW).map((c) => String(c.value ?? ""));
  spec.columnWidths = HEADER_KEYS.map((_, i) => fitWidth(texts(i + 1), 8, 48));
  spec.freeze = { rows: HEADER_ROW, columns: 1 };
  spec.print = attachmentPrintSetup({ first: HEADER_ROW, last: HEADER_ROW }, lang);
  return spec;
}
