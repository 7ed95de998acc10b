import type { StatedSubtotal } from "../checks/row-rule";
import type { CellValue } from "../grid/grid";
import { parseNumber } from "../normalize/parse-number";
import type { RosterReadResult } from "../roster/types";
import { minOf } from "../collections/extremes";

/** The one enterprise count a 小计/合计 row states ("15家", or a lone number), with its column; null when it states none or several. */
function statedCount(values: Record<string, CellValue>, label: string): { stated: number | null; column?: string } {
  const found: { column: string; value: number }[] = [];
  for (const [column, raw] of Object.entries(values)) {
    if (raw === label) continue;
    const text = typeof raw === "string" ? raw.replace(/^.*?[:：]/, "").replace(/家|户|个/g, "") : raw;
    const parsed = parseNumber(text);
    if (parsed.ok && Number.isInteger(parsed.value)) found.push({ column, value: parsed.value });
  }
  return found.length === 1 ? { stated: found[0].value, column: found[0].column } : { stated: null };
}

/** The least record row of a roster (0 without records), as minOf over the rows gives it. */
function firstRecordRow(roster: RosterReadResult): number {
  return roster.records.length ? minOf(roster.records.map((r) => r.row)) : 0;
}

/**
 * A roster's own 小计/合计 rows with the record rows each closes: a subtotal closes the records since
 * the previous subtotal, a total closes every record above it on the sheet.
 */
export function statedSubtotals(roster: RosterReadResult): StatedSubtotal[] {
  // Only a sheet with 小计/合计 rows needs its first record row: no 100,000-row list for the others.
  const first = roster.subtotals.length === 0 ? 0 : firstRecordRow(roster);
  let start = first;
  return roster.subtotals.map((s) => {
    const from = s.kind === "total" ? first : start;
    if (s.kind === "subtotal") start = s.row + 1;
    return { sheet: roster.sheet, row: s.row, kind: s.kind, district: s.district ?? null, from, to: s.row - 1, ...statedCount(s.values, s.label) };
  });
}
