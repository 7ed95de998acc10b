import { rateVerdicts } from "../../tables/rate-verdicts";
import type { TableRule } from "./table-rule";
import { cellFinding } from "./table-finding";

/**
 * rate/precision: a rate column states its counts rounded to whole percents but shows decimals
 * (71.0% for 67/95 = 70.5%). Reported once per column, as information: the figures agree at the
 * precision the column really uses.
 */
export const ratePrecision: TableRule = {
  id: "rate/precision",
  check({ table }) {
    return table.groups.flatMap((group) => {
      const verdicts = rateVerdicts(table, group);
      const rounded = verdicts.cells.filter((c) => c.verdict === "whole");
      if (!verdicts.wholePercent || rounded.length === 0) return [];
      const first = rounded[0];
      return [cellFinding("rate/precision", "info", table, first.row, group, first.cell, {
        column: first.cell.column,
        count: rounded.length,
        cells: rounded.map((c) => c.cell.address).join("、"),
      }, "whole percent", first.stated)];
    });
  },
};
