import { percentText } from "../rate-compare";
import type { CellReading, TableCell } from "../types";

/** A cell's value as the sheet shows it, for reports: text as typed, a rate as a percent, blank as "". */
export function shownText(cell: TableCell): string {
  const r = cell.reading;
  if (typeof cell.raw === "string") return cell.raw.trim();
  if (cell.raw === null) return "";
  if (r.kind === "number" && r.percent) return percentText(r.value, r.decimals);
  return String(cell.raw);
}

/** The percent decimals a rewritten rate shows: those the cell showed (at most 2), else 1. */
export function rateDecimals(reading: CellReading): number {
  return reading.kind === "number" ? Math.min(Math.max(reading.decimals, 0), 2) : 1;
}

/** The number format showing a fraction as a percent with d decimals ("0%", "0.0%", "0.00%"). */
export function percentFormat(decimals: number): string {
  return decimals === 0 ? "0%" : `0.${"0".repeat(decimals)}%`;
}
