import type { CellValue } from "../grid/grid";
import { isNotApplicable } from "./not-applicable";
import { EMPTY, INVALID, NOT_APPLICABLE, parsedValue, type Parsed } from "./parsed";
import { toHalfWidth } from "./text";

const YEAR_TEXT = /^(\d{4})(?:年度?|年)?$/;

function plausible(year: number): Parsed<number> {
  return year >= 1900 && year <= 2100 ? parsedValue(year) : INVALID;
}

/** Reads a year: 2022, "2022", "2022年", "2022年度" (full-width digits too); years outside 1900–2100 are invalid. */
export function parseYear(v: CellValue): Parsed<number> {
  if (v === null) return EMPTY;
  if (typeof v === "number") return Number.isInteger(v) ? plausible(v) : INVALID;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? INVALID : plausible(v.getUTCFullYear());
  if (typeof v !== "string") return INVALID;
  const text = toHalfWidth(v).replace(/\s+/g, "");
  if (text === "") return EMPTY;
  const m = YEAR_TEXT.exec(text);
  if (m) return plausible(Number(m[1]));
  return isNotApplicable(text) ? NOT_APPLICABLE : INVALID;
}
