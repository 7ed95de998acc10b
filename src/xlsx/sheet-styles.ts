import type ExcelJS from "exceljs";
import type { SheetSpec } from "../core/spec/spec";
import { layerStyle } from "./apply-style";

/**
 * Gives every styled cell of a written sheet its final style, computed once per distinct style.
 *
 * A spec's range styles are layered in order (later entries win where they overlap), and a merged
 * area looks as one cell: whatever touches any of its cells styles all of them. Each cell's layering
 * is a path through a few states ("no style", "+ table body", "+ table body + bold", …); each state's
 * style object is built once and shared by all its cells, so ExcelJS, which remembers a style
 * object's id, serialises each distinct style once instead of once per cell (a 35,000-row findings
 * sheet made that the bulk of writing).
 */
export function assignSheetStyles(ws: ExcelJS.Worksheet, spec: Pick<SheetSpec, "styles" | "merges">): void {
  if (spec.styles.length === 0) return;
  let rows = 0;
  let cols = 0;
  for (const a of [...spec.styles.map((s) => s.area), ...spec.merges]) {
    rows = Math.max(rows, a.bottom);
    cols = Math.max(cols, a.right);
  }
  const at = (r: number, c: number) => (r - 1) * cols + (c - 1);
  // A merged cell is styled through its area's top-left cell.
  const owner = new Int32Array(rows * cols).fill(-1);
  for (const m of spec.merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) owner[at(r, c)] = at(m.top, m.left);
  }
  const styles: Partial<ExcelJS.Style>[] = [{}];
  const next = new Map<number, number>();
  const width = spec.styles.length;
  const state = new Int32Array(rows * cols);
  spec.styles.forEach(({ area, style }, k) => {
    for (let r = Math.max(1, area.top); r <= area.bottom; r++) {
      for (let c = Math.max(1, area.left); c <= area.right; c++) {
        const i = owner[at(r, c)] >= 0 ? owner[at(r, c)] : at(r, c);
        const key = state[i] * width + k;
        let to = next.get(key);
        if (to === undefined) {
          to = styles.length;
          styles.push(layerStyle(styles[state[i]], style));
          next.set(key, to);
        }
        state[i] = to;
      }
    }
  });
  // ExcelJS caches a style object's id on first use, and a date with no number format of its own gets
  // a date format then: a date cell must not share its style object with a number.
  const forDates = new Map<number, Partial<ExcelJS.Style>>();
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= cols; c++) {
      const i = owner[at(r, c)] >= 0 ? owner[at(r, c)] : at(r, c);
      const s = state[i];
      if (s === 0) continue;
      const cell = ws.getCell(r, c);
      if (cell.value instanceof Date) {
        let shared = forDates.get(s);
        if (!shared) forDates.set(s, (shared = { ...styles[s] }));
        cell.style = shared;
      } else cell.style = styles[s];
    }
  }
}
