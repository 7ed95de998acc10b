/** A raw cell value as a sheet holds it: text, number, boolean, date, or empty. */
export type CellValue = string | number | boolean | Date | null;

/** A 1-based sheet position (row 1, column 1 is A1). */
export interface CellPosition {
  row: number;
  col: number;
}

/** A rectangle of cells in 1-based sheet coordinates, bounds inclusive. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * One sheet as read: the used range's values, with merges, number formats and formulas where the
 * source knows them. Office.js before ExcelApi 1.13 cannot read merges, so `merges` may be
 * undefined and nothing downstream may depend on it.
 */
export interface Grid {
  /** The sheet's name as the workbook shows it. */
  name: string;
  /** Sheet position of values[0][0]. */
  origin: CellPosition;
  /** Cell values row by row; every row has the same length. */
  values: CellValue[][];
  /** Merged areas in sheet coordinates, or undefined when the source cannot tell. */
  merges?: Area[];
  /** Number formats parallel to `values` ("General" or null where none), when known. */
  numberFormats?: (string | null)[][];
  /** Formulas (without the leading "=") parallel to `values`, null where the cell holds a constant. */
  formulas?: (string | null)[][];
  /** True when the sheet is hidden or very hidden in the workbook. */
  hidden?: boolean;
}

/** The number of rows of a grid. */
export function rowCount(grid: Grid): number {
  return grid.values.length;
}

/** The number of columns of a grid. */
export function columnCount(grid: Grid): number {
  return grid.values.length === 0 ? 0 : grid.values[0].length;
}

/** The value at a sheet position, or null outside the used range. */
export function valueAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.values[row - grid.origin.row];
  if (!r) return null;
  const v = r[col - grid.origin.col];
  return v === undefined ? null : v;
}

/** The area a grid's values cover, in sheet coordinates. */
export function usedArea(grid: Grid): Area {
  return {
    top: grid.origin.row,
    left: grid.origin.col,
    bottom: grid.origin.row + Math.max(rowCount(grid), 1) - 1,
    right: grid.origin.col + Math.max(columnCount(grid), 1) - 1,
  };
}
