import type { Area, CellValue, Grid } from "./grid";

/** Cells read again from an area of a sheet: values (and formats, formulas where read) row by row. */
export interface AreaCells {
  area: Area;
  values: CellValue[][];
  numberFormats?: (string | null)[][];
  /** Formulas without "=", null for constants. */
  formulas?: (string | null)[][];
}

function patchRows<T>(rows: T[][] | undefined, area: Area, grid: Grid, cells: T[][] | undefined, fill: T): T[][] | undefined {
  if (!rows) return undefined;
  const out = rows.slice();
  const width = grid.values[0]?.length ?? 0;
  for (let r = area.top; r <= area.bottom; r++) {
    const i = r - grid.origin.row;
    const row = (rows[i] ?? new Array<T>(width).fill(fill)).slice();
    for (let c = area.left; c <= area.right; c++) row[c - grid.origin.col] = cells?.[r - area.top]?.[c - area.left] ?? fill;
    out[i] = row;
  }
  return out;
}

/**
 * The grid with an area's cells replaced by what was read there again (a copy: the rows not in the
 * area are shared). The area must lie inside the grid's used area; formats and formulas are patched
 * only where the grid keeps them.
 */
export function patchArea(grid: Grid, cells: AreaCells): Grid {
  const { area } = cells;
  return {
    ...grid,
    values: patchRows(grid.values, area, grid, cells.values, null as CellValue)!,
    ...(grid.numberFormats ? { numberFormats: patchRows(grid.numberFormats, area, grid, cells.numberFormats, null) } : {}),
    ...(grid.formulas ? { formulas: patchRows(grid.formulas, area, grid, cells.formulas, null) } : {}),
  };
}
