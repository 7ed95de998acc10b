import type { RowRule } from "../row-rule";

/** row/unidentified: a row with data but neither name nor USCC; it cannot be counted, so it must not pass in silence. */
export const unidentifiedRow: RowRule = {
  id: "row/unidentified",
  check(ctx) {
    return ctx.unidentified.map(({ sheet, row }) => ({ rule: "row/unidentified", severity: "error" as const, sheet, row, params: { row } }));
  },
};
