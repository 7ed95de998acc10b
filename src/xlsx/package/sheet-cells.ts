import { parseCellAddress } from "../../core/grid/address";
import { attr, scanTags } from "./xml-tags";

/** A <c> element of a worksheet's sheetData: its position, where it stands in the text, its tag name and attribute text. */
export interface SheetCell {
  row: number;
  col: number;
  start: number;
  end: number;
  /** Qualified tag name ("c", "x:c"). */
  name: string;
  attrs: string;
}

/** A <row> element: its number, its tag name, where a cell may be inserted, and its cells. */
export interface SheetRow {
  row: number;
  name: string;
  /** Open (or empty) tag span. */
  open: { start: number; end: number; empty: boolean };
  /** Where the close tag starts (undefined for an empty <row/>). */
  closeStart?: number;
  attrs: string;
  cells: SheetCell[];
}

/**
 * The rows and cells of a worksheet's sheetData with their text spans, so single cells can be
 * rewritten in place. Rows and cells written without r (allowed, rare) take the position after
 * the previous one.
 */
export function readSheetRows(xml: string): SheetRow[] {
  const tags = scanTags(xml);
  const rows: SheetRow[] = [];
  let inData = false;
  let row: SheetRow | undefined;
  let cell: SheetCell | undefined;
  let lastRow = 0;
  let lastCol = 0;
  for (const tag of tags) {
    if (tag.local === "sheetData") {
      inData = tag.kind === "open";
      continue;
    }
    if (!inData) continue;
    if (tag.local === "row" && tag.kind !== "close") {
      lastRow = Number(attr(tag.attrs, "r") ?? lastRow + 1);
      lastCol = 0;
      row = { row: lastRow, name: tag.name, open: { start: tag.start, end: tag.end, empty: tag.kind === "empty" }, attrs: tag.attrs, cells: [] };
      rows.push(row);
    } else if (tag.local === "row" && row) row.closeStart = tag.start;
    else if (tag.local === "c" && tag.kind !== "close" && row) {
      const ref = attr(tag.attrs, "r");
      const pos = ref ? parseCellAddress(ref) : null;
      lastCol = pos?.col ?? lastCol + 1;
      cell = { row: row.row, col: lastCol, start: tag.start, end: tag.end, name: tag.name, attrs: tag.attrs };
      row.cells.push(cell);
    } else if (tag.local === "c" && tag.kind === "close" && cell) cell.end = tag.end;
  }
  return rows;
}

/** The cell at an A1 address among the rows, or undefined. */
export function findCell(rows: readonly SheetRow[], address: string): { row?: SheetRow; cell?: SheetCell } {
  const pos = parseCellAddress(address);
  if (!pos) return {};
  const row = rows.find((r) => r.row === pos.row);
  return { row, cell: row?.cells.find((c) => c.col === pos.col) };
}

