import type { Area } from "../../grid/grid";
import type { BodyRow } from "./body-rows";
import type { FilledCell } from "./filled-cell";
import type { LeafColumn } from "./header-grid";

const RUN_METRICS = new Set(["label", "phase", "deadline"]);

function textAt(cells: readonly Map<number, FilledCell>[], i: number, col: number): string | undefined {
  const c = cells[i].get(col);
  if (!c || c.kind === "blank") return undefined;
  const v = c.value instanceof Date ? c.value.toISOString() : c.value;
  return v === undefined || v === null ? undefined : String(v);
}

/**
 * Merges of the body's label cells, as the notices print them: a two-column 项目 label spans both
 * columns where a row has no item of its own (表1's 一级标准化); consecutive rows with the same group,
 * element or phase share one merged cell (二级标准化 over its six rows, a form's 要素 over its items).
 */
export function labelMerges(columns: readonly LeafColumn[], rows: readonly BodyRow[], cells: readonly Map<number, FilledCell>[], top: number): Area[] {
  const merges: Area[] = [];
  const across = new Set<number>();
  const labelSpan = columns.filter((c) => c.leaf.metric === "label");
  if (labelSpan.length > 1) {
    rows.forEach((row, i) => {
      if (row.group === undefined || row.group === row.label) {
        merges.push({ top: top + i, left: labelSpan[0].col, bottom: top + i, right: labelSpan[labelSpan.length - 1].col });
        across.add(i);
      }
    });
  }
  // Only the outer label column of a two-column label forms runs; its item column never repeats.
  const runColumns = columns.filter((c) => RUN_METRICS.has(c.leaf.metric ?? "") && !(labelSpan.length > 1 && c.leaf.metric === "label" && c !== labelSpan[0]));
  for (const column of runColumns) {
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      const same = i < rows.length && !across.has(i) && !across.has(start) && textAt(cells, i, column.col) !== undefined && textAt(cells, i, column.col) === textAt(cells, start, column.col);
      if (same) continue;
      if (i - 1 > start) merges.push({ top: top + start, left: column.col, bottom: top + i - 1, right: column.col });
      start = i;
    }
  }
  return merges;
}
