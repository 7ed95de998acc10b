import type ExcelJS from "exceljs";
import type { BorderStyle, CellStyle } from "../core/spec/spec";

const argb = (rgb: string) => `FF${rgb.replace(/^#/, "").toUpperCase()}`;

function border(style: BorderStyle): Partial<ExcelJS.Borders> {
  if (style === "none") return {};
  const edge: Partial<ExcelJS.Border> = { style, color: { argb: "FF000000" } };
  return { top: edge, left: edge, bottom: edge, right: edge };
}

/** Applies a spec style to one ExcelJS cell, merging over what the cell already has. */
export function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.fontName || style.fontSize || style.bold !== undefined || style.fontColor) {
    const font: Partial<ExcelJS.Font> = { ...cell.font };
    if (style.fontName) font.name = style.fontName;
    if (style.fontSize) font.size = style.fontSize;
    if (style.bold !== undefined) font.bold = style.bold;
    if (style.fontColor) font.color = { argb: argb(style.fontColor) };
    cell.font = font;
  }
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.border) cell.border = border(style.border);
  if (style.horizontal || style.vertical || style.wrap !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = { ...cell.alignment };
    if (style.horizontal) alignment.horizontal = style.horizontal;
    if (style.vertical) alignment.vertical = style.vertical;
    if (style.wrap !== undefined) alignment.wrapText = style.wrap;
    cell.alignment = alignment;
  }
  if (style.numberFormat) cell.numFmt = style.numberFormat;
}

/** The ExcelJS conditional-format style for a spec style (differential: font colour, fill, bold). */
export function conditionalStyle(style: Pick<CellStyle, "fontColor" | "fill" | "bold">): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.fontColor || style.bold !== undefined) {
    out.font = { ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}), ...(style.bold !== undefined ? { bold: style.bold } : {}) };
  }
  if (style.fill) out.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(style.fill) } };
  return out;
}
