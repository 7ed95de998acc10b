import type ExcelJS from "exceljs";
import type { BorderStyle, CellStyle } from "../core/spec/spec";

const argb = (rgb: string) => `FF${rgb.replace(/^#/, "").toUpperCase()}`;

function border(style: BorderStyle): Partial<ExcelJS.Borders> {
  if (style === "none") return {};
  const edge: Partial<ExcelJS.Border> = { style, color: { argb: "FF000000" } };
  return { top: edge, left: edge, bottom: edge, right: edge };
}

/** A spec style laid over an ExcelJS style: a new object (the base is shared between cells and never changed). */
export function layerStyle(base: Readonly<Partial<ExcelJS.Style>>, style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = { ...base };
  if (style.fontName || style.fontSize || style.bold !== undefined || style.fontColor) {
    const font: Partial<ExcelJS.Font> = { ...base.font };
    if (style.fontName) font.name = style.fontName;
    if (style.fontSize) font.size = style.fontSize;
    if (style.bold !== undefined) font.bold = style.bold;
    if (style.fontColor) font.color = { argb: argb(style.fontColor) };
    out.font = font;
  }
  if (style.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.border) out.border = border(style.border);
  if (style.horizontal || style.vertical || style.wrap !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = { ...base.alignment };
    if (style.horizontal) alignment.horizontal = style.horizontal;
    if (style.vertical) alignment.vertical = style.vertical;
    if (style.wrap !== undefined) alignment.wrapText = style.wrap;
    out.alignment = alignment;
  }
  if (style.numberFormat) out.numFmt = style.numberFormat;
  return out;
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
