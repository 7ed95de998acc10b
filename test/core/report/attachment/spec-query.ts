import type { CellSpec, CellStyle, SheetSpec } from "../../../../src/core/spec/spec";
import type { Area } from "../../../../src/core/grid/grid";

/** The cell spec at a position, if any. */
export function cellAt(spec: SheetSpec, row: number, col: number): CellSpec | undefined {
  return spec.cells.find((c) => c.row === row && c.col === col);
}

/** What a cell shows: its constant, or its formula's cached result. */
export function shown(spec: SheetSpec, row: number, col: number): unknown {
  const c = cellAt(spec, row, col);
  return c?.formula !== undefined ? c.result : c?.value;
}

/** The style a cell ends up with: every range covering it, later ones winning. */
export function styleAt(spec: SheetSpec, row: number, col: number): CellStyle {
  return spec.styles
    .filter(({ area }) => area.top <= row && row <= area.bottom && area.left <= col && col <= area.right)
    .reduce<CellStyle>((s, r) => ({ ...s, ...r.style }), {});
}

/** The merge whose top-left cell is at a position. */
export function mergeAt(spec: SheetSpec, row: number, col: number): Area | undefined {
  return spec.merges.find((m) => m.top === row && m.left === col);
}
