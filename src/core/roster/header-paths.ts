import type { CellValue, Grid } from "../grid/grid";
import { columnLetter } from "../grid/address";
import { cellText } from "../normalize/text";
import { subtotalKind } from "./row-text";
import type { HeaderColumn } from "./types";

/** How many body rows feed each column's value sample (used to recognise yes/no columns). */
export const SAMPLE_ROWS = 400;

/** Body rows to sample, without 小计/合计 rows: their counts would hide a yes/no column's tokens. */
function sampleRows(values: readonly CellValue[][], first: number): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = first; r < values.length && out.length < SAMPLE_ROWS; r++) {
    const row = values[r];
    if (!row.some((v) => typeof v === "string" && subtotalKind(v) !== null)) out.push(row);
  }
  return out;
}

/**
 * Builds each column's header path over the band rows [top, bottom] (0-based into grid.values).
 * Merged areas, when known, spread their first cell's text over the area. Then, from values alone,
 * an empty cell whose column has a header lower in the band inherits the group text to its left,
 * as long as that group also stands over lower headers (a merged group's value sits only in its first cell).
 */
export function headerPaths(grid: Grid, top: number, bottom: number): HeaderColumn[] {
  const width = grid.values[0]?.length ?? 0;
  const height = bottom - top + 1;
  const text: (string | null)[][] = [];
  const source: number[][] = [];
  for (let i = 0; i < height; i++) {
    text.push(grid.values[top + i].map(cellText));
    source.push(new Array<number>(width).fill(i));
  }
  for (const m of grid.merges ?? []) {
    const mTop = m.top - grid.origin.row, mLeft = m.left - grid.origin.col;
    const masterRow = grid.values[mTop];
    if (!masterRow || m.bottom - grid.origin.row < top || mTop > bottom) continue;
    const master = cellText(masterRow[mLeft] ?? null);
    for (let r = Math.max(mTop, top); r <= Math.min(m.bottom - grid.origin.row, bottom); r++) {
      for (let c = Math.max(mLeft, 0); c <= Math.min(m.right - grid.origin.col, width - 1); c++) {
        text[r - top][c] = master;
        source[r - top][c] = mTop - top;
      }
    }
  }
  const hasBelow = (i: number, c: number): boolean => {
    for (let k = i + 1; k < height; k++) if (text[k][c] !== null && source[k][c] > i) return true;
    return false;
  };
  for (let i = 0; i < height - 1; i++) {
    let carry: string | null = null;
    for (let c = 0; c < width; c++) {
      const below = hasBelow(i, c);
      if (text[i][c] !== null) carry = below ? text[i][c] : null;
      else if (carry !== null && below) text[i][c] = carry;
      else carry = null;
    }
  }
  const sample = sampleRows(grid.values, bottom + 1);
  const columns: HeaderColumn[] = [];
  for (let c = 0; c < width; c++) {
    const path: string[] = [];
    for (let i = 0; i < height; i++) {
      const t = text[i][c];
      if (t !== null && t !== path[path.length - 1]) path.push(t);
    }
    const values = sample.map((row) => row[c] ?? null);
    const col = grid.origin.col + c;
    columns.push({ col, column: columnLetter(col), path, values });
  }
  return columns;
}
