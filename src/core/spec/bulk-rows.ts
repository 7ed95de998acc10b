import type { Area } from "../grid/grid";
import type { SpecValue } from "./spec";

/** An in-workbook link on one cell of bulk rows ("#'明细'!A5"). */
export interface BulkLink {
  row: number;
  col: number;
  target: string;
}

/**
 * Plain rows below a sheet's cells, produced one at a time and written streamed at package level
 * (a 明细 sheet holds a row per enterprise × category: hundreds of thousands of rows that would
 * cost ExcelJS ~16 KB each). Unstyled; strings, numbers and blanks only.
 */
export interface BulkRows {
  /** The sheet row of the first bulk row. */
  top: number;
  count: number;
  /** The i-th row's values (0-based), from column A. */
  row(i: number): SpecValue[];
  /** Links on bulk cells, in row order. */
  links: BulkLink[];
  /** The area the autofilter covers (header row included); none when absent. */
  autoFilter?: Area;
}
