// Queues one SheetSpec onto a worksheet: values and formulas first (2-D blocks), then number formats
// and styles by rectangle, merges, sizes, freeze, conditional formats, print setup, charts, tab colour, marker.
// Nothing here syncs: the caller packs the queued steps into as few syncs as the payload allows.
import type { Area } from "../core/grid/grid";
import type { CellSpec, CellStyle, SheetSpec, SpecValue } from "../core/spec/spec";
import type { SkippedPart } from "../port/workbook-port";
import type { ApiLevels } from "./capabilities";
import { MARKER_PROPERTY, markerOf } from "./sheet-markers";
import { styleRects, type StyledRect } from "./style-rects";
import { chartSteps } from "./write-charts";

/** One step of a write: queues calls and says roughly how many request bytes they carry. */
export interface WriteStep {
  bytes: number;
  queue: (ctx: Excel.RequestContext) => void;
  /** The same calls as two smaller steps, for a host whose payload limit is below this step; absent when it cannot be cut. */
  split?: () => WriteStep[];
}

/** A step over a list of parts (rows of a block, links, merges), cut in halves of the list when a request must be smaller. */
function listStep<T extends { bytes: number }>(items: readonly T[], base: number, queue: (items: readonly T[], ctx: Excel.RequestContext) => void): WriteStep {
  const step: WriteStep = { bytes: items.reduce((n, x) => n + x.bytes, base), queue: (ctx) => queue(items, ctx) };
  if (items.length > 1) {
    const half = items.length >> 1;
    step.split = () => [listStep(items.slice(0, half), base, queue), listStep(items.slice(half), base, queue)];
  }
  return step;
}

/** A step over a rectangle costing `perCell` bytes a cell, cut in halves (rows first, then columns) when a request must be smaller. */
function areaStep(area: Area, perCell: number, queue: (area: Area) => void): WriteStep {
  const rows = area.bottom - area.top + 1, cols = area.right - area.left + 1;
  const step: WriteStep = { bytes: OP + rows * cols * perCell, queue: () => queue(area) };
  if (rows > 1 || cols > 1) {
    step.split = () => {
      if (rows > 1) {
        const mid = area.top + (rows >> 1) - 1;
        return [areaStep({ ...area, bottom: mid }, perCell, queue), areaStep({ ...area, top: mid + 1 }, perCell, queue)];
      }
      const mid = area.left + (cols >> 1) - 1;
      return [areaStep({ ...area, right: mid }, perCell, queue), areaStep({ ...area, left: mid + 1 }, perCell, queue)];
    };
  }
  return step;
}

/** Rows of values per block are chosen so one block stays near this many request bytes. */
const VALUE_BLOCK_BYTES = 1_000_000;
/** A rectangle up to this many cells gets one setCellProperties call (1.9); larger ones set format properties. */
const CELL_PROPERTIES_MAX_CELLS = 1_000;
const OP = 60;
const EPOCH_1900 = Date.UTC(1899, 11, 30);

function officeValue(v: SpecValue | undefined): string | number | boolean {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return (v.getTime() - EPOCH_1900) / 86_400_000;
  // A text beginning with "=" would be taken for a formula: the apostrophe keeps it text.
  if (typeof v === "string" && v.startsWith("=")) return `'${v}`;
  return v;
}

function cellFormula(c: CellSpec): string | number | boolean {
  return c.formula !== undefined ? `=${c.formula}` : officeValue(c.value);
}

/** UTF-8 bytes of a value as JSON: what a call carries on the wire (Chinese text is 3 bytes a character). */
function wireBytes(v: unknown): number {
  const json = JSON.stringify(v) ?? "";
  let n = json.length;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return n;
}

function color(rgb: string): string {
  return `#${rgb}`;
}

/** Character widths (the spec's unit) as points: Excel's default font draws a digit 7 px wide, plus 5 px padding. */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;

function borderOf(b: CellStyle["border"]): { style: string; weight?: string } {
  if (b === "none") return { style: "None" };
  return { style: "Continuous", weight: b === "medium" ? "Medium" : "Thin" };
}

function rangeOf(ws: Excel.Worksheet, a: Area): Excel.Range {
  return ws.getRangeByIndexes(a.top - 1, a.left - 1, a.bottom - a.top + 1, a.right - a.left + 1);
}

/** The cell-properties format of a style (setCellProperties, 1.9). */
function cellFormat(s: CellStyle, multi: { rows: boolean; cols: boolean }): Excel.CellPropertiesFormat {
  const f: Excel.CellPropertiesFormat = {};
  if (s.fill !== undefined) f.fill = { color: color(s.fill) };
  const font: Excel.CellPropertiesFont = {};
  if (s.fontName !== undefined) font.name = s.fontName;
  if (s.fontSize !== undefined) font.size = s.fontSize;
  if (s.bold !== undefined) font.bold = s.bold;
  if (s.fontColor !== undefined) font.color = color(s.fontColor);
  if (Object.keys(font).length > 0) f.font = font;
  if (s.horizontal !== undefined) f.horizontalAlignment = H_ALIGN[s.horizontal];
  if (s.vertical !== undefined) f.verticalAlignment = V_ALIGN[s.vertical];
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.border !== undefined) {
    const b = borderOf(s.border);
    const borders: Record<string, Excel.CellBorder> = {};
    // setCellProperties borders are per cell: top/bottom/left/right of every cell cover the inside lines too.
    for (const edge of ["top", "bottom", "left", "right"]) borders[edge] = b as Excel.CellBorder;
    void multi;
    f.borders = borders as Excel.CellBorderCollection;
  }
  return f;
}

/** Format properties set once on a range (ExcelApi 1.1): what 1.7 hosts and large rectangles get. */
function setFormat(range: Excel.Range, s: CellStyle, multi: { rows: boolean; cols: boolean }): number {
  let ops = 0;
  const f = range.format;
  if (s.fill !== undefined) { f.fill.color = color(s.fill); ops++; }
  if (s.fontName !== undefined) { f.font.name = s.fontName; ops++; }
  if (s.fontSize !== undefined) { f.font.size = s.fontSize; ops++; }
  if (s.bold !== undefined) { f.font.bold = s.bold; ops++; }
  if (s.fontColor !== undefined) { f.font.color = color(s.fontColor); ops++; }
  if (s.horizontal !== undefined) { f.horizontalAlignment = H_ALIGN[s.horizontal]; ops++; }
  if (s.vertical !== undefined) { f.verticalAlignment = V_ALIGN[s.vertical]; ops++; }
  if (s.wrap !== undefined) { f.wrapText = s.wrap; ops++; }
  if (s.border !== undefined) {
    const b = borderOf(s.border);
    for (const edge of EDGES) {
      if (edge === "InsideVertical" && !multi.cols) continue;
      if (edge === "InsideHorizontal" && !multi.rows) continue;
      const item = f.borders.getItem(edge);
      item.style = b.style as Excel.BorderLineStyle;
      if (b.weight) item.weight = b.weight as Excel.BorderWeight;
      ops += 2;
    }
  }
  return ops;
}

function styleSteps(get: () => Excel.Worksheet, rects: StyledRect[], levels: ApiLevels): WriteStep[] {
  return rects.map(({ area, style }) => {
    const rows = area.bottom - area.top + 1, cols = area.right - area.left + 1;
    const multi = { rows: rows > 1, cols: cols > 1 };
    const small = levels.has("1.9") && rows * cols <= CELL_PROPERTIES_MAX_CELLS;
    if (!small) return { bytes: OP * 12, queue: () => void setFormat(rangeOf(get(), area), style, multi) };
    // Per-cell borders: a part of the rectangle gets exactly the cells' formats the whole would.
    const format = cellFormat(style, multi);
    return areaStep(area, JSON.stringify(style).length + 20, (a) => {
      rangeOf(get(), a).setCellProperties(Array.from({ length: a.bottom - a.top + 1 }, () => Array.from({ length: a.right - a.left + 1 }, () => ({ format }))));
    });
  });
}

function valueSteps(get: () => Excel.Worksheet, spec: SheetSpec): WriteStep[] {
  if (spec.cells.length === 0) return [];
  let top = Infinity, left = Infinity, bottom = 0, right = 0;
  for (const c of spec.cells) {
    if (c.row < top) top = c.row;
    if (c.row > bottom) bottom = c.row;
    if (c.col < left) left = c.col;
    if (c.col > right) right = c.col;
  }
  const width = right - left + 1;
  const byRow = new Map<number, CellSpec[]>();
  for (const c of spec.cells) {
    const list = byRow.get(c.row);
    if (list) list.push(c);
    else byRow.set(c.row, [c]);
  }
  const rowOf = (r: number) => {
    const row: (string | number | boolean)[] = new Array(width).fill("");
    for (const c of byRow.get(r) ?? []) row[c.col - left] = cellFormula(c);
    return row;
  };
  const steps: WriteStep[] = [];
  const writeRows = (rows: readonly { r: number; row: (string | number | boolean)[] }[]) => {
    get().getRangeByIndexes(rows[0].r - 1, left - 1, rows.length, width).formulas = rows.map((x) => x.row);
  };
  let r = top;
  while (r <= bottom) {
    const block: { r: number; row: (string | number | boolean)[]; bytes: number }[] = [];
    let bytes = OP;
    while (r <= bottom && (block.length === 0 || bytes < VALUE_BLOCK_BYTES)) {
      const row = rowOf(r);
      block.push({ r: r++, row, bytes: wireBytes(row) });
      bytes += block[block.length - 1].bytes;
    }
    steps.push(listStep(block, OP, writeRows));
  }
  // Hyperlinks are one call per cell (Office.js has no 2-D form at 1.7): chunked so no sync overflows.
  const links = spec.cells.filter((c) => c.link !== undefined).map((c) => {
    const link = c.link as string;
    const text = c.value === null || c.value === undefined ? undefined : String(c.value);
    const value = link.startsWith("#") ? { documentReference: link.slice(1), textToDisplay: text } : { address: link, textToDisplay: text };
    return { c, value, bytes: OP + wireBytes(value) };
  });
  for (let i = 0; i < links.length;) {
    const chunk: typeof links = [];
    let bytes = 0;
    while (i < links.length && (chunk.length === 0 || bytes + links[i].bytes <= VALUE_BLOCK_BYTES)) {
      bytes += links[i].bytes;
      chunk.push(links[i++]);
    }
    steps.push(listStep(chunk, 0, (part) => {
      const ws = get();
      for (const { c, value } of part) ws.getRangeByIndexes(c.row - 1, c.col - 1, 1, 1).hyperlink = value;
    }));
  }
  return steps;
}

/** Number formats by rectangle of identical format; Date cells without one show as yyyy-mm-dd. */
function numberFormatSteps(get: () => Excel.Worksheet, spec: SheetSpec): WriteStep[] {
  const styles = [
    ...spec.cells.filter((c) => c.value instanceof Date || c.result instanceof Date).map((c) => ({ area: { top: c.row, left: c.col, bottom: c.row, right: c.col }, style: { numberFormat: "yyyy-mm-dd" } })),
    ...spec.styles,
  ];
  const rects = styleRects(styles, (s) => (s.numberFormat !== undefined ? { numberFormat: s.numberFormat } : {}));
  return rects.map(({ area, style }) => {
    const fmt = style.numberFormat as string;
    return areaStep(area, fmt.length + 3, (a) => {
      rangeOf(get(), a).numberFormat = Array.from({ length: a.bottom - a.top + 1 }, () => new Array(a.right - a.left + 1).fill(fmt));
    });
  });
}

function groupedRuns(entries: [number, number][]): { from: number; to: number; size: number }[] {
  const out: { from: number; to: number; size: number }[] = [];
  for (const [i, size] of entries.sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && last.to === i - 1 && last.size === size) last.to = i;
    else out.push({ from: i, to: i, size });
  }
  return out;
}

function layoutSteps(get: () => Excel.Worksheet, spec: SheetSpec, levels: ApiLevels): WriteStep[] {
  const steps: WriteStep[] = [];
  if (spec.merges.length > 0) {
    steps.push(listStep(spec.merges.map((m) => ({ m, bytes: OP })), 0, (part) => { for (const { m } of part) rangeOf(get(), m).merge(false); }));
  }
  const widths = groupedRuns(spec.columnWidths.flatMap((w, i) => (w === undefined ? [] : [[i + 1, w] as [number, number]])));
  const heights = groupedRuns(Object.entries(spec.rowHeights).map(([r, h]) => [Number(r), h] as [number, number]));
  if (widths.length + heights.length > 0) {
    steps.push({
      bytes: (widths.length + heights.length) * OP,
      queue: () => {
        const ws = get();
        for (const w of widths) ws.getRangeByIndexes(0, w.from - 1, 1, w.to - w.from + 1).format.columnWidth = widthPoints(w.size);
        for (const h of heights) ws.getRangeByIndexes(h.from - 1, 0, h.to - h.from + 1, 1).format.rowHeight = h.size;
      },
    });
  }
  const { freeze } = spec;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    steps.push({
      bytes: OP,
      queue: () => {
        const ws = get();
        if (freeze.columns === 0) ws.freezePanes.freezeRows(freeze.rows);
        else if (freeze.rows === 0) ws.freezePanes.freezeColumns(freeze.columns);
        else ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, freeze.rows, freeze.columns));
      },
    });
  }
  if (spec.conditionalFormats.length > 0) {
    steps.push({
      bytes: spec.conditionalFormats.reduce((n, cf) => n + OP * 4 + cf.formula.length, 0),
      queue: () => {
        for (const cf of spec.conditionalFormats) {
          const made = rangeOf(get(), cf.area).conditionalFormats.add("Custom");
          made.custom.rule.formula = `=${cf.formula}`;
          if (cf.style.fill !== undefined) made.custom.format.fill.color = color(cf.style.fill);
          if (cf.style.fontColor !== undefined) made.custom.format.font.color = color(cf.style.fontColor);
          if (cf.style.bold !== undefined) made.custom.format.font.bold = cf.style.bold;
        }
      },
    });
  }
  if (spec.tabColor) steps.push({ bytes: OP, queue: () => { get().tabColor = color(spec.tabColor as string); } });
  const hidden = hiddenColumns(spec, levels);
  if (hidden.length > 0) steps.push({ bytes: hidden.length * OP, queue: () => { for (const c of hidden) get().getRangeByIndexes(0, c - 1, 1, 1).columnHidden = true; } });
  return steps;
}

function printSteps(get: () => Excel.Worksheet, spec: SheetSpec, levels: ApiLevels, skipped: SkippedPart[], sheetName: string): WriteStep[] {
  const p = spec.print;
  if (!p) return [];
  if (!levels.has("1.9")) {
    skipped.push({ sheet: sheetName, part: "printSetup", message: "adapter.skipped.printSetup" });
    return [];
  }
  return [{
    bytes: OP * 12,
    queue: () => {
      const layout = get().pageLayout;
      layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
      layout.paperSize = p.paperSize === "A3" ? "A3" : "A4";
      if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (p.horizontallyCentered !== undefined) layout.centerHorizontally = p.horizontallyCentered;
      if (p.titleRows) layout.setPrintTitleRows(`$${p.titleRows.first}:$${p.titleRows.last}`);
      if (p.margins) {
        // The spec's margins are inches; pageLayout takes points.
        layout.leftMargin = p.margins.left * 72;
        layout.rightMargin = p.margins.right * 72;
        layout.topMargin = p.margins.top * 72;
        layout.bottomMargin = p.margins.bottom * 72;
        layout.headerMargin = p.margins.header * 72;
        layout.footerMargin = p.margins.footer * 72;
      }
      if (p.footer) layout.headersFooters.defaultForAllPages.centerFooter = p.footer.replace(/^&C/, "");
    },
  }];
}

function tableSteps(get: () => Excel.Worksheet, spec: SheetSpec, levels: ApiLevels, skipped: SkippedPart[], sheetName: string): WriteStep[] {
  const filtered = spec.tables.filter((t) => t.autoFilter);
  if (filtered.length === 0) return [];
  if (!levels.has("1.9")) {
    skipped.push({ sheet: sheetName, part: "tables", message: "adapter.skipped.tables" });
    return [];
  }
  // One AutoFilter per sheet in Excel: the first filtered table's area gets it.
  return [{ bytes: OP, queue: () => { const ws = get(); ws.autoFilter.apply(rangeOf(ws, filtered[0].area)); } }];
}

/**
 * Columns to hide. A chart plots hidden cells only once told to (plotVisibleOnly, 1.8): below that,
 * the columns a chart plots stay visible, or its series would be empty.
 */
function hiddenColumns(spec: SheetSpec, levels: ApiLevels): number[] {
  const all = spec.hiddenColumns ?? [];
  if (levels.has("1.8")) return all;
  const plotted = new Set((spec.charts ?? []).flatMap((c) => c.series.map((s) => s.values.col)));
  return all.filter((c) => !plotted.has(c));
}

/** The marker: a custom property (1.12) or the workbook-level defined name (every level); an existing name is kept. */
function markerSteps(get: () => Excel.Worksheet, spec: SheetSpec, levels: ApiLevels, hasName: boolean): WriteStep[] {
  const name = markerOf(spec.marker);
  if (levels.has("1.12")) return [{ bytes: OP + name.length, queue: () => { get().customProperties.add(MARKER_PROPERTY, name); } }];
  if (hasName) return [];
  return [{ bytes: OP + name.length * 2, queue: (ctx) => { ctx.workbook.names.add(name, get().getRange("A1")); } }];
}

/** Clears one of our sheets for an in-place rewrite: contents, formats, merges, conditional formats, sizes, freeze, filter. */
export function clearStep(get: () => Excel.Worksheet, levels: ApiLevels): WriteStep {
  return {
    bytes: OP * 8,
    queue: () => {
      const ws = get();
      const all = ws.getRange();
      all.unmerge();
      all.clear("All");
      all.conditionalFormats.clearAll();
      all.format.useStandardHeight = true;
      all.format.useStandardWidth = true;
      ws.freezePanes.unfreeze();
      ws.tabColor = "";
      if (levels.has("1.9")) ws.autoFilter.remove();
    },
  };
}

/** Every step of writing one spec onto the worksheet `get()` returns, in the order Excel wants them. */
export function specSteps(get: () => Excel.Worksheet, spec: SheetSpec, sheetName: string, levels: ApiLevels, hasMarkerName: boolean, skipped: SkippedPart[]): WriteStep[] {
  const rects = styleRects(spec.styles, ({ numberFormat: _n, ...rest }) => rest);
  return [
    ...valueSteps(get, spec),
    ...numberFormatSteps(get, spec),
    ...styleSteps(get, rects, levels),
    ...layoutSteps(get, spec, levels),
    ...printSteps(get, spec, levels, skipped, sheetName),
    ...tableSteps(get, spec, levels, skipped, sheetName),
    ...chartSteps(get, spec, sheetName, levels, skipped),
    ...markerSteps(get, spec, levels, hasMarkerName),
  ];
}
