import type { Finding } from "../../finding/finding";
import { formulaRefs } from "../../tables/formula-refs";
import type { Slot } from "../../tables/types";
import type { TableRule } from "./table-rule";
import { cellFinding, headerOf } from "./table-finding";

const SUMMED: readonly Slot[] = ["base", "attained", "applying", "actual"];

/**
 * total/formula-range: a totals formula that does not add up exactly its column's body rows — it
 * misses a district row, reads another column or sheet, or takes in a 小计 row (counted twice).
 */
export const totalFormula: TableRule = {
  id: "total/formula-range",
  check({ table }) {
    const totals = table.totals;
    if (!totals) return [];
    return table.groups.flatMap((group) =>
      SUMMED.flatMap((slot): Finding[] => {
        const cell = totals.cells[group.key]?.[slot];
        if (!cell?.formula) return [];
        const refs = formulaRefs(cell.formula);
        const covers = (row: number) => refs.some((r) => r.top <= row && row <= r.bottom);
        const foreign = refs.some((r) => r.otherSheet || r.left !== cell.col || r.right !== cell.col || (r.top <= totals.row && totals.row <= r.bottom));
        const missing = table.rows.filter((r) => !covers(r.row));
        const doubled = table.subtotalRows.filter(covers);
        if (!foreign && missing.length === 0 && doubled.length === 0) return [];
        const missed = missing.map((r) => `${r.label || r.row}`).join("、") || "—";
        return [cellFinding("total/formula-range", "error", table, totals, group, cell, { header: headerOf(group, cell), formula: `=${cell.formula}`, missed }, `SUM(${cell.column}${table.rows[0]?.row}:${cell.column}${table.rows[table.rows.length - 1]?.row})`, `=${cell.formula}`)];
      }),
    );
  },
};
