import type { TableRule } from "./table-rule";
import { COUNT_SLOTS, tableCells } from "./table-cells";
import { cellFinding, headerOf, shown } from "./table-finding";

/** count/fractional: a count of enterprises that is not a whole number (a rate typed into a count column, a stray decimal). */
export const countFractional: TableRule = {
  id: "count/fractional",
  check({ table }) {
    return tableCells(table).flatMap(({ row, group, slot, cell }) =>
      COUNT_SLOTS.includes(slot) && cell.reading.kind === "number" && Math.abs(cell.reading.value - Math.round(cell.reading.value)) > 1e-9
        ? [cellFinding("count/fractional", "error", table, row, group, cell, { header: headerOf(group, cell), value: shown(cell) }, Math.round(cell.reading.value), cell.reading.value)]
        : [],
    );
  },
};
