import type { Area, CellPosition } from "./grid";

/** Column letters for a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The 1-based column number of column letters: A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The A1 address of a 1-based position. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** The A1 address of an area ("A1:C3", or "A1" for a single cell). */
export function areaAddress(area: Area): string {
  const a = cellAddress(area.top, area.left);
  const b = cellAddress(area.bottom, area.right);
  return a === b ? a : `${a}:${b}`;
}

/** Parses an A1 address ("$B$5" too) into a position, or null when it is not one. */
export function parseCellAddress(address: string): CellPosition | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** Parses "A1:C3" (or a single cell) into an area, or null when it is not one. */
export function parseAreaAddress(address: string): Area | null {
  const [a, b] = address.split(":");
  const start = parseCellAddress(a);
  const end = b === undefined ? start : parseCellAddress(b);
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/** Quotes a sheet name for use in a formula or link when it needs quoting. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
