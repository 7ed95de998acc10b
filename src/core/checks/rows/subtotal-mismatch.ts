import type { RowRule } from "../row-rule";

/** subtotal/mismatch: a roster's own 小计 / 合计 row states a count that differs from the records it closes. */
export const subtotalMismatch: RowRule = {
  id: "subtotal/mismatch",
  check(ctx) {
    return ctx.subtotals.flatMap((s) => {
      if (s.stated === null) return [];
      const counted = ctx.records.filter((r) => r.sheet === s.sheet && r.row >= s.from && r.row <= s.to).length;
      if (counted === s.stated) return [];
      return [{
        rule: s.kind === "total" ? "subtotal/total-mismatch" : "subtotal/mismatch",
        severity: "error" as const,
        sheet: s.sheet,
        row: s.row,
        column: s.column,
        cell: s.column ? `${s.column}${s.row}` : undefined,
        params: { row: s.row, district: s.district ?? "", stated: s.stated, counted, from: s.from, to: s.to },
        expected: counted,
        actual: s.stated,
      }];
    });
  },
};
