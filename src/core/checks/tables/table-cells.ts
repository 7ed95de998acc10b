import { allRows } from "../../tables/figures";
import type { ColumnGroup, RecognizedTable, Slot, TableCell, TableRow } from "../../tables/types";

/** One body cell with its row, group and slot. */
export interface PlacedCell {
  row: TableRow;
  group: ColumnGroup;
  slot: Slot;
  cell: TableCell;
}

/** Every recognised cell of a table (body rows, then the totals row), group by group within a row. */
export function tableCells(table: RecognizedTable): PlacedCell[] {
  const out: PlacedCell[] = [];
  for (const row of allRows(table)) {
    for (const group of table.groups) {
      for (const [slot, cell] of Object.entries(row.cells[group.key] ?? {}) as [Slot, TableCell | undefined][]) {
        if (cell) out.push({ row, group, slot, cell });
      }
    }
  }
  return out;
}

/** Slots that hold enterprise counts. */
export const COUNT_SLOTS: readonly Slot[] = ["base", "attained", "applying", "actual"];
