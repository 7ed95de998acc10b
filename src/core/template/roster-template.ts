import { cellAddress, columnLetter } from "../grid/address";
import { t } from "../i18n/translate";
import { attachmentPrintSetup } from "../report/print-setup";
import { HEADER_FILL } from "../report/sheet-styles";
import { FIELD_SYNONYMS } from "../roster/fields";
import type { FieldId } from "../roster/record";
import { emptySheetSpec, type DataValidationSpec, type SheetSpec } from "../spec/spec";
import type { ListRanges } from "./template-marker";
import { usccCheckFormula } from "./uscc-check-formula";

/** Rows of the roster template that carry the check formula and the formats; filling down extends them. */
export const ROSTER_ROWS = 500;
/** Rows the dropdowns cover: a validation is one range, so it can reach further than the formulas at no cost. */
export const VALIDATED_ROWS = 5000;

/** The roster template's columns: canonical fields in report order, each with its width and format. */
export const ROSTER_COLUMNS: readonly { field: FieldId; width: number; format?: string; list?: keyof ListRanges }[] = [
  { field: "name", width: 36 },
  { field: "uscc", width: 22, format: "@" },
  { field: "district", width: 12, list: "districts" },
  { field: "sector", width: 14 },
  { field: "scale", width: 8, list: "scales" },
  { field: "category", width: 24, list: "categories" },
  { field: "grade", width: 10, list: "grades" },
  { field: "status", width: 10, list: "statuses" },
  { field: "certificateNumber", width: 20, format: "@" },
  { field: "issueDate", width: 12, format: "yyyy-mm-dd" },
  { field: "expiryDate", width: 12, format: "yyyy-mm-dd" },
  { field: "applying", width: 10, list: "yesNo" },
  { field: "remark", width: 20 },
];

/** The header a roster template gives a field: its canonical header, so any roster reader maps it. */
export function rosterHeader(field: FieldId): string {
  return FIELD_SYNONYMS[field][0];
}

/**
 * 台账模板: the canonical roster columns with dropdowns (district, scale, category, grade, status,
 * applying) from the marker sheet's lists, text format on codes, date format on dates, and a check
 * column that shows whether each USCC's check character is right as it is typed (wrong ones red).
 */
export function rosterTemplateSheet(name: string, lists: ListRanges, fonts: { body: string }): SheetSpec {
  const spec = emptySheetSpec(name, { generator: "anbiao", kind: "template", key: "template-roster" });
  const last = ROSTER_ROWS + 1;
  const checkCol = ROSTER_COLUMNS.length + 1;
  const usccCol = ROSTER_COLUMNS.findIndex((c) => c.field === "uscc") + 1;
  ROSTER_COLUMNS.forEach((c, i) => spec.cells.push({ row: 1, col: i + 1, value: rosterHeader(c.field) }));
  spec.cells.push({ row: 1, col: checkCol, value: t("template.roster.check") });
  for (let r = 2; r <= last; r++) spec.cells.push({ row: r, col: checkCol, formula: usccCheckFormula(cellAddress(r, usccCol)), result: "" });
  spec.styles.push({ area: { top: 1, left: 1, bottom: 1, right: checkCol }, style: { fontName: fonts.body, bold: true, horizontal: "center", fill: HEADER_FILL, border: "thin", wrap: true } });
  const validations: DataValidationSpec[] = [];
  ROSTER_COLUMNS.forEach((c, i) => {
    const area = { top: 2, left: i + 1, bottom: last, right: i + 1 };
    if (c.format) spec.styles.push({ area, style: { numberFormat: c.format } });
    if (c.list) validations.push({ area: { ...area, bottom: VALIDATED_ROWS + 1 }, type: "list", formulae: [lists[c.list]], allowBlank: true, error: { title: t("template.error.title"), text: t("template.error.list") } });
    spec.columnWidths[i] = c.width;
  });
  spec.columnWidths[checkCol - 1] = 16;
  spec.validations = validations;
  const letter = columnLetter(checkCol);
  spec.conditionalFormats.push(
    { area: { top: 2, left: usccCol, bottom: last, right: usccCol }, formula: `AND($${letter}2<>"",$${letter}2<>"${t("template.roster.ok")}")`, style: { fill: "FFC7CE", fontColor: "9C0006" } },
    { area: { top: 2, left: checkCol, bottom: last, right: checkCol }, formula: `AND($${letter}2<>"",$${letter}2<>"${t("template.roster.ok")}")`, style: { fontColor: "9C0006" } },
  );
  // Not protected: a roster grows past any prepared rows, gets sorted and pasted into; the tables are what must not break.
  spec.freeze = { rows: 1, columns: 1 };
  spec.print = attachmentPrintSetup({ first: 1, last: 1 });
  return spec;
}
