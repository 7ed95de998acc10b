import type ExcelJS from "exceljs";
import type { CellValue } from "../core/grid/grid";

/** What one ExcelJS cell contributes to a Grid: its value and, when it has one, its formula. */
export interface ReadCell {
  value: CellValue;
  formula: string | null;
}

function richText(v: { richText: { text: string }[] }): string {
  return v.richText.map((r) => r.text).join("");
}

/** Converts an ExcelJS cell value (rich text, formula, hyperlink, error…) into a Grid cell. */
export function readCellValue(raw: ExcelJS.CellValue): ReadCell {
  if (raw === null || raw === undefined) return { value: null, formula: null };
  if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") return { value: raw, formula: null };
  if (raw instanceof Date) return { value: raw, formula: null };
  const o = raw as unknown as Record<string, unknown>;
  if ("richText" in o && Array.isArray(o.richText)) return { value: richText(o as { richText: { text: string }[] }), formula: null };
  if ("formula" in o || "sharedFormula" in o) {
    const formula = (o.formula ?? o.sharedFormula ?? null) as string | null;
    return { value: readCellValue((o.result ?? null) as ExcelJS.CellValue).value, formula };
  }
  if ("error" in o) return { value: String(o.error), formula: null };
  if ("text" in o) {
    const text = o.text;
    if (typeof text === "string") return { value: text, formula: null };
    if (text && typeof text === "object" && "richText" in text) return { value: richText(text as { richText: { text: string }[] }), formula: null };
  }
  return { value: String(raw), formula: null };
}
