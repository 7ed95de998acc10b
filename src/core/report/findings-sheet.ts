import { quoteSheetName } from "../grid/address";
import type { Finding } from "../finding/finding";
import type { Lang } from "../i18n/lang";
import { t } from "../i18n/translate";
import { emptySheetSpec, type CellSpec, type SheetSpec, type SpecValue } from "../spec/spec";
import { fitWidth } from "./column-width";
import { rowHeightFor, wrappedLines } from "./sizing";
import { attachmentPrintSetup } from "./print-setup";
import type { ReportData } from "./report-data";
import { HEADER_FILL } from "./sheet-styles";
import { appendAll } from "../collections/append-all";

const HEADER_KEYS = ["location", "sheet", "cell", "severity", "rule", "message", "expected", "found"];
const MESSAGE_COL = 6;
const MESSAGE_WIDTH = 60;
const SEVERITY_KEY = { error: "severity.error", warning: "severity.warning", info: "severity.info" } as const;

/** An expected/actual value as a cell holds it: numbers and text as they are, anything else as JSON. */
function asCell(v: unknown): SpecValue {
  if (v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return JSON.stringify(v);
}

function location(f: Finding, source: ReportData["findingsSource"]): { value: string; link?: string } {
  const address = f.cell ?? (f.row !== undefined ? `A${f.row}` : undefined);
  const file = f.file ?? (source.mode === "external" ? source.file : undefined);
  if (!f.sheet || !address) return { value: f.file !== undefined ? [f.file, f.sheet].filter(Boolean).join(" › ") : (f.sheet ?? "") };
  const text = `${f.sheet}!${f.cell ?? f.row}`;
  // In a separate workbook the source cell is named in text: a link would point at nothing.
  if (file !== undefined) return { value: `${file} › ${text}` };
  return { value: text, link: `#${quoteSheetName(f.sheet)}!${address}` };
}

function findingCells(f: Finding, r: number, data: ReportData, lang: Lang): CellSpec[] {
  const where = location(f, data.findingsSource);
  return [
    { row: r, col: 1, value: where.value, link: where.link },
    { row: r, col: 2, value: f.sheet ?? null },
    { row: r, col: 3, value: f.cell ?? (f.row !== undefined ? String(f.row) : null) },
    { row: r, col: 4, value: t(SEVERITY_KEY[f.severity], {}, lang) },
    { row: r, col: 5, value: f.rule },
    { row: r, col: MESSAGE_COL, value: t(f.rule, f.params, lang) },
    { row: r, col: 7, value: asCell(f.expected) },
    { row: r, col: 8, value: asCell(f.actual) },
  ];
}

/**
 * The findings sheet (校验结果): one row per finding — its location (a link to the cell when the
 * cell is in the same workbook), rule, severity, message, expected and actual — as an Excel table
 * with autofilter, errors shaded red and warnings amber.
 */
export function buildFindingsSheet(data: ReportData): SheetSpec {
  const lang = data.lang ?? "zh-CN";
  const spec = emptySheetSpec(t("sheet.findings.name", {}, lang), { generator: "anbiao", kind: "findings", profile: data.profile.id, key: "findings" });
  appendAll(spec.cells, HEADER_KEYS.map((k, i) => ({ row: 1, col: i + 1, value: t(`col.${k}`, {}, lang) })));
  if (data.findings.length === 0) spec.cells.push({ row: 2, col: MESSAGE_COL, value: t("findings.none", {}, lang) });
  data.findings.forEach((f, i) => appendAll(spec.cells, findingCells(f, i + 2, data, lang)));
  const last = Math.max(2, data.findings.length + 1);
  const width = HEADER_KEYS.length;
  const all = { top: 1, left: 1, bottom: last, right: width };
  spec.tables.push({ name: "anbiao_findings", area: all, autoFilter: true });
  spec.styles.push(
    { area: all, style: { fontName: data.fonts.body, fontSize: 10, vertical: "top", border: "thin" } },
    { area: { top: 1, left: 1, bottom: 1, right: width }, style: { bold: true, horizontal: "center", fill: HEADER_FILL } },
    { area: { top: 2, left: MESSAGE_COL, bottom: last, right: MESSAGE_COL }, style: { wrap: true } },
  );
  const body = { top: 2, left: 1, bottom: last, right: width };
  spec.conditionalFormats.push(
    { area: body, formula: `$D2="${t("severity.error", {}, lang)}"`, style: { fill: "FFC7CE" } },
    { area: body, formula: `$D2="${t("severity.warning", {}, lang)}"`, style: { fill: "FFEB9C" } },
  );
  const texts = (col: number) => spec.cells.filter((c) => c.col === col).map((c) => String(c.value ?? ""));
  spec.columnWidths = HEADER_KEYS.map((_, i) => (i === MESSAGE_COL - 1 ? MESSAGE_WIDTH : fitWidth(texts(i + 1), 8, 36)));
  // Spreadsheets do not grow rows for wrapped text on open, so each row gets the height its message needs.
  for (const c of spec.cells) {
    if (c.col === MESSAGE_COL && c.row > 1) spec.rowHeights[c.row] = rowHeightFor(wrappedLines(String(c.value ?? ""), MESSAGE_WIDTH), 10);
  }
  spec.freeze = { rows: 1, columns: 0 };
  spec.print = attachmentPrintSetup({ first: 1, last: 1 }, lang);
  return spec;
}
