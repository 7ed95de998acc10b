import type { Area, CellValue, Grid } from "../../core/grid/grid";

/** The cells of one sheet row as they arrive, indexed by column - 1 (gaps hold null). */
interface RowCells {
  values: CellValue[];
  formats: (string | null)[];
  /** [column, formula] pairs: rosters rarely hold formulas, so rows do not carry a full array. */
  formulas: (number | string)[] | null;
}

/**
 * Collects the non-empty cells of one sheet and turns them into a Grid shaped exactly like the
 * ExcelJS path's worksheetToGrid: the used range spans non-empty cells and merges, and merged
 * slave cells are null with only the master keeping value, format and formula.
 */
export class GridBuilder {
  private readonly rows: (RowCells | undefined)[] = [];
  private readonly merges: Area[] = [];
  private top = Infinity;
  private left = Infinity;
  private bottom = 0;
  private right = 0;
  private rowWidth = 0;

  /** Records a cell that holds a value or a formula (or both). */
  add(row: number, col: number, value: CellValue, format: string | null, formula: string | null): void {
    let cells = this.rows[row];
    if (cells === undefined) {
      // Size a new row like the widest so far: arrays grown by push keep up to twice the slots they use,
      // which costs ~40 MB over a 100k-row roster.
      const width = this.rowWidth;
      this.rows[row] = cells = { values: new Array(width).fill(null), formats: new Array(width).fill(null), formulas: null };
    }
    const { values, formats } = cells;
    const at = col - 1;
    if (at < values.length) {
      values[at] = value;
      formats[at] = format;
    } else {
      while (values.length < at) { values.push(null); formats.push(null); }
      values.push(value);
      formats.push(format);
    }
    if (formula !== null) (cells.formulas ??= []).push(col, formula);
    if (values.length > this.rowWidth) this.rowWidth = values.length;
    if (row < this.top) this.top = row;
    if (row > this.bottom) this.bottom = row;
    if (col < this.left) this.left = col;
    if (col > this.right) this.right = col;
  }

  /** Records a merged area. */
  merge(area: Area): void {
    this.merges.push(area);
  }

  /** The finished Grid; the builder must not be used afterwards (its row arrays become the Grid's). */
  build(name: string, hidden: boolean): Grid {
    const { merges } = this;
    for (const m of merges) {
      this.top = Math.min(this.top, m.top); this.left = Math.min(this.left, m.left);
      this.bottom = Math.max(this.bottom, m.bottom); this.right = Math.max(this.right, m.right);
    }
    const { top, left, bottom, right } = this;
    if (bottom === 0) return { name, origin: { row: 1, col: 1 }, values: [], merges, numberFormats: [], formulas: [], hidden };
    const width = right - left + 1;
    // Rows without formulas (nearly all, in a roster) share one frozen all-null row: 16 MB less on
    // 100k rows, and a write to it throws instead of leaking into other rows.
    const noFormulas: (string | null)[] = Object.freeze(new Array<string | null>(width).fill(null)) as (string | null)[];
    const values: CellValue[][] = [];
    const numberFormats: (string | null)[][] = [];
    const formulas: (string | null)[][] = [];
    for (let r = top; r <= bottom; r++) {
      const cells = this.rows[r];
      this.rows[r] = undefined;
      values.push(fitRow(cells?.values, left, width));
      numberFormats.push(fitRow(cells?.formats, left, width));
      const pairs = cells?.formulas;
      if (!pairs) {
        formulas.push(noFormulas);
        continue;
      }
      const frow: (string | null)[] = new Array(width).fill(null);
      for (let i = 0; i < pairs.length; i += 2) frow[(pairs[i] as number) - left] = pairs[i + 1] as string;
      formulas.push(frow);
    }
    for (const m of merges) clearSlaves(m, top, left, values, numberFormats, formulas);
    return { name, origin: { row: top, col: left }, values, merges, numberFormats, formulas, hidden };
  }
}

/** A row array cut to the used columns and padded with nulls; reused in place when it already starts at column A. */
function fitRow<T>(row: (T | null)[] | undefined, left: number, width: number): (T | null)[] {
  if (row === undefined) return new Array<T | null>(width).fill(null);
  const out = left === 1 ? row : row.slice(left - 1);
  while (out.length < width) out.push(null);
  return out;
}

function clearSlaves(m: Area, top: number, left: number, ...layers: unknown[][][]): void {
  for (let r = m.top; r <= m.bottom; r++) {
    for (let c = m.left; c <= m.right; c++) {
      if (r === m.top && c === m.left) continue;
      // Only non-null cells are written: the shared formula row is frozen.
      for (const layer of layers) if (layer[r - top][c - left] !== null) layer[r - top][c - left] = null;
    }
  }
}
