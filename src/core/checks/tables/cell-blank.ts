import { rowFigures } from "../../tables/figures";
import type { TableRule } from "./table-rule";
import { tableCells } from "./table-cells";
import { cellFinding, headerOf } from "./table-finding";

/**
 * cell/blank: a blank cell in a group whose row has a base (a blank is not a zero and not "/").
 * Rows without a base (0 or "/") are rate/not-applicable's; blank formulas are cell/uncalculated's;
 * the totals row may leave a target blank.
 */
export const cellBlank: TableRule = {
  id: "cell/blank",
  check({ table }) {
    return tableCells(table).flatMap(({ row, group, slot, cell }) => {
      if (cell.reading.kind !== "blank" || cell.formula !== null) return [];
      // A city target is no sum of the districts' (Nantong's 合计 leaves some blank).
      if (slot === "target" && row.kind === "total") return [];
      const f = rowFigures(row, group);
      if (f.noBase) return [];
      // A group with no base column (targets beside actuals) is checked cell by cell.
      const baseBlank = row.cells[group.key]?.base?.reading.kind === "blank";
      if (baseBlank && slot !== "base") return [];
      return [cellFinding("cell/blank", "warning", table, row, group, cell, { header: headerOf(group, cell) })];
    });
  },
};
