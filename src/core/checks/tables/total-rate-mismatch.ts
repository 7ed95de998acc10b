import type { Finding } from "../../finding/finding";
import { rateArithmetic, rowFigures } from "../../tables/figures";
import { percentText, round4 } from "../../tables/rate-compare";
import { rateVerdicts } from "../../tables/rate-verdicts";
import type { TableRule } from "./table-rule";
import { cellFinding } from "./table-finding";

/**
 * total/rate-mismatch: the totals row's rate differs from the totals row's own counts at the
 * precision it shows (or, in a whole-percent column, rounded to a whole percent), or shows "/"
 * though the totals have a base.
 */
export const totalRateMismatch: TableRule = {
  id: "total/rate-mismatch",
  check({ table }) {
    const totals = table.totals;
    if (!totals) return [];
    return table.groups.flatMap((group): Finding[] => {
      const f = rowFigures(totals, group);
      const verdict = rateVerdicts(table, group).cells.find((c) => c.row === totals);
      const params = { arithmetic: rateArithmetic(f, group) };
      if (verdict?.verdict === "real")
        return [cellFinding("total/rate-mismatch", "error", table, totals, group, verdict.cell,
          { ...params, stated: percentText(verdict.stated, verdict.decimals), computed: percentText(verdict.exact, Math.max(verdict.decimals, 1)) }, round4(verdict.exact), verdict.stated)];
      if (f.exact !== null && f.rateCell?.reading.kind === "notApplicable")
        return [cellFinding("total/rate-mismatch", "error", table, totals, group, f.rateCell, { ...params, stated: "/", computed: percentText(f.exact, 1) }, round4(f.exact), "/")];
      return [];
    });
  },
};
