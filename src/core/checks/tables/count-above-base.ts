import type { Finding } from "../../finding/finding";
import { allRows, countOf, rowFigures } from "../../tables/figures";
import type { TableRule } from "./table-rule";
import { cellFinding, headerOf } from "./table-finding";

/**
 * count/above-base: attained or applying enterprises above the base ("/" and 0 mean none), or the
 * two together above it (a creation rate over 100%). An actual count is not checked: it has no base.
 */
export const countAboveBase: TableRule = {
  id: "count/above-base",
  check({ table }) {
    return allRows(table).flatMap((row) =>
      table.groups.flatMap((group): Finding[] => {
        const cells = row.cells[group.key] ?? {};
        const f = rowFigures(row, group);
        if (!cells.base || f.base === null) return [];
        const base = f.base;
        const out: Finding[] = [];
        for (const cell of [cells.attained, cells.applying]) {
          const value = countOf(cell?.reading);
          if (cell && value !== null && value > base) out.push(cellFinding("count/above-base", "error", table, row, group, cell, { header: headerOf(group, cell), value, base }, base, value));
        }
        if (out.length > 0 || !cells.attained || !cells.applying || f.attained === null || f.applying === null) return out;
        const sum = f.attained + f.applying;
        if (sum <= base) return out;
        const header = `${headerOf(group, cells.attained)}+${headerOf(group, cells.applying)}`;
        return [cellFinding("count/above-base", "error", table, row, group, cells.applying, { header, value: sum, base }, base, sum)];
      }),
    );
  },
};
