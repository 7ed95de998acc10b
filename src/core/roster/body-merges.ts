import { areaAddress } from "../grid/address";
import type { CellValue, Grid } from "../grid/grid";
import type { RosterMessage } from "./types";

/** Values a vertical merge spreads over the rows below its first cell: by 0-based row, [column index, value] pairs. */
export type MergePatches = Map<number, [number, CellValue][]>;

/**
 * Collects the vertical merges below the header (district cells merged over their enterprises and
 * the like) as patches to apply row by row. Merges over the name or USCC column are not spread —
 * one name cannot be several enterprises — and are reported instead.
 */
export function bodyMergePatches(grid: Grid, firstBodyRow: number, identityCols: readonly number[]): { patches: MergePatches; problems: RosterMessage[] } {
  const patches: MergePatches = new Map();
  const problems: RosterMessage[] = [];
  for (const m of grid.merges ?? []) {
    const top = m.top - grid.origin.row, bottom = m.bottom - grid.origin.row;
    if (bottom <= top || top < firstBodyRow) continue;
    const left = m.left - grid.origin.col, right = m.right - grid.origin.col;
    if (identityCols.some((c) => c >= left && c <= right)) {
      problems.push({ key: "roster.problem.mergedIdentity", params: { sheet: grid.name, row: m.top, range: areaAddress(m) } });
      continue;
    }
    const value = grid.values[top]?.[left] ?? null;
    for (let r = top + 1; r <= bottom; r++) {
      let list = patches.get(r);
      if (!list) patches.set(r, (list = []));
      for (let c = left; c <= right; c++) list.push([c, value]);
    }
  }
  return { patches, problems };
}

/** The row with merge patches applied (a copy), or the row itself when none apply. */
export function patchedRow(row: CellValue[], patches: MergePatches, index: number): CellValue[] {
  const list = patches.get(index);
  if (!list) return row;
  const copy = row.slice();
  for (const [c, v] of list) if (copy[c] === null || copy[c] === undefined) copy[c] = v;
  return copy;
}
