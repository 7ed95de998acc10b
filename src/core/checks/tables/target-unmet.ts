import type { Finding } from "../../finding/finding";
import { percentText } from "../../tables/rate-compare";
import type { TableRule } from "./table-rule";
import { cellFinding } from "./table-finding";

/**
 * target/unmet: a district (or the totals row) below the year's target, with the enterprises still
 * needed (target/unmet-count for a count target, target/unmet-no-base when the table has no base to
 * count the gap from). Compliance, not an inconsistency: reported as info, never as an error, so a table that
 * adds up never fails a check run because the campaign is behind.
 */
export const targetUnmet: TableRule = {
  id: "target/unmet",
  check({ table, metrics, year }) {
    return metrics.flatMap((m): Finding[] => {
      if (m.met !== false || m.target === null) return [];
      const row = m.district === null ? table.totals : table.rows.find((r) => r.row === m.row);
      const group = table.groups.find((g) => g.key === m.category);
      if (!row || !group) return [];
      const cells = row.cells[group.key] ?? {};
      const cell = cells.rate ?? cells.actual ?? cells.attained ?? cells.base;
      if (!cell) return [];
      const isRate = m.targetKind === "rate";
      const params = {
        actual: isRate ? (m.rate === null ? "" : percentText(m.rate, 1)) : String(m.attained ?? ""),
        target: isRate ? percentText(m.target, 0) : String(m.target),
        gap: m.gap ?? "",
        year,
      };
      const rule = !isRate ? "target/unmet-count" : m.gap === null ? "target/unmet-no-base" : "target/unmet";
      return [cellFinding(rule, "info", table, row, group, cell, params, m.target, isRate ? m.rate : m.attained)];
    });
  },
};
