import type { Area } from "../grid/grid";
import type { Lang } from "../i18n/lang";
import { t } from "../i18n/translate";
import type { SheetSpec } from "../spec/spec";
import { appendAll } from "../collections/append-all";
import { fitWidth } from "./column-width";
import { attachmentPrintSetup } from "./print-setup";
import type { ReportData } from "./report-data";
import { tableStyles } from "./sheet-styles";
import { rowHeightFor, wrappedLines } from "./sizing";

/** The header row of the compliance and indicator sheets: title and subtitle above it. */
export const FRAME_HEADER_ROW = 3;
/** The widest a name column (类别, 专项指标) gets: longer names wrap onto more lines instead of being cut. */
const NAME_MAX = 40;
const BODY_FONT = 11;

/** The compliance subtitle: the as-of day and, when the notice has one, its document number. */
function subtitle(data: ReportData, lang: Lang): string {
  const document = data.profile.documentNumber;
  return document ? t("sheet.compliance.subtitle", { asOf: data.asOf, document }, lang) : t("sheet.compliance.subtitleNoDocument", { asOf: data.asOf }, lang);
}

/**
 * Frames a one-table sheet whose header is on row 3 and body below it, `width` columns wide: title
 * and subtitle merged over the table, borders and header fill, column widths from their texts,
 * the name column (B) wrapping with rows tall enough for its lines, frozen under the header, and
 * printed A4 landscape one page wide with the header row repeated on every page.
 */
export function frameTable(spec: SheetSpec, data: ReportData, title: string, width: number, lastRow: number): Area {
  const lang = data.lang ?? "zh-CN";
  const header = FRAME_HEADER_ROW;
  appendAll(spec.cells, [{ row: 1, col: 1, value: title }, { row: 2, col: 1, value: subtitle(data, lang) }]);
  spec.merges.push({ top: 1, left: 1, bottom: 1, right: width }, { top: 2, left: 1, bottom: 2, right: width });
  const body: Area = { top: header + 1, left: 1, bottom: Math.max(lastRow, header), right: width };
  appendAll(spec.styles, [
    ...tableStyles(data.fonts, { top: 1, left: 1, bottom: 1, right: width }, { top: header, left: 1, bottom: header, right: width }, body),
    { area: { top: 2, left: 1, bottom: 2, right: width }, style: { fontName: data.fonts.body, fontSize: 10, horizontal: "left" } },
    { area: { ...body, left: 2, right: 2 }, style: { wrap: true } },
  ]);
  const texts = (col: number) => spec.cells.filter((c) => c.col === col && c.row >= header && typeof c.value === "string").map((c) => String(c.value));
  spec.columnWidths = Array.from({ length: width }, (_, i) => fitWidth(texts(i + 1), 8, i === 1 ? NAME_MAX : 30));
  spec.rowHeights = { 1: 28 };
  const nameWidth = spec.columnWidths[1] ?? NAME_MAX;
  for (const c of spec.cells) {
    if (c.col !== 2 || c.row <= header || typeof c.value !== "string") continue;
    const lines = wrappedLines(c.value, nameWidth);
    // Excel does not grow a row for wrapped text on open: a long name gets the height of its lines.
    if (lines > 1) spec.rowHeights[c.row] = rowHeightFor(lines, BODY_FONT);
  }
  spec.freeze = { rows: header, columns: 2 };
  spec.print = attachmentPrintSetup({ first: header, last: header }, lang);
  return body;
}
