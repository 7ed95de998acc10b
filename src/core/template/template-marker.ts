import { quoteSheetName } from "../grid/address";
import { valueAt, type Grid } from "../grid/grid";
import { cellText } from "../normalize/text";
import { emptySheetSpec, type SheetSpec } from "../spec/spec";

/** A1 of the hidden marker sheet: how consolidation knows its own templates, whatever the file or sheet is called. */
export const TEMPLATE_MAGIC = "anbiao-template";
/** Version of the template layout; a later layout change bumps it so old returns can still be told apart. */
export const TEMPLATE_VERSION = 1;
/** Name of the hidden marker sheet. */
export const MARKER_SHEET = "_anbiao";

/** What a template says about itself: campaign, district, year, layout version and its sheets by role. */
export interface TemplateMarker {
  profile: string;
  district: string;
  year: number;
  version: number;
  /** Sheet names by role, as the workbook now calls them (the marker's references follow renames). */
  sheets: { role: "instructions" | "table" | "roster"; name: string; a1?: string }[];
}

/** Ranges of the dropdown lists, kept on the marker sheet (a list longer than 255 characters cannot be inline). */
export interface ListRanges {
  districts: string;
  categories: string;
  grades: string;
  statuses: string;
  scales: string;
  yesNo: string;
}

/** The lists a roster template's dropdowns offer. */
export interface TemplateLists {
  districts: string[];
  categories: string[];
  grades: string[];
  statuses: string[];
  scales: string[];
  yesNo: string[];
}

const LIST_ORDER: (keyof TemplateLists)[] = ["districts", "categories", "grades", "statuses", "scales", "yesNo"];
const FIRST_ROLE_ROW = 6;
const LIST_COL = 5;

/** Where each list sits on the marker sheet (one column per list from column E, from row 2). */
export function listRanges(lists: TemplateLists): ListRanges {
  const out = {} as ListRanges;
  LIST_ORDER.forEach((key, i) => {
    const col = String.fromCharCode(64 + LIST_COL + i);
    out[key] = `${quoteSheetName(MARKER_SHEET)}!$${col}$2:$${col}$${1 + Math.max(1, lists[key].length)}`;
  });
  return out;
}

/**
 * The hidden marker sheet: magic, profile, district, year and version in A1:B5; from row 6 each
 * sheet's role, a formula pointing at its A1 (spreadsheets rewrite such references when a sheet
 * is renamed) and its name at generation; the dropdown lists from column E.
 */
export function markerSheet(marker: TemplateMarker, lists: TemplateLists): SheetSpec {
  const spec = emptySheetSpec(MARKER_SHEET, { generator: "anbiao", kind: "template", profile: marker.profile, key: "template-marker" });
  spec.cells.push(
    { row: 1, col: 1, value: TEMPLATE_MAGIC },
    { row: 2, col: 1, value: "profile" }, { row: 2, col: 2, value: marker.profile },
    { row: 3, col: 1, value: "district" }, { row: 3, col: 2, value: marker.district },
    { row: 4, col: 1, value: "year" }, { row: 4, col: 2, value: marker.year },
    { row: 5, col: 1, value: "version" }, { row: 5, col: 2, value: marker.version },
  );
  marker.sheets.forEach((s, i) => {
    spec.cells.push({ row: FIRST_ROLE_ROW + i, col: 1, value: s.role }, { row: FIRST_ROLE_ROW + i, col: 2, formula: `${quoteSheetName(s.name)}!A1`, result: s.a1 ?? null }, { row: FIRST_ROLE_ROW + i, col: 3, value: s.name });
  });
  LIST_ORDER.forEach((key, i) => {
    spec.cells.push({ row: 1, col: LIST_COL + i, value: key });
    lists[key].forEach((v, r) => spec.cells.push({ row: 2 + r, col: LIST_COL + i, value: v }));
  });
  spec.hidden = true;
  return spec;
}

/** The sheet a reference formula ("'附件1'!A1") points at. */
function sheetOfFormula(formula: string | null): string | null {
  if (!formula) return null;
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?A\$?1$/.exec(formula.trim().replace(/^=/, ""));
  if (!m) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}

function formulaAt(grid: Grid, row: number, col: number): string | null {
  return grid.formulas?.[row - grid.origin.row]?.[col - grid.origin.col] ?? null;
}

/** The template marker in a workbook's sheets, found by its A1 (whatever the sheet is called); null when none. */
export function readTemplateMarker(grids: readonly Grid[]): TemplateMarker | null {
  const grid = grids.find((g) => cellText(valueAt(g, 1, 1)) === TEMPLATE_MAGIC);
  if (!grid) return null;
  const text = (row: number) => cellText(valueAt(grid, row, 2));
  const year = Number(text(4));
  const profile = text(2);
  const district = text(3);
  if (!profile || !district || !Number.isInteger(year)) return null;
  const sheets: TemplateMarker["sheets"] = [];
  const names = new Set(grids.map((g) => g.name));
  for (let row = FIRST_ROLE_ROW; ; row++) {
    const role = cellText(valueAt(grid, row, 1));
    if (role !== "instructions" && role !== "table" && role !== "roster") break;
    // The formula follows a renamed sheet; the name written at generation is the fallback of readers without formulas.
    const name = sheetOfFormula(formulaAt(grid, row, 2)) ?? cellText(valueAt(grid, row, 3));
    if (name && names.has(name)) sheets.push({ role, name });
  }
  return { profile, district, year, version: Number(text(5)) || 0, sheets };
}
