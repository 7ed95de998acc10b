// A fake Excel.Range: a rectangle of one sheet, resolved at sync; values/formulas/numberFormat
// loads and writes as 2-D arrays, formats by range, merges, conditional formats, cell properties.
import type { Area } from "../../../src/core/grid/grid";
import { areaAddress, parseAreaAddress, quoteSheetName } from "../../../src/core/grid/address";
import { FakeClientObject, type Loader } from "./client-object";
import { strict, type FakeContext } from "./context";
import { FakeOfficeError } from "./errors";
import { FakeSheet, type FakeCellStyle } from "./model";
import type { OfficeValue } from "./values";
import { FakeConditionalFormats } from "./conditional-formats";
import { FakeRangeFormat } from "./range-format";

/** Where a range is, found at sync (null for a null object). */
export type RangeTarget = () => { sheet: FakeSheet; area: Area } | null;

/** Every cell of an area, row by row. */
export function eachCell(area: Area, f: (row0: number, col0: number, i: number, j: number) => void): void {
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) f(r - 1, c - 1, r - area.top, c - area.left);
}

/** A sheet-qualified address as Office.js returns it ("'附件1'!A1:C3"). */
export function qualified(sheet: FakeSheet, area: Area): string {
  return `${quoteSheetName(sheet.name)}!${areaAddress(area)}`;
}

/** Parses "A1:C3", "Sheet!A1" or "'附 件'!A1:B2" into the sheet name (if any) and the area. */
export function parseAddress(address: string): { sheet?: string; area: Area } {
  const bang = address.lastIndexOf("!");
  const sheet = bang < 0 ? undefined : address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  const local = (bang < 0 ? address : address.slice(bang + 1)).replace(/\$/g, "");
  // Whole rows ("2:2", "5:9"), as Excel takes them: every column of those rows.
  const rows = /^(\d+):(\d+)$/.exec(local);
  const area = rows ? { top: Math.min(+rows[1], +rows[2]), bottom: Math.max(+rows[1], +rows[2]), left: 1, right: 16384 } : parseAreaAddress(local);
  if (!area) throw new FakeOfficeError("InvalidArgument", `The address '${address}' is not valid.`);
  return { sheet, area };
}

function cells(area: Area): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

export class FakeRange extends FakeClientObject {
  private _format?: FakeRangeFormat;
  private _cfs?: FakeConditionalFormats;

  constructor(ctx: FakeContext, readonly _target: RangeTarget, private readonly _orNull = false) {
    super(ctx, "Range");
    if (_orNull) this._checkNull();
  }

  /** The range at sync; a plain (not OrNull) range that does not exist fails the sync. */
  _at(): { sheet: FakeSheet; area: Area } {
    const t = this._target();
    if (!t) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.", "Range");
    return t;
  }

  protected override _exists(): boolean {
    return this._target() !== null;
  }

  protected _loaders(): Record<string, Loader> {
    const big = () => cells(this._at().area) > this._ctx.host.limits.nullCells;
    const matrix = (f: (s: FakeSheet, r: number, c: number) => unknown) => () => {
      if (big()) return null;
      const { sheet, area } = this._at();
      const out: unknown[][] = [];
      for (let r = area.top - 1; r < area.bottom; r++) {
        const row: unknown[] = new Array(area.right - area.left + 1);
        for (let c = area.left - 1, j = 0; c < area.right; c++, j++) row[j] = f(sheet, r, c);
        out.push(row);
      }
      return out;
    };
    return {
      values: matrix((s, r, c) => s.value(r, c)),
      formulas: matrix((s, r, c) => {
        const f = s.formulas.get(FakeSheet.key(r, c));
        return f !== undefined ? `=${f}` : s.value(r, c);
      }),
      numberFormat: matrix((s, r, c) => s.numberFormats.get(FakeSheet.key(r, c)) ?? "General"),
      address: () => qualified(this._at().sheet, this._at().area),
      rowCount: () => this._at().area.bottom - this._at().area.top + 1,
      columnCount: () => this._at().area.right - this._at().area.left + 1,
      rowIndex: () => this._at().area.top - 1,
      columnIndex: () => this._at().area.left - 1,
    };
  }

  get values(): OfficeValue[][] { return this._read("values"); }
  get formulas(): OfficeValue[][] { return this._read("formulas"); }
  get numberFormat(): string[][] { return this._read("numberFormat"); }
  get address(): string { return this._read("address"); }
  get rowCount(): number { return this._read("rowCount"); }
  get columnCount(): number { return this._read("columnCount"); }
  get rowIndex(): number { return this._read("rowIndex"); }
  get columnIndex(): number { return this._read("columnIndex"); }

  private _writeMatrix(name: string, m: unknown[][], put: (s: FakeSheet, r: number, c: number, v: unknown) => void): void {
    if (!Array.isArray(m) || !m.every(Array.isArray)) throw new FakeOfficeError("InvalidArgument", `${name} must be a 2-D array`);
    this._queue(`set ${name}`, m, () => {
      const { sheet, area } = this._at();
      const rows = area.bottom - area.top + 1, cols = area.right - area.left + 1;
      if (m.length !== rows || m.some((r) => r.length !== cols)) {
        throw new FakeOfficeError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`);
      }
      eachCell(area, (r, c, i, j) => put(sheet, r, c, m[i][j]));
      this._ctx.touched.add(sheet.id);
    });
  }

  set values(m: OfficeValue[][]) {
    this._writeMatrix("values", m, (s, r, c, v) => {
      s.formulas.delete(FakeSheet.key(r, c));
      s.setValue(r, c, v as OfficeValue);
    });
  }

  set formulas(m: OfficeValue[][]) {
    this._writeMatrix("formulas", m, (s, r, c, v) => {
      const k = FakeSheet.key(r, c);
      if (typeof v === "string" && v.startsWith("=")) {
        s.formulas.set(k, v.slice(1));
        // The fake does not calculate: a written formula holds no cached result until a test seeds one.
        s.setValue(r, c, "");
      } else {
        s.formulas.delete(k);
        s.setValue(r, c, v as OfficeValue);
      }
    });
  }

  set numberFormat(m: string[][]) {
    this._writeMatrix("numberFormat", m, (s, r, c, v) => {
      if (v === "General" || v === null) s.numberFormats.delete(FakeSheet.key(r, c));
      else s.numberFormats.set(FakeSheet.key(r, c), String(v));
    });
  }

  /** Hides or shows the range's whole columns (ExcelApi 1.2), as Excel does for any range. */
  set columnHidden(hidden: boolean) {
    if (typeof hidden !== "boolean") throw new FakeOfficeError("InvalidArgument", "columnHidden must be a boolean");
    this._ctx.requireLevel(2, "Range.columnHidden");
    this._queue("set columnHidden", hidden, () => {
      const { sheet, area } = this._at();
      for (let c = area.left; c <= area.right; c++) {
        if (hidden) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
      }
    });
  }

  get columnHidden(): boolean { return this._read("columnHidden"); }

  set hyperlink(link: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this._queue("set hyperlink", link, () => {
      const { sheet, area } = this._at();
      sheet.links.set(FakeSheet.key(area.top - 1, area.left - 1), link.documentReference ?? link.address ?? "");
      if (link.textToDisplay !== undefined) sheet.setValue(area.top - 1, area.left - 1, link.textToDisplay);
    });
  }

  get format(): FakeRangeFormat {
    return (this._format ??= strict(new FakeRangeFormat(this._ctx, this), "RangeFormat", this._ctx));
  }

  get conditionalFormats(): FakeConditionalFormats {
    return (this._cfs ??= strict(new FakeConditionalFormats(this._ctx, () => this._target()), "ConditionalFormatCollection", this._ctx));
  }

  merge(across = false): void {
    this._queue("merge", [across], () => {
      const { sheet, area } = this._at();
      const overlaps = (m: Area) => !(m.bottom < area.top || m.top > area.bottom || m.right < area.left || m.left > area.right);
      if (sheet.merges.some(overlaps)) throw new FakeOfficeError("InvalidOperation", "Cannot merge cells that overlap a merged area.");
      if (across) for (let r = area.top; r <= area.bottom; r++) sheet.merges.push({ ...area, top: r, bottom: r });
      else sheet.merges.push({ ...area });
    });
  }

  unmerge(): void {
    this._queue("unmerge", [], () => {
      const { sheet, area } = this._at();
      sheet.merges = sheet.merges.filter((m) => m.bottom < area.top || m.top > area.bottom || m.right < area.left || m.left > area.right);
    });
  }

  clear(applyTo = "All"): void {
    this._queue("clear", [applyTo], () => {
      const { sheet, area } = this._at();
      const all = applyTo === "All";
      if (all || applyTo === "Contents") {
        for (let r = area.top - 1; r < Math.min(area.bottom, sheet.rows.length); r++) {
          const row = sheet.rows[r];
          if (row) for (let c = area.left - 1; c < Math.min(area.right, row.length); c++) row[c] = "";
        }
        for (const k of [...sheet.formulas.keys()]) if (inArea(k, area)) sheet.formulas.delete(k);
        for (const k of [...sheet.links.keys()]) if (inArea(k, area)) sheet.links.delete(k);
        this._ctx.touched.add(sheet.id);
      }
      if (all || applyTo === "Formats") {
        for (const k of [...sheet.styles.keys()]) if (inArea(k, area)) sheet.styles.delete(k);
        for (const k of [...sheet.numberFormats.keys()]) if (inArea(k, area)) sheet.numberFormats.delete(k);
      }
    });
  }

  select(): void {
    this._queue("select", [], () => {
      const { sheet, area } = this._at();
      const model = this._ctx.host.model;
      model.activeSheet = model.sheets.indexOf(sheet);
      model.selection = { sheet: sheet.name, address: areaAddress(area) };
    });
  }

  /** ExcelApi 1.13; a sheet above 512 merged areas fails the sync, as Excel does. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this._ctx.requireLevel(13, "Range.getMergedAreasOrNullObject");
    return strict(new FakeRangeAreas(this._ctx, () => {
      const t = this._target();
      if (!t) return null;
      const { sheet, area } = t;
      const inside = sheet.merges.filter((m) => !(m.bottom < area.top || m.top > area.bottom || m.right < area.left || m.left > area.right));
      if (inside.length > 512) throw new FakeOfficeError("GeneralException", "There are too many merged areas (more than 512).");
      return inside.length === 0 ? null : { sheet, areas: inside };
    }), "RangeAreas", this._ctx);
  }

  /** ExcelApi 1.9: cell properties as a 2-D array the size of the range. */
  setCellProperties(props: { format?: CellFormatProps }[][]): void {
    this._ctx.requireLevel(9, "Range.setCellProperties");
    this._queue("setCellProperties", props, () => {
      const { sheet, area } = this._at();
      const rows = area.bottom - area.top + 1, cols = area.right - area.left + 1;
      if (props.length !== rows || props.some((r) => r.length !== cols)) throw new FakeOfficeError("InvalidArgument", "setCellProperties: the array does not match the range.");
      eachCell(area, (r, c, i, j) => {
        const f = props[i][j]?.format;
        if (f) applyCellFormat(sheet, r, c, f);
      });
    });
  }
}

/** The format part of Excel.SettableCellProperties the fake understands. */
export interface CellFormatProps {
  fill?: { color?: string };
  font?: { color?: string; name?: string; size?: number; bold?: boolean };
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders?: Record<string, { style?: string; weight?: string; color?: string }>;
  [other: string]: unknown;
}

const KNOWN_FORMAT = new Set(["fill", "font", "horizontalAlignment", "verticalAlignment", "wrapText", "borders"]);

function applyCellFormat(sheet: FakeSheet, r: number, c: number, f: CellFormatProps): void {
  for (const k of Object.keys(f)) if (!KNOWN_FORMAT.has(k)) throw new Error(`not implemented: CellProperties.format.${k}`);
  const s = styleAt(sheet, r, c);
  if (f.fill?.color !== undefined) s.fill = f.fill.color;
  if (f.font?.color !== undefined) s.fontColor = f.font.color;
  if (f.font?.name !== undefined) s.fontName = f.font.name;
  if (f.font?.size !== undefined) s.fontSize = f.font.size;
  if (f.font?.bold !== undefined) s.bold = f.font.bold;
  if (f.horizontalAlignment !== undefined) s.horizontal = f.horizontalAlignment;
  if (f.verticalAlignment !== undefined) s.vertical = f.verticalAlignment;
  if (f.wrapText !== undefined) s.wrap = f.wrapText;
  if (f.borders) for (const [edge, b] of Object.entries(f.borders)) (s.borders ??= {})[edge] = `${b.style ?? ""}/${b.weight ?? ""}`;
}

/** The recorded style of a 0-based cell, created on first write. */
export function styleAt(sheet: FakeSheet, r: number, c: number): FakeCellStyle {
  const k = FakeSheet.key(r, c);
  let s = sheet.styles.get(k);
  if (!s) sheet.styles.set(k, (s = {}));
  return s;
}

function inArea(k: number, area: Area): boolean {
  const r = Math.floor(k / 16384) + 1, c = (k % 16384) + 1;
  return r >= area.top && r <= area.bottom && c >= area.left && c <= area.right;
}

/** A fake Excel.RangeAreas as getMergedAreasOrNullObject returns it: address and areaCount. */
export class FakeRangeAreas extends FakeClientObject {
  constructor(ctx: FakeContext, private readonly _find: () => { sheet: FakeSheet; areas: Area[] } | null) {
    super(ctx, "RangeAreas");
    this._checkNull();
  }

  protected override _exists(): boolean {
    return this._find() !== null;
  }

  protected _loaders(): Record<string, Loader> {
    const found = () => this._find() as { sheet: FakeSheet; areas: Area[] };
    return {
      address: () => found().areas.map((a) => qualified(found().sheet, a)).join(", "),
      areaCount: () => found().areas.length,
    };
  }

  get address(): string { return this._read("address"); }
  get areaCount(): number { return this._read("areaCount"); }
}
