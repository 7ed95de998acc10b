import type { TableCell } from "../types";

/** A count cell as a rate or SUM formula reads it: its number, and whether it must first be written as one. */
export interface Operand {
  cell: TableCell;
  value: number;
  /** A number typed as text ("17 ", "１７"): N() and SUM read it as 0, so the fix writes it as a number. */
  asText: boolean;
}

/**
 * Reads a count cell the way the live formulas will: a number as itself, blank and "/" as 0 (N() and
 * SUM give 0 for them). Null when a formula could not read it right: other text, a sheet error, or a
 * formula whose result is a number as text (the fix never rewrites a formula).
 */
export function operandOf(cell: TableCell): Operand | null {
  const r = cell.reading;
  if (r.kind === "blank" || r.kind === "notApplicable") return { cell, value: 0, asText: false };
  if (r.kind !== "number" || r.percent) return null;
  if (r.asText && cell.formula !== null) return null;
  return { cell, value: r.value, asText: r.asText };
}
