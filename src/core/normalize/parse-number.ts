import type { CellValue } from "../grid/grid";
import { isNotApplicable } from "./not-applicable";
import { EMPTY, INVALID, NOT_APPLICABLE, parsedValue, type Parsed } from "./parsed";
import { toHalfWidth } from "./text";

const NUMBER_TEXT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;

/** Reads a number: numbers as stored, text numbers, full-width digits, thousands commas ("1,234"). */
export function parseNumber(v: CellValue): Parsed<number> {
  if (v === null) return EMPTY;
  if (typeof v === "number") return Number.isFinite(v) ? parsedValue(v) : INVALID;
  if (typeof v !== "string") return INVALID;
  const text = toHalfWidth(v).replace(/\s+/g, "");
  if (text === "") return EMPTY;
  if (isNotApplicable(text)) return NOT_APPLICABLE;
  if (!/\d/.test(text) || !NUMBER_TEXT.test(text)) return INVALID;
  return parsedValue(Number(text.replace(/,/g, "")));
}
