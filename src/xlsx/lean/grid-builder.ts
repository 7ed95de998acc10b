import type { Area, CellValue, Grid } from "../../core/grid/grid";
import { areaAddress } from "../../core/grid/address";
import { READ_LIMITS } from "./read-limits";
import { ZipFormatError } from "./zip-archive";

/** The cells of one sheet row as they arrive, indexed by column - base (gaps hold null). */
interface RowCells {
  /** The column of index 0: the row's first cell, so a row whose only cell is at XFD holds one slot, not 16,384. */
  base: number;
  values: CellValue[];
  formats: (string | null)[];
  /** [column, formula] pairs: rosters rarely hold formulas, so rows do not carry a full array. */
  formulas: (number | string)[] | null;
  /** True when `formats` is the previous row's array, shared: copied before any write. */
  sharedFormats: boolean;
}

/** A workbook's cell limits: per sheet, and what is left of the whole workbook's, shared by its sheets' builders. */
export interface AreaBudget {
  /** Cells one sheet's used range may hold. */
  sheetArea: number;
  /** Cells the whole workbook may hold: twice a sheet's. */
  workbookArea: number;
  /** What is left of workbookArea. */
  cells: number;
}

/**
 * A fresh budget for one workbook of `fileBytes` bytes: READ_LIMITS.sheetArea, or for a large file
 * its size times READ_LIMITS.sheetCellsPerFileByte up to the ceiling. Memory thus stays bounded by
 * what the file could really hold: a small file that claims millions of cells is refused.
 */
export function workbookBudget(fileBytes = 0): AreaBudget {
  const sheetArea = Math.min(READ_LIMITS.sheetAreaCeiling, Math.max(READ_LIMITS.sheetArea, Math.floor(fileBytes * READ_LIMITS.sheetCellsPerFileByte)));
  return { sheetArea, workbookArea: 2 * sheetArea, cells: 2 * sheetArea };
}

function areaOf(top: number, left: number, bottom: number, right: number): number {
  return (bottom - top + 1) * (right - left + 1);
}

/**
 * Collects the non-empty cells of one sheet and turns them into a Grid shaped exactly like the
 * ExcelJS path's worksheetToGrid: the used range spans non-empty cells and merges, and merged
 * slave cells are null with only the master keeping value, format and formula.
 *
 * Memory follows what the sheet holds, not what it claims: a used range past the budget's sheetArea
 * is refused as soon as the cells reach it, and merges that only stretch the range over empty
 * cells (A1:XFD1048576) are cut back to the cells when keeping them would pass the limit.
 */
export class GridBuilder {
  private readonly rows: (RowCells | undefined)[] = [];
  private readonly merges: Area[] = [];
  private top = Infinity;
  private left = Infinity;
  private bottom = 0;
  private right = 0;
  /** The row cells were last added to, and the last finished row's formats (with their base) for the next identical row to share. */
  private openRow = -1;
  private lastFormats: RowCells | null = null;

  constructor(private readonly sheet = "", private readonly budget: AreaBudget = workbookBudget()) {}

  /** Records a cell that holds a value or a formula (or both). */
  add(row: number, col: number, value: CellValue, format: string | null, formula: string | null): void {
    if (row !== this.openRow) this.finishRow(row);
    let cells = this.rows[row];
    if (cells === undefined) {
      // Size a new row out to the rightmost column so far: arrays grown by push keep up to twice the
      // slots they use, which costs ~40 MB over a 100k-row roster.
      const width = Math.max(0, this.right - col + 1);
      this.rows[row] = cells = { base: col, values: new Array(width).fill(null), formats: new Array(width).fill(null), formulas: null, sharedFormats: false };
    } else if (cells.sharedFormats) {
      cells.formats = cells.formats.slice();
      cells.sharedFormats = false;
    }
    if (col < cells.base) {
      const gap = cells.base - col;
      cells.values = new Array<CellValue>(gap).fill(null).concat(cells.values);
      cells.formats = new Array<string | null>(gap).fill(null).concat(cells.formats);
      cells.base = col;
    }
    const { values, formats } = cells;
    const at = col - cells.base;
    if (at < values.length) {
      values[at] = value;
      formats[at] = format;
    } else {
      while (values.length < at) { values.push(null); formats.push(null); }
      values.push(value);
      formats.push(format);
    }
    if (formula !== null) (cells.formulas ??= []).push(col, formula);
    if (row < this.top || row > this.bottom || col < this.left || col > this.right) {
      if (row < this.top) this.top = row;
      if (row > this.bottom) this.bottom = row;
      if (col < this.left) this.left = col;
      if (col > this.right) this.right = col;
      this.checkArea(this.top, this.left, this.bottom, this.right);
    }
  }

  /**
   * Shares the row just finished's formats with the row before it when they are the same: a roster's
   * rows repeat one pattern (dates formatted, the rest General), and 100k copies of it cost ~16 MB.
   */
  private finishRow(next: number): void {
    const done = this.openRow >= 0 ? this.rows[this.openRow] : undefined;
    this.openRow = next;
    if (done === undefined || done.sharedFormats) return;
    const last = this.lastFormats;
    if (last !== null && last.base === done.base && sameValues(last.formats, done.formats)) {
      done.formats = last.formats;
      // Both rows now hold the array: a later cell in either copies it first.
      done.sharedFormats = last.sharedFormats = true;
    } else this.lastFormats = done;
  }

  /** Records a merged area. */
  merge(area: Area): void {
    if (this.merges.length >= READ_LIMITS.merges) throw new ZipFormatError("limit.merges", { sheet: this.sheet, limit: READ_LIMITS.merges });
    this.merges.push(area);
  }

  private checkArea(top: number, left: number, bottom: number, right: number): void {
    const cells = areaOf(top, left, bottom, right);
    if (cells > this.budget.sheetArea) {
      throw new ZipFormatError("limit.sheetArea", {
        sheet: this.sheet, range: areaAddress({ top, left, bottom, right }), cells, limit: this.budget.sheetArea,
      });
    }
    if (cells > this.budget.cells) throw new ZipFormatError("limit.workbookArea", { limit: this.budget.workbookArea });
  }

  /**
   * The merges to keep and the used range they give: merges widen the range as in ExcelJS, unless
   * that would pass the limit; then they are cut to the cells' range (they only cover empty cells).
   */
  private usedRange(): { merges: Area[]; top: number; left: number; bottom: number; right: number } {
    let { top, left, bottom, right } = this;
    for (const m of this.merges) {
      top = Math.min(top, m.top); left = Math.min(left, m.left);
      bottom = Math.max(bottom, m.bottom); right = Math.max(right, m.right);
    }
    const cells = bottom === 0 ? 0 : areaOf(top, left, bottom, right);
    if (cells <= this.budget.sheetArea && cells <= this.budget.cells) return { merges: this.merges, top, left, bottom, right };
    const box = { top: this.top, left: this.left, bottom: this.bottom, right: this.right };
    const merges: Area[] = [];
    for (const m of this.merges) {
      const cut = { top: Math.max(m.top, box.top), left: Math.max(m.left, box.left), bottom: Math.min(m.bottom, box.bottom), right: Math.min(m.right, box.right) };
      if (cut.top <= cut.bottom && cut.left <= cut.right) merges.push(cut);
    }
    return { merges, ...box };
  }

  /** The finished Grid; the builder must not be used afterwards (its row arrays become the Grid's). */
  build(name: string, hidden: boolean): Grid {
    this.finishRow(-1);
    const { merges, top, left, bottom, right } = this.usedRange();
    if (bottom === 0) return { name, origin: { row: 1, col: 1 }, values: [], merges, numberFormats: [], formulas: [], hidden };
    this.checkArea(top, left, bottom, right);
    const width = right - left + 1;
    const area = width * (bottom - top + 1);
    // Non-overlapping merges cover at most the range; more is damage, and clearing it would cost their total area.
    let merged = 0;
    for (const m of merges) merged += areaOf(m.top, m.left, m.bottom, m.right) - 1;
    if (merged > area) throw new ZipFormatError("damage.merge.overlap", { sheet: name });
    this.budget.cells -= area;
    // Rows without formulas (nearly all, in a roster) share one frozen all-null row: 16 MB less on
    // 100k rows, and a write to it throws instead of leaking into other rows.
    const noFormulas: (string | null)[] = Object.freeze(new Array<string | null>(width).fill(null)) as (string | null)[];
    const values: CellValue[][] = [];
    const numberFormats: (string | null)[][] = [];
    const formulas: (string | null)[][] = [];
    // Rows sharing one formats array share its fitted copy too (frozen: a write would reach them all).
    let sharedFrom: (string | null)[] | null = null;
    let sharedFitted: (string | null)[] = [];
    for (let r = top; r <= bottom; r++) {
      const cells = this.rows[r];
      this.rows[r] = undefined;
      values.push(fitRow(cells?.values, cells?.base ?? left, left, width));
      if (cells !== undefined && cells.formats === sharedFrom) numberFormats.push(sharedFitted);
      else if (cells?.sharedFormats) {
        sharedFrom = cells.formats;
        sharedFitted = Object.freeze(fitRow(cells.formats.slice(), cells.base, left, width)) as (string | null)[];
        numberFormats.push(sharedFitted);
      } else numberFormats.push(fitRow(cells?.formats, cells?.base ?? left, left, width));
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

/**
 * A row array (whose index 0 is column `base`) laid out from column `left` over `width` columns,
 * padded with nulls; reused in place when it already starts at `left`.
 */
function fitRow<T>(row: (T | null)[] | undefined, base: number, left: number, width: number): (T | null)[] {
  if (row === undefined) return new Array<T | null>(width).fill(null);
  if (base === left) {
    while (row.length < width) row.push(null);
    return row;
  }
  const out = new Array<T | null>(width).fill(null);
  for (let i = 0; i < row.length; i++) out[base - left + i] = row[i];
  return out;
}

function sameValues<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function clearSlaves(m: Area, top: number, left: number, ...layers: unknown[][][]): void {
  for (let r = m.top; r <= m.bottom; r++) {
    for (let c = m.left; c <= m.right; c++) {
      if (r === m.top && c === m.left) continue;
      // Only non-null cells are written: the shared formula row is frozen; a shared formats row is copied first.
      for (const layer of layers) {
        const row = layer[r - top];
        if (row[c - left] === null) continue;
        if (Object.isFrozen(row)) layer[r - top] = row.slice();
        layer[r - top][c - left] = null;
      }
    }
  }
}
