import type { CellValue } from "../grid/grid";
import { INVALID, parsedValue, type Parsed } from "./parsed";
import { labelKey } from "./text";

const YES = new Set(["是", "√", "✓", "✔", "☑", "Y", "YES", "1", "TRUE", "有", "●"]);
const NO = new Set(["否", "×", "✗", "✘", "X", "N", "NO", "0", "FALSE", "无", "☐"]);
const TRUE: Parsed<boolean> = parsedValue(true);
const FALSE: Parsed<boolean> = parsedValue(false);

/**
 * Reads a yes/no cell: 是/否, √/×, ✓/✗, Y/N, yes/no, 1/0, true/false. A blank cell means no —
 * one-column-per-category rosters mark only the categories that apply.
 */
export function parseFlag(v: CellValue): Parsed<boolean> {
  if (v === null) return FALSE;
  if (typeof v === "boolean") return v ? TRUE : FALSE;
  if (typeof v === "number") return v === 1 ? TRUE : v === 0 ? FALSE : INVALID;
  if (typeof v !== "string") return INVALID;
  const key = labelKey(v);
  if (key === "") return FALSE;
  if (YES.has(key)) return TRUE;
  if (NO.has(key)) return FALSE;
  return INVALID;
}

/** True when a non-blank cell holds a yes/no token; `lettersOnly` ignores 1/0 and booleans, which counts also hold. */
export function isFlagToken(v: CellValue, lettersOnly = false): boolean {
  if (v === null) return false;
  if (typeof v === "string" && v.trim() === "") return false;
  if (lettersOnly && (typeof v !== "string" || /^\s*[01]\s*$/.test(v))) return false;
  return parseFlag(v) !== INVALID;
}
