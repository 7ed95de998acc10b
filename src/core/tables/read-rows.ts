import type { Grid } from "../grid/grid";
import { cellAddress } from "../grid/address";
import { cellText } from "../normalize/text";
import { resolveDistrict } from "../profile/districts";
import type { Profile } from "../profile/schema";
import { readCount, readRate, readTarget } from "./read-cell";
import { isNoteLine, isSubtotalLabel, isTotalLabel } from "./row-label";
import type { CellReading, ColumnGroup, Slot, TableCell, TableRow } from "./types";

/** The body of a count table: district and unknown rows, the totals row, and 小计 rows left out. */
export interface TableBody {
  rows: TableRow[];
  totals: TableRow | null;
  subtotalRows: number[];
}

function readSlot(slot: Slot, raw: TableCell["raw"], format: string | null): CellReading {
  if (slot === "rate") return readRate(raw, format);
  if (slot === "target") return readTarget(raw, format);
  return readCount(raw);
}

function rowCells(grid: Grid, r: number, groups: readonly ColumnGroup[]): TableRow["cells"] {
  const sheetRow = grid.origin.row + r;
  const cells: TableRow["cells"] = {};
  for (const group of groups) {
    const slots: Partial<Record<Slot, TableCell>> = {};
    for (const [slot, column] of Object.entries(group.columns) as [Slot, NonNullable<ColumnGroup["columns"][Slot]>][]) {
      const c = column.col - grid.origin.col;
      const raw = grid.values[r][c] ?? null;
      const format = grid.numberFormats?.[r]?.[c] ?? null;
      slots[slot] = {
        row: sheetRow,
        col: column.col,
        column: column.column,
        address: cellAddress(sheetRow, column.col),
        raw,
        formula: grid.formulas?.[r]?.[c] ?? null,
        reading: readSlot(slot, raw, format),
      };
    }
    cells[group.key] = slots;
  }
  return cells;
}

function holdsFigures(cells: TableRow["cells"]): boolean {
  return Object.values(cells).some((slots) => Object.values(slots).some((cell) => cell !== undefined && cell.reading.kind !== "blank"));
}

/**
 * Reads the body under the header, row by row: districts through the profile's names and aliases,
 * the totals row (合计 / 总计 / 全市) wherever it stands, 小计 rows aside, blank rows skipped;
 * a row with figures whose label names no district is kept as unknown. A note line (注：…) or a
 * text-only line after the first row ends the body.
 */
export function readRows(grid: Grid, labelIndex: number, firstRow: number, groups: readonly ColumnGroup[], profile: Profile): TableBody {
  const body: TableBody = { rows: [], totals: null, subtotalRows: [] };
  for (let r = firstRow; r < grid.values.length; r++) {
    const label = cellText(grid.values[r][labelIndex] ?? null) ?? "";
    const sheetRow = grid.origin.row + r;
    if (label !== "" && isNoteLine(label)) break;
    if (label !== "" && isSubtotalLabel(label)) {
      body.subtotalRows.push(sheetRow);
      continue;
    }
    const cells = rowCells(grid, r, groups);
    const figures = holdsFigures(cells);
    if (label === "" && !figures) continue;
    if (label !== "" && isTotalLabel(label) && body.totals === null) {
      body.totals = { row: sheetRow, label, kind: "total", district: null, cells };
      continue;
    }
    const match = label === "" ? null : resolveDistrict(profile, label);
    if (match) body.rows.push({ row: sheetRow, label, kind: "district", district: match.unit, cells });
    else if (figures) body.rows.push({ row: sheetRow, label, kind: "unknown", district: null, cells });
    else if (body.rows.length > 0 || body.totals !== null) break;
  }
  return body;
}
