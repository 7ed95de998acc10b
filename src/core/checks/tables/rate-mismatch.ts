import type { Finding } from "../../finding/finding";
import { rateArithmetic, rowFigures } from "../../tables/figures";
import { percentText, round4 } from "../../tables/rate-compare";
import { rateVerdicts } from "../../tables/rate-verdicts";
import type { TableRule } from "./table-rule";
import { cellFinding } from "./table-finding";

/**
 * rate/mismatch: a district's stated rate differs from its counts at the precision it shows
 * (creation (attained + applying) / base, attainment attained / base), or shows "/" though it has
 * a base. In a column that reports whole percents, a rate that is its counts rounded to a whole
 * percent is not a mismatch (rate/precision notes the column once). The totals row is total/rate-mismatch's.
 */
export const rateMismatch: TableRule = {
  id: "rate/mismatch",
  check({ table }) {
    return table.groups.flatMap((group): Finding[] => {
      const stated = rateVerdicts(table, group)
        .cells.filter((c) => c.verdict === "real" && c.row.kind !== "total")
        .map((c) =>
          cellFinding("rate/mismatch", "error", table, c.row, group, c.cell,
            { stated: percentText(c.stated, c.decimals), computed: percentText(c.exact, Math.max(c.decimals, 1)), arithmetic: rateArithmetic(rowFigures(c.row, group), group) },
            round4(c.exact), c.stated),
        );
      const slashed = table.rows.flatMap((row) => {
        const f = rowFigures(row, group);
        if (f.exact === null || !f.rateCell || f.rateCell.reading.kind !== "notApplicable") return [];
        return [cellFinding("rate/mismatch", "error", table, row, group, f.rateCell,
          { stated: "/", computed: percentText(f.exact, 1), arithmetic: rateArithmetic(f, group) }, round4(f.exact), "/")];
      });
      return [...stated, ...slashed];
    });
  },
};
