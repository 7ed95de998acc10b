import { rowFigures } from "../../tables/figures";
import type { TableRule } from "./table-rule";
import { tableCells } from "./table-cells";
import { cellFinding, headerOf, shown } from "./table-finding";

/**
 * cell/not-a-number: text or a spreadsheet error (#REF!, #VALUE!) where a count, rate or target
 * belongs. An error in the rate of a row without a base is rate/not-applicable's, not this rule's.
 */
export const cellNotANumber: TableRule = {
  id: "cell/not-a-number",
  check({ table }) {
    return tableCells(table).flatMap(({ row, group, slot, cell }) => {
      const kind = cell.reading.kind;
      if (kind !== "text" && kind !== "error") return [];
      if (slot === "rate" && rowFigures(row, group).noBase) return [];
      return [cellFinding("cell/not-a-number", "error", table, row, group, cell, { header: headerOf(group, cell), value: shown(cell) }, "number", shown(cell))];
    });
  },
};
