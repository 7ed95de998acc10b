import type { TableRule } from "./table-rule";
import { tableCells } from "./table-cells";
import { cellFinding, headerOf } from "./table-finding";

/** cell/uncalculated: a formula with no cached value (the file was saved without calculating), so it cannot be checked. */
export const cellUncalculated: TableRule = {
  id: "cell/uncalculated",
  check({ table }) {
    return tableCells(table).flatMap(({ row, group, cell }) =>
      cell.formula !== null && cell.raw === null
        ? [cellFinding("cell/uncalculated", "warning", table, row, group, cell, { header: headerOf(group, cell), formula: `=${cell.formula}` })]
        : [],
    );
  },
};
