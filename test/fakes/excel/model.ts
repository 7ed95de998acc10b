// The workbook state the fake Excel holds between syncs: what a real workbook would hold, in the
// shapes Office.js returns (values "" when empty, dates as serial numbers, formulas with "=").
import type { Area } from "../../../src/core/grid/grid";
import type { FakeChart } from "./charts";
import type { OfficeValue } from "./values";

/** Style properties the fake records per cell (what the adapter may set through format or setCellProperties). */
export interface FakeCellStyle {
  fill?: string;
  fontColor?: string;
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  borders?: Record<string, string>;
}

/** A conditional format on a sheet. */
export interface FakeConditionalFormat {
  id: string;
  area: Area;
  formula: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

/** One worksheet. */
export class FakeSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  /** Rows of values, 0-based; missing rows and cells are empty. */
  rows: OfficeValue[][] = [];
  formulas = new Map<number, string>();
  numberFormats = new Map<number, string>();
  styles = new Map<number, FakeCellStyle>();
  links = new Map<number, string>();
  merges: Area[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  /** Hidden columns, 1-based (as the range areas are). */
  hiddenColumns = new Set<number>();
  freeze: { rows: number; columns: number } | null = null;
  conditionalFormats: FakeConditionalFormat[] = [];
  tabColor = "";
  pageLayout: Record<string, unknown> = {};
  customProperties = new Map<string, string>();
  autoFilter: string | null = null;
  /** Charts on the sheet (test/fakes/excel/charts.ts); they go with the sheet when it is deleted. */
  charts: FakeChart[] = [];

  constructor(readonly id: string, name: string) {
    this.name = name;
  }

  /** Key of a 0-based cell in the sparse maps. */
  static key(row: number, col: number): number {
    return row * 16384 + col;
  }

  value(row: number, col: number): OfficeValue {
    const v = this.rows[row]?.[col];
    return v === undefined ? "" : v;
  }

  setValue(row: number, col: number, v: OfficeValue): void {
    const r = (this.rows[row] ??= []);
    while (r.length < col) r.push("");
    r[col] = v;
  }

  /** The 0-based bounds of the cells holding a value or formula, or null when there is none. */
  usedBounds(): { top: number; left: number; bottom: number; right: number } | null {
    let top = -1, bottom = -1, left = Infinity, right = -1;
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      let first = -1, last = -1;
      for (let c = 0; c < row.length; c++) {
        if (row[c] !== "" && row[c] !== undefined) {
          if (first < 0) first = c;
          last = c;
        }
      }
      if (first < 0) continue;
      if (top < 0) top = r;
      bottom = r;
      left = Math.min(left, first);
      right = Math.max(right, last);
    }
    for (const k of this.formulas.keys()) {
      const r = Math.floor(k / 16384), c = k % 16384;
      if (top < 0 || r < top) top = r;
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
    return top < 0 ? null : { top, left, bottom, right };
  }
}

/** The whole workbook. */
export class FakeWorkbookModel {
  sheets: FakeSheet[] = [];
  /** Workbook-scoped defined names: name → formula ("='附件1'!$A$1"). */
  names = new Map<string, string>();
  settings = new Map<string, unknown>();
  activeSheet = 0;
  selection: { sheet: string; address: string } | null = null;
  private nextId = 1;
  private nextCf = 1;

  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(`{sheet-${this.nextId++}}`, name);
    this.sheets.push(s);
    return s;
  }

  newCfId(): string {
    return `{cf-${this.nextCf++}}`;
  }

  byName(name: string): FakeSheet | null {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower) ?? null;
  }

  byId(id: string): FakeSheet | null {
    return this.sheets.find((s) => s.id === id) ?? null;
  }
}
