import type { CellValue } from "../grid/grid";
import { parseNumber } from "./parse-number";
import { EMPTY, INVALID, parsedValue, type Parsed } from "./parsed";
import { toHalfWidth } from "./text";

/**
 * Reads a rate as a fraction: a number cell as stored (Excel keeps 88.5% as 0.885), "88.5%" or
 * "88.5％" divided by 100. Text without a percent sign is read like a number cell.
 */
export function parsePercent(v: CellValue): Parsed<number> {
  if (typeof v !== "string") return parseNumber(v);
  const text = toHalfWidth(v).trim();
  if (text === "") return EMPTY;
  if (!text.endsWith("%")) return parseNumber(text);
  const n = parseNumber(text.slice(0, -1));
  if (n.ok) return parsedValue(n.value / 100);
  return n.reason === "empty" ? INVALID : n;
}
