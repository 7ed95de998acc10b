// The fake Excel for a browser page: load dist/fake-excel/fake-office.js instead of office.js and
// the page finds `Office` and `Excel` globals backed by the strict fake, plus `AnbiaoFakeExcel` to
// seed it and read its sync records. Usage: test/fakes/README.md.
import type { CellValue } from "../../../src/core/grid/grid";
import { FakeExcel, type FakeExcelOptions, type FakeLevel } from "./fake-excel";
import { seedFromXlsx } from "./seed";

/** A sheet to seed from plain data: rows of values from A1 (null for empty; dates as Date or serial). */
export interface SeedSheet {
  name: string;
  values: CellValue[][];
  hidden?: boolean;
}

/** Options read before the script runs from `window.ANBIAO_FAKE_EXCEL`, or from the page URL (?excelApi=1.7&platform=PC). */
function initialOptions(): FakeExcelOptions {
  const g = globalThis as { ANBIAO_FAKE_EXCEL?: FakeExcelOptions; location?: { search: string } };
  const fromUrl = new URLSearchParams(g.location?.search ?? "");
  return {
    ...g.ANBIAO_FAKE_EXCEL,
    ...(fromUrl.get("excelApi") ? { level: fromUrl.get("excelApi") as FakeLevel } : {}),
    ...(fromUrl.get("platform") ? { platform: fromUrl.get("platform") as string } : {}),
  };
}

let fake = new FakeExcel(initialOptions());

/** The seeding and inspection API of the browser fake. */
const api = {
  /** Starts over with an empty workbook (optionally another level, platform or limits). */
  reset(options: FakeExcelOptions = initialOptions()): void {
    fake = new FakeExcel(options);
  },
  /** Adds the sheets and defined names of an .xlsx file (ArrayBuffer or Uint8Array). */
  seedXlsx(bytes: ArrayBuffer | Uint8Array): void {
    seedFromXlsx(fake, bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  },
  /** Adds sheets from plain rows of values. */
  seedSheets(sheets: SeedSheet[]): void {
    for (const s of sheets) fake.seedGrid({ name: s.name, origin: { row: 1, col: 1 }, values: s.values, hidden: s.hidden });
  },
  /** Puts the user in or out of cell-edit mode. */
  setCellEditMode(on: boolean): void {
    fake.setCellEditMode(on);
  },
  /** The user types values into a range: the cells change and onChanged handlers fire. */
  userEdit(sheet: string, address: string, values: (string | number | boolean)[][]): void {
    fake.userEdit(sheet, address, values);
  },
  /** The user selects a range ("C5"): the selection moves and onSelectionChanged handlers of that sheet fire. */
  userSelect(sheet: string, address: string): void {
    fake.userSelect(sheet, address);
  },
  /** Every sync so far: request and response bytes, queued calls. */
  syncs: () => fake.syncs.map((s) => ({ ...s })),
  /** Sheet names in tab order with their visibility. */
  sheets: () => fake.model.sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
  /** A cell's value as Office.js would return it (row and column 1-based). */
  value: (sheet: string, row: number, col: number) => fake.sheet(sheet).value(row - 1, col - 1),
  /** The whole workbook as plain data (every sheet's cells, formats, conditional formats, markers; names and settings), to compare before and after. */
  state: () => ({
    sheets: fake.model.sheets.map((s) => ({
      name: s.name, visibility: s.visibility, rows: s.rows, formulas: [...s.formulas], numberFormats: [...s.numberFormats], styles: [...s.styles],
      links: [...s.links], merges: s.merges, conditionalFormats: s.conditionalFormats, customProperties: [...s.customProperties],
      columnWidths: [...s.columnWidths], rowHeights: [...s.rowHeights], hiddenColumns: [...s.hiddenColumns], freeze: s.freeze, tabColor: s.tabColor, autoFilter: s.autoFilter, charts: s.charts,
    })),
    names: [...fake.model.names],
    settings: [...fake.model.settings],
  }),
  /** Where the user's selection is: the sheet and A1 address the last select() chose. */
  selection: () => fake.model.selection,
  /** Forgets the sync records so far (to count one step's syncs). */
  resetSyncs: () => fake.resetSyncs(),
  /** The current fake (for anything else a test needs). */
  get fake(): FakeExcel {
    return fake;
  },
};

const office = {
  HostType: { Excel: "Excel" },
  PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
  onReady: async () => ({ host: "Excel", platform: fake.platform }),
  context: {
    get platform() { return fake.platform; },
    get displayLanguage() { return (globalThis as { navigator?: { language?: string } }).navigator?.language ?? "zh-CN"; },
    requirements: { isSetSupported: (name: string, version?: string) => fake.isSetSupported(name, version) },
  },
};

const excel = {
  run: (a: unknown, b?: unknown) => fake.run(a as Excel.RunOptions, b as (ctx: Excel.RequestContext) => Promise<unknown>),
};

Object.assign(globalThis, { Office: office, Excel: excel, AnbiaoFakeExcel: api });
