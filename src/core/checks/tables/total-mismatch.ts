import type { Finding } from "../../finding/finding";
import type { CellReading, Slot } from "../../tables/types";
import type { TableRule } from "./table-rule";
import { cellFinding, headerOf } from "./table-finding";

const SUMMED: readonly Slot[] = ["base", "attained", "applying", "actual", "target"];

/** A reading as an addend: numbers, "/" and blank as 0; null for text, errors and percents (rates do not add up). */
function addend(reading: CellReading | undefined): number | null {
  if (!reading || reading.kind === "blank" || reading.kind === "notApplicable") return 0;
  if (reading.kind === "number" && !reading.percent) return reading.value;
  return null;
}

/**
 * total/mismatch: a totals-row count that differs from the sum of its column over the body rows
 * ("/" and blanks add nothing). A column holding unreadable cells is not summed; those cells have
 * findings of their own.
 */
export const totalMismatch: TableRule = {
  id: "total/mismatch",
  check({ table }) {
    const totals = table.totals;
    if (!totals || table.rows.length === 0) return [];
    return table.groups.flatMap((group) =>
      SUMMED.flatMap((slot): Finding[] => {
        const cell = totals.cells[group.key]?.[slot];
        if (!cell || cell.reading.kind === "blank") return [];
        const stated = addend(cell.reading);
        if (stated === null) return [];
        let sum = 0;
        for (const row of table.rows) {
          const value = addend(row.cells[group.key]?.[slot]?.reading);
          if (value === null) return [];
          sum += value;
        }
        if (Math.abs(sum - stated) < 1e-9) return [];
        const from = table.rows[0].row;
        const to = table.rows[table.rows.length - 1].row;
        return [cellFinding("total/mismatch", "error", table, totals, group, cell, { header: headerOf(group, cell), stated, sum, from, to }, sum, stated)];
      }),
    );
  },
};
