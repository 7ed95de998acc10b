import { maxOf, minOf } from "../collections/extremes";
import type { Area, Grid } from "../grid/grid";
import { bodyMergePatches, patchedRow } from "./body-merges";
import { classifyRow } from "./classify-row";
import { layoutOf, recordReader } from "./read-roster";
import type { RosterRecord } from "./record";
import type { ReadRosterOptions, RosterReadResult, RosterTable, SkippedRow } from "./types";

/** A roster with some of its body rows read again: the new result, and which records went and came. */
export interface RowsReread {
  roster: RosterReadResult;
  /** Index range [from, to) of the replaced records in the old result's records. */
  from: number;
  to: number;
  /** The records read from the edited rows, in row order (they take the place of from…to). */
  added: RosterRecord[];
}

/** Row kinds that leave the reader's state (the district filled down, notes begun) as it was. */
const STATELESS = new Set(["blank", "noName", "repeatedHeader"]);
const STATELESS_SKIPS = new Set([...STATELESS].map((k) => `roster.skip.${k}`));

/** The first index of the ascending rows at or above `row`. */
function lowerBound(records: readonly RosterRecord[], row: number): number {
  let lo = 0, hi = records.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (records[mid].row < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Reads the rows of an edited area of a roster again from the (patched) grid, when nothing else can
 * change: rows that were and stay enterprises, blanks or nameless rows, no merged cell edited, with the
 * district filled down into the rows below unchanged. Null when the edit could change more than its
 * rows (a subtotal, note or section row, a merge, the last district before blank ones): then the
 * sheet is read whole. `table` is the grid's table as detected now; its header, mapping and body
 * bounds must be those the roster was read with.
 */
export function rereadRows(grid: Grid, roster: RosterReadResult, table: RosterTable, edited: Area, options: ReadRosterOptions): RowsReread | null {
  const { top, bottom } = edited;
  if (!table.bodyRows || top <= table.headerRows[1]) return null;
  const last = Math.min(bottom, table.bodyRows[1]);
  // A merged cell edited spreads its value over other rows; merges beside the edit spread into its rows as before.
  if ((grid.merges ?? []).some((m) => m.bottom >= top && m.top <= bottom && m.right >= edited.left && m.left <= edited.right)) return null;
  const records = roster.records;
  const from = lowerBound(records, top), to = lowerBound(records, last + 1);
  const skips = new Map(roster.skipped.map((s) => [s.row, s.reason]));
  // The district filled down into `top`: that of the enterprise above, past rows that change nothing.
  const initial = roster.sheetDistrict?.value ?? null;
  let before = initial;
  for (let r = top - 1, k = from - 1; r > table.headerRows[1]; r--) {
    if (k >= 0 && records[k].row === r) {
      before = records[k].district;
      break;
    }
    if (!STATELESS_SKIPS.has(skips.get(r) ?? "")) return null;
  }
  for (let r = top; r <= last; r++) {
    const isRecord = from < to && records[lowerBound(records, r)]?.row === r;
    if (!isRecord && !STATELESS_SKIPS.has(skips.get(r) ?? "")) return null;
  }
  const layout = layoutOf(grid, table);
  const read = recordReader(grid, table, options);
  const merged = bodyMergePatches(grid, table.headerRows[1] - grid.origin.row + 1, [layout.name, layout.uscc].filter((c) => c >= 0));
  const rowAt = (r: number) => patchedRow(grid.values[r - grid.origin.row], merged.patches, r - grid.origin.row);
  const added: RosterRecord[] = [];
  const skipped: SkippedRow[] = [];
  let district = before;
  for (let r = top; r <= last; r++) {
    const row = rowAt(r);
    const kind = classifyRow(row, layout, false);
    if (kind.kind !== "record") {
      if (!STATELESS.has(kind.kind)) return null;
      skipped.push({ row: r, reason: `roster.skip.${kind.kind}` });
      continue;
    }
    const rec = read(row, r);
    if (layout.district >= 0) {
      if (rec.district === null) rec.district = district;
      else district = rec.district;
    } else if (roster.sheetDistrict) rec.district = roster.sheetDistrict.value;
    added.push(rec);
  }
  // Rows below with a blank district took the last one of the range: if it changed, they must not depend on it.
  const oldAfter = to > from ? records[to - 1].district : before;
  if (layout.district >= 0 && district !== oldAfter) {
    for (let r = last + 1; r <= table.bodyRows[1]; r++) {
      if (to < records.length && records[to].row === r) {
        if (read(rowAt(r), r).district === null) return null;
        break;
      }
      const reason = skips.get(r) ?? "";
      if (reason === "roster.skip.section") break;
      if (!STATELESS_SKIPS.has(reason)) return null;
    }
  }
  const next = [...records.slice(0, from), ...added, ...records.slice(to)];
  if (next.length === 0) return null;
  const rows = [next[0].row, next[next.length - 1].row, ...roster.subtotals.map((s) => s.row)];
  const dataRows: [number, number] = [minOf(rows), maxOf(rows)];
  const kept = roster.skipped.filter((s) => s.row < top || s.row > last);
  const allSkipped = [...kept, ...skipped].sort((a, b) => a.row - b.row);
  return { roster: { ...roster, table: { ...table, dataRows }, records: next, skipped: allSkipped }, from, to, added };
}
