import { cellAddress, parseAreaAddress } from "../../core/grid/address";
import { figureOf, type AnyFigure, type SheetSpec } from "../../core/spec/spec";

/** The figures of the inserted summary: by the sheet's name as written, then by the cell's A1 address. */
export type FigureCells = ReadonlyMap<string, ReadonlyMap<string, AnyFigure>>;

/**
 * Where each figure of the inserted sheets sits, from the specs the pane wrote (their `figure`,
 * `indicatorFigure` and `groupFigure`), under the names the sheets got (`nameOf` a spec's name; the spec's own otherwise): no read needed.
 */
export function figureCells(specs: readonly SheetSpec[], nameOf: ReadonlyMap<string, string> = new Map()): FigureCells {
  const out = new Map<string, Map<string, AnyFigure>>();
  specs.forEach((spec) => {
    const cells = new Map<string, AnyFigure>();
    for (const cell of spec.cells) {
      const figure = figureOf(cell);
      if (figure) cells.set(cellAddress(cell.row, cell.col), figure);
    }
    if (cells.size > 0) out.set(nameOf.get(spec.name) ?? spec.name, cells);
  });
  return out;
}

/** The figure of a selection: the figure in its top-left cell, if that is a count cell of an inserted sheet. */
export function figureAt(cells: FigureCells, sheet: string, address: string): AnyFigure | undefined {
  const area = parseAreaAddress(address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address);
  return area ? cells.get(sheet)?.get(cellAddress(area.top, area.left)) : undefined;
}
