import type { RosterRecord } from "../../roster/record";
import type { RowRule } from "../row-rule";

/** Each sheet's record rows, ascending, so a subtotal counts its span by two binary searches, not a pass over every record. */
function rowsBySheet(records: readonly RosterRecord[]): Map<string, Float64Array> {
  const lists = new Map<string, number[]>();
  for (const r of records) {
    const list = lists.get(r.sheet);
    if (list) list.push(r.row);
    else lists.set(r.sheet, [r.row]);
  }
  const out = new Map<string, Float64Array>();
  for (const [sheet, list] of lists) out.set(sheet, Float64Array.from(list).sort());
  return out;
}

/** The number of values in the ascending `rows` below `limit`. */
function countBelow(rows: Float64Array, limit: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rows[mid] < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** subtotal/mismatch: a roster's own 小计 / 合计 row states a count that differs from the records it closes. */
export const subtotalMismatch: RowRule = {
  id: "subtotal/mismatch",
  check(ctx) {
    if (ctx.subtotals.every((s) => s.stated === null)) return [];
    const rows = rowsBySheet(ctx.records);
    return ctx.subtotals.flatMap((s) => {
      if (s.stated === null) return [];
      const sheetRows = rows.get(s.sheet);
      const counted = sheetRows ? Math.max(0, countBelow(sheetRows, s.to + 1) - countBelow(sheetRows, s.from)) : 0;
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
