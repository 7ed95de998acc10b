import { isMarkerName } from "../../core/spec/marker";
import type { ExistingSheet } from "../../core/spec/place-sheets";
import type { WorkbookName, WorkbookPart } from "./read-workbook-part";

/** The sheet a defined name's formula points at ("'附件1'!$A$1" → "附件1"). */
export function sheetOfFormula(formula: string): string {
  const bang = formula.lastIndexOf("!");
  const sheet = bang < 0 ? formula : formula.slice(0, bang);
  return sheet.replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
}

/** The workbook-level marker names, each with the sheet it points at. */
export function markerNames(wb: WorkbookPart): (WorkbookName & { sheet: string })[] {
  return wb.names
    .filter((n) => n.localSheetId === undefined && isMarkerName(n.name))
    .map((n) => ({ ...n, sheet: sheetOfFormula(n.formula) }));
}

/** The workbook's sheets, each with the marker name that points at it when the add-in made it. */
export function existingSheets(wb: WorkbookPart): ExistingSheet[] {
  const markers = new Map(markerNames(wb).map((m) => [m.sheet.toLowerCase(), m.name]));
  return wb.sheets.map((s) => ({ name: s.name, marker: markers.get(s.name.toLowerCase()) }));
}
