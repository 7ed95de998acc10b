// Turns a spec's overlapping range styles into rectangles of identical style, so formats are
// written range by range (one call per rectangle and property), never cell by cell.
import type { Area } from "../core/grid/grid";
import type { CellStyle, RangeStyle } from "../core/spec/spec";

/** A rectangle whose cells all end with the same style. */
export interface StyledRect {
  area: Area;
  style: CellStyle;
}

/**
 * Resolves styles field by field (later entries win where areas overlap, as the spec says) and
 * groups the cells into maximal row runs merged down over rows with the same run.
 */
export function styleRects(styles: readonly RangeStyle[], pick: (s: CellStyle) => CellStyle = (s) => s): StyledRect[] {
  if (styles.length === 0) return [];
  const cells = new Map<number, CellStyle>();
  const WIDTH = 16384;
  for (const { area, style } of styles) {
    const part = pick(style);
    if (Object.keys(part).length === 0) continue;
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        const k = r * WIDTH + c;
        const old = cells.get(k);
        cells.set(k, old ? { ...old, ...part } : part);
      }
    }
  }
  // Identical styles share one key; the key order of a style object is the order fields were set.
  const keyOf = new Map<CellStyle, string>();
  const key = (s: CellStyle) => {
    let k = keyOf.get(s);
    if (k === undefined) keyOf.set(s, (k = JSON.stringify(Object.keys(s).sort().map((f) => [f, s[f as keyof CellStyle]]))));
    return k;
  };
  const rows = new Map<number, { left: number; right: number; key: string; style: CellStyle }[]>();
  const sorted = [...cells.keys()].sort((a, b) => a - b);
  for (const k of sorted) {
    const r = Math.floor(k / WIDTH), c = k % WIDTH;
    const s = cells.get(k) as CellStyle;
    const ks = key(s);
    let list = rows.get(r);
    if (!list) rows.set(r, (list = []));
    const last = list[list.length - 1];
    if (last && last.right === c - 1 && last.key === ks) last.right = c;
    else list.push({ left: c, right: c, key: ks, style: s });
  }
  const open = new Map<string, StyledRect>();
  const done: StyledRect[] = [];
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    for (const run of rows.get(r) ?? []) {
      const id = `${run.left}:${run.right}:${run.key}`;
      const rect = open.get(id);
      if (rect && rect.area.bottom === r - 1) rect.area.bottom = r;
      else {
        if (rect) done.push(rect);
        const fresh = { area: { top: r, left: run.left, bottom: r, right: run.right }, style: run.style };
        open.set(id, fresh);
      }
    }
  }
  return [...done, ...open.values()].sort((a, b) => a.area.top - b.area.top || a.area.left - b.area.left);
}
