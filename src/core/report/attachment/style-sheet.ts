import type { Area } from "../../grid/grid";
import type { SheetSpec } from "../../spec/spec";
import type { ReportFonts } from "../report-data";
import type { FilledCell } from "./filled-cell";
import type { FormFieldRows } from "./form-fields";
import type { HeaderGrid } from "./header-grid";
import { columnWidth, rowHeightFor, wrappedLines } from "../sizing";
import { HEADER_FILL } from "../sheet-styles";
import { maxOf } from "../../collections/extremes";

/** Where the parts of an attachment sheet are, for styling and sizing it. */
export interface SheetParts {
  fonts: ReportFonts;
  header: HeaderGrid;
  headerTop: number;
  bodyTop: number;
  tableBottom: number;
  /** Body rows then the totals row, by sheet column. */
  cells: readonly Map<number, FilledCell>[];
  displayText(cell: FilledCell | undefined): string;
  fieldRows: FormFieldRows;
  notes: number;
  /** True for a fill-in form, whose element labels wrap within their merged cells. */
  form: boolean;
}

const BODY_SIZE = 11;
const TITLE_SIZE = 16;
const LABEL_SIZE = 12;
const NOTE_SIZE = 10;
/** Width of a blank answer column of a fill-in form. */
const ANSWER_WIDTH = 40;
/** A form's 要素 is merged over several rows, so it wraps instead of widening the page. */
const FORM_LABEL_MAX = 14;

function widths(p: SheetParts): number[] {
  return p.header.columns.map((column) => {
    const own = p.header.cells.find((h) => h.area.left === column.col && h.area.right === column.col && h.area.bottom === p.bodyTop - 1);
    const texts = p.cells.map((row) => p.displayText(row.get(column.col))).filter((t) => t !== "");
    if (texts.length === 0 && column.leaf.metric === "text") return ANSWER_WIDTH;
    const width = columnWidth(own?.text ?? "", texts, ["label", "phase"].includes(column.leaf.metric ?? ""));
    return p.form && column.leaf.metric === "label" ? Math.min(width, FORM_LABEL_MAX) : width;
  });
}

function span(w: readonly number[], area: Area): number {
  return w.slice(area.left - 1, area.right).reduce((a, b) => a + b, 0);
}

function headerHeights(p: SheetParts, w: readonly number[], heights: Record<number, number>): void {
  const base = rowHeightFor(1, BODY_SIZE);
  for (let r = p.headerTop; r < p.bodyTop; r++) heights[r] = base;
  const need = (text: string, area: Area) => rowHeightFor(wrappedLines(text, span(w, area)), BODY_SIZE);
  for (const h of p.header.cells.filter((c) => c.area.top === c.area.bottom)) heights[h.area.top] = Math.max(heights[h.area.top], need(h.text, h.area));
  // A leaf spanning several header rows (地区) only needs the rows together to be tall enough.
  for (const h of p.header.cells.filter((c) => c.area.bottom > c.area.top)) {
    let total = 0;
    for (let r = h.area.top; r <= h.area.bottom; r++) total += heights[r];
    const missing = need(h.text, h.area) - total;
    if (missing > 0) heights[h.area.bottom] += missing;
  }
}

/** Columns whose body texts wrap (a form's long items) read better left-aligned. */
function wrappingColumns(p: SheetParts, w: readonly number[]): number[] {
  return p.header.columns
    .filter((c) => p.cells.some((row) => wrappedLines(p.displayText(row.get(c.col)), w[c.col - 1]) > 1))
    .map((c) => c.col);
}

function formatRuns(p: SheetParts, spec: SheetSpec): void {
  for (const column of p.header.columns) {
    let start = 0;
    for (let i = 1; i <= p.cells.length; i++) {
      const format = p.cells[start].get(column.col)?.numberFormat;
      if (i < p.cells.length && p.cells[i].get(column.col)?.numberFormat === format) continue;
      if (format) spec.styles.push({ area: { top: p.bodyTop + start, left: column.col, bottom: p.bodyTop + i - 1, right: column.col }, style: { numberFormat: format } });
      start = i;
    }
  }
}

/**
 * The printed attachment's look: heading font for label and title, body font with thin borders over
 * the table, bold centred wrapped headers on a light fill, number formats, column widths that fit
 * the Chinese text and row heights for wrapped headers and long items.
 */
export function styleSheet(spec: SheetSpec, p: SheetParts): void {
  const width = p.header.width;
  const w = widths(p);
  spec.columnWidths = w;
  const table: Area = { top: p.headerTop, left: 1, bottom: p.tableBottom, right: width };
  spec.styles.push(
    { area: { top: 1, left: 1, bottom: 1, right: 1 }, style: { fontName: p.fonts.heading, fontSize: LABEL_SIZE, horizontal: "left" } },
    { area: { top: 2, left: 1, bottom: 2, right: width }, style: { fontName: p.fonts.heading, fontSize: TITLE_SIZE, horizontal: "center", vertical: "middle", wrap: true } },
  );
  if (p.fieldRows.rows > 0) {
    spec.styles.push({ area: { top: 3, left: 1, bottom: 2 + p.fieldRows.rows, right: width }, style: { fontName: p.fonts.body, fontSize: BODY_SIZE, vertical: "middle" } });
    for (const a of p.fieldRows.answers(width)) spec.styles.push({ area: a, style: { border: "thin" } });
    for (let r = 3; r < 3 + p.fieldRows.rows; r++) spec.rowHeights[r] = rowHeightFor(1, BODY_SIZE);
  }
  spec.styles.push(
    { area: table, style: { fontName: p.fonts.body, fontSize: BODY_SIZE, border: "thin", horizontal: "center", vertical: "middle", wrap: true } },
    { area: { top: p.headerTop, left: 1, bottom: p.bodyTop - 1, right: width }, style: { bold: true, fill: HEADER_FILL } },
  );
  for (const col of wrappingColumns(p, w)) spec.styles.push({ area: { top: p.bodyTop, left: col, bottom: p.tableBottom, right: col }, style: { horizontal: "left" } });
  formatRuns(p, spec);
  if (p.notes > 0) {
    spec.styles.push({ area: { top: p.tableBottom + 1, left: 1, bottom: p.tableBottom + p.notes, right: width }, style: { fontName: p.fonts.body, fontSize: NOTE_SIZE, horizontal: "left", vertical: "top", wrap: true } });
  }

  const total = w.reduce((a, b) => a + b, 0);
  const titleLines = wrappedLines(String(spec.cells.find((c) => c.row === 2)?.value ?? ""), (total * BODY_SIZE) / TITLE_SIZE);
  spec.rowHeights[2] = Math.max(30, rowHeightFor(titleLines, TITLE_SIZE));
  headerHeights(p, w, spec.rowHeights);
  p.cells.forEach((row, i) => {
    const sized = [...row].filter(([col]) => !(p.form && p.header.columns[col - 1]?.leaf.metric === "label"));
    const lines = maxOf(sized.map(([col, cell]) => wrappedLines(p.displayText(cell), w[col - 1])), 1);
    spec.rowHeights[p.bodyTop + i] = rowHeightFor(lines, BODY_SIZE);
  });
  for (let i = 0; i < p.notes; i++) {
    const text = String(spec.cells.find((c) => c.row === p.tableBottom + 1 + i)?.value ?? "");
    spec.rowHeights[p.tableBottom + 1 + i] = rowHeightFor(wrappedLines(text, total), NOTE_SIZE);
  }
}
