import type { CellValue } from "../core/grid/grid";

/** A cell value as one short line of text for terminal output. */
export function formatValue(v: CellValue): string {
  if (v === null) return "";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "?" : v.toISOString().slice(0, 10);
  return String(v).replace(/\r?\n/g, "⏎");
}
