import { parseCellAddress } from "../../core/grid/address";
import { findCell, readSheetRows, type SheetCell, type SheetRow } from "./sheet-cells";
import { applyEdits, type TextEdit } from "./text-edits";
import { attr, escapeXml } from "./xml-tags";

/** A cell to rewrite: a formula (without "=") with its cached result, or a constant; and the percent format it needs, if any. */
export interface CellWrite {
  address: string;
  formula: string | null;
  value: number | string;
  /** A percent format for a cell whose own format shows no percent; null keeps the cell's format. */
  numberFormat: string | null;
}

/** Picks the style index a rewritten cell takes, given its current one (0 when it has none). */
export type StyleFor = (xf: number, numberFormat: string | null) => number;

function prefixOf(name: string): string {
  return name.includes(":") ? name.slice(0, name.indexOf(":") + 1) : "";
}

/** The new <c> element: the old one's attributes but its type, style and value metadata, the formula and cached value, or the constant. */
function cellXml(name: string, attrs: string, write: CellWrite, style: number): string {
  const p = prefixOf(name);
  const kept = attrs.replace(/\s(?:t|s|vm|cm)\s*=\s*(?:"[^"]*"|'[^']*')/g, "");
  const s = style > 0 ? ` s="${style}"` : "";
  const text = typeof write.value === "string";
  const t = text ? ' t="str"' : "";
  const f = write.formula === null ? "" : `<${p}f>${escapeXml(write.formula)}</${p}f>`;
  const v = `<${p}v>${escapeXml(String(write.value))}</${p}v>`;
  // A constant text would need a shared or inline string; the fix only writes text as a formula's result.
  if (text && write.formula === null) throw new Error(`constant text for ${write.address}`);
  return `<${name}${kept}${s}${t}>${f}${v}</${name}>`;
}

function styleOf(attrs: string): number {
  return Number(attr(attrs, "s") ?? 0);
}

/** Where a new cell goes in an existing row: before the first cell to its right, else at the row's end. */
function insertion(row: SheetRow, col: number, xml: string): TextEdit {
  const next = row.cells.find((c) => c.col > col);
  if (next) return { start: next.start, end: next.start, text: xml };
  if (row.closeStart !== undefined) return { start: row.closeStart, end: row.closeStart, text: xml };
  const open = row.open;
  return { start: open.start, end: open.end, text: `<${row.name}${row.attrs}>${xml}</${row.name}>` };
}

function rowStyle(row: SheetRow): number {
  return /^(1|true)$/.test(attr(row.attrs, "customFormat") ?? "") ? styleOf(row.attrs) : 0;
}

/**
 * Rewrites single cells of a worksheet part's XML in place: each <c> element is replaced by one
 * holding the formula and its cached value (t="str" for a text result such as "/") or the
 * constant, keeping its other attributes and its style, or a style showing a percent where asked.
 * A missing cell is inserted in its row. Every other byte of the part stays as it was.
 */
export function editSheetCells(xml: string, writes: readonly CellWrite[], styleFor: StyleFor): string {
  const rows = readSheetRows(xml);
  const edits: TextEdit[] = writes.map((write) => {
    const { row, cell } = findCell(rows, write.address);
    if (cell) return replace(cell, write, styleFor);
    const pos = parseCellAddress(write.address);
    if (!row || !pos) throw new Error(`no row for ${write.address} in the sheet`);
    const name = `${prefixOf(row.name)}c`;
    return insertion(row, pos.col, cellXml(name, ` r="${write.address}"`, write, styleFor(rowStyle(row), write.numberFormat)));
  });
  return applyEdits(xml, edits);
}

function replace(cell: SheetCell, write: CellWrite, styleFor: StyleFor): TextEdit {
  const style = styleFor(styleOf(cell.attrs), write.numberFormat);
  return { start: cell.start, end: cell.end, text: cellXml(cell.name, cell.attrs, write, style) };
}
