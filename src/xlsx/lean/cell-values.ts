import type { CellValue } from "../../core/grid/grid";
import type { CellStyles } from "./cell-styles";
import { decodeXmlText } from "./xml-text";

/** What a sheet's cells refer to: shared strings, styles and the date system. */
export interface SheetContext {
  sharedStrings: string[];
  styles: CellStyles;
  date1904: boolean;
}

/** A cell's t attribute: number (absent or "n"), s, str, inlineStr, b, e, d. */
export enum CellType { Number, Shared, Str, Inline, Bool, Error, IsoDate }

/** The CellType of the t attribute value b[from, to) (bytes of the sheet XML). */
export function cellType(b: Uint8Array, from: number, to: number): CellType {
  const c = b[from];
  if (c === 115) return to - from === 1 ? CellType.Shared : CellType.Str; // s, str
  if (c === 105) return CellType.Inline; // inlineStr
  if (c === 98) return CellType.Bool;
  if (c === 101) return CellType.Error;
  if (c === 100) return CellType.IsoDate;
  return CellType.Number;
}

/** Serial day number → Date, exactly as ExcelJS's utils.excelToDate (so both readers agree). */
export function excelToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** A number, or a Date when the cell's style shows dates (numeric cells and numeric formula results). */
function numberValue(n: number, style: number, ctx: SheetContext): CellValue {
  return ctx.styles.isDate[style] === true ? excelToDate(n, ctx.date1904) : n;
}

/** A number as OOXML writes one in <v>: decimal digits, an optional fraction and exponent, nothing else. */
const NUMBER_TEXT = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

/**
 * The value of a cell whose <v> text is `v` (non-empty), or undefined when that text cannot be a
 * value of the cell's type (damage: "12x4" must not be read as 12). Shared strings and inline
 * strings are looked up by the scanner, which checks the index.
 */
export function cellValue(type: CellType, v: string, style: number, ctx: SheetContext): CellValue | undefined {
  switch (type) {
    case CellType.Shared:
    case CellType.Inline: return undefined;
    case CellType.Str:
    case CellType.Error: return decodeXmlText(v);
    case CellType.Bool: return v === "1" || v === "true" ? true : v === "0" || v === "false" ? false : undefined;
    case CellType.IsoDate: {
      const d = new Date(v);
      return Number.isNaN(d.getTime()) ? v : d;
    }
    default: {
      if (!NUMBER_TEXT.test(v)) return undefined;
      const n = Number(v);
      return Number.isFinite(n) ? numberValue(n, style, ctx) : undefined;
    }
  }
}

/** The same for a <v> that is a plain non-negative integer `n` (not a shared-string index): counts, date serials. */
export function wholeCellValue(type: CellType, n: number, style: number, ctx: SheetContext): CellValue | undefined {
  switch (type) {
    case CellType.Bool: return n === 0 ? false : n === 1 ? true : undefined;
    case CellType.Shared:
    case CellType.Str:
    case CellType.Error:
    case CellType.Inline:
    case CellType.IsoDate: return cellValue(type, String(n), style, ctx);
    default: return numberValue(n, style, ctx);
  }
}
