import { allRows, rowFigures } from "../../tables/figures";
import type { TableRule } from "./table-rule";
import { cellFinding, shown } from "./table-finding";

/**
 * rate/not-applicable: a row whose base is 0 or "/" must show "/" as its rate; 0%, #DIV/0!, a blank
 * or any figure there is flagged (a rate of nothing is not zero).
 */
export const rateNotApplicable: TableRule = {
  id: "rate/not-applicable",
  check({ table }) {
    return allRows(table).flatMap((row) =>
      table.groups.flatMap((group) => {
        const f = rowFigures(row, group);
        const cell = f.rateCell;
        if (!f.noBase || !cell || cell.reading.kind === "notApplicable") return [];
        const value = shown(cell);
        return [cellFinding("rate/not-applicable", "error", table, row, group, cell, { value, base: f.base ?? "/" }, "/", value)];
      }),
    );
  },
};
