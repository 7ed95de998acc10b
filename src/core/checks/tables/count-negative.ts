import type { TableRule } from "./table-rule";
import { COUNT_SLOTS, tableCells } from "./table-cells";
import { cellFinding, headerOf, shown } from "./table-finding";

/** count/negative: a count of enterprises below zero. */
export const countNegative: TableRule = {
  id: "count/negative",
  check({ table }) {
    return tableCells(table).flatMap(({ row, group, slot, cell }) =>
      COUNT_SLOTS.includes(slot) && cell.reading.kind === "number" && cell.reading.value < 0
        ? [cellFinding("count/negative", "error", table, row, group, cell, { header: headerOf(group, cell), value: shown(cell) }, ">= 0", cell.reading.value)]
        : [],
    );
  },
};
