/**
 * A column's body rows as the argument of a SUM: runs of rows ("B5:B14"), broken wherever a row
 * that must not be added (a 小计, the totals row) stands between two body rows. Blank rows between
 * body rows stay inside a run: they add nothing.
 */
export function sumRanges(column: string, rows: readonly number[], breaks: readonly number[]): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && !breaks.some((b) => b > last[1] && b < row)) last[1] = row;
    else runs.push([row, row]);
  }
  return runs.map(([a, b]) => (a === b ? `${column}${a}` : `${column}${a}:${column}${b}`)).join(",");
}
