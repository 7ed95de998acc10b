// The strict fake Excel host: Excel.run over a fake workbook, at a chosen ExcelApi level, with the
// limits of Excel on the web. Tests and the browser page both start here.
import type { Grid } from "../../../src/core/grid/grid";
import { areaAddress, parseAreaAddress, quoteSheetName } from "../../../src/core/grid/address";
import { FakeKeyedCollection } from "./collections";
import { FakeContext, strict, type FakeHostState, type FakeLimits, type SyncRecord } from "./context";
import { FakeOfficeError } from "./errors";
import { FakeSheet, FakeWorkbookModel } from "./model";
import { FakeRange } from "./range";
import { userSelect } from "./selection-events";
import { toOfficeValue } from "./values";
import { FakeWorksheets, type HandlerRegistry } from "./worksheet";

/** The API levels the fake can play. */
export type FakeLevel = "1.7" | "1.9" | "1.12" | "1.13" | "1.14";

/** The minor version of "1.x". */
export function minorOf(version: string): number {
  const m = /^1\.(\d+)$/.exec(version);
  return m ? Number(m[1]) : Number.NaN;
}

/** Options of a fake host. */
export interface FakeExcelOptions {
  level?: FakeLevel;
  platform?: string;
  limits?: Partial<FakeLimits>;
}

const DEFAULT_LIMITS: FakeLimits = { payloadBytes: 5 * 1024 * 1024, nullCells: 5_000_000 };

/** A fake Excel host: Excel.run, isSetSupported, sync records and ways to seed and inspect the workbook. */
export class FakeExcel {
  readonly model = new FakeWorkbookModel();
  readonly state: FakeHostState;
  readonly platform: string;
  private readonly handlers: HandlerRegistry = new Map();
  private runs = 0;

  constructor(options: FakeExcelOptions = {}) {
    this.platform = options.platform ?? "OfficeOnline";
    this.state = {
      model: this.model,
      level: minorOf(options.level ?? "1.13"),
      limits: { ...DEFAULT_LIMITS, ...options.limits },
      syncs: [],
      cellEditMode: false,
      changed: (ids) => this.fire(ids, "ThisLocalAddin"),
    };
  }

  /** The ExcelApi level ("1.13"). */
  get level(): string {
    return `1.${this.state.level}`;
  }

  /** Office.context.requirements.isSetSupported for ExcelApi. */
  isSetSupported(name: string, version?: string): boolean {
    if (name !== "ExcelApi") return false;
    return version === undefined || minorOf(version) <= this.state.level;
  }

  /** Every sync so far with its request and response bytes. */
  get syncs(): readonly SyncRecord[] {
    return this.state.syncs;
  }

  /** Forgets the sync records (between the actions a test measures). */
  resetSyncs(): void {
    this.state.syncs.length = 0;
  }

  /** Puts the user in (or out of) cell-edit mode. */
  setCellEditMode(on: boolean): void {
    this.state.cellEditMode = on;
  }

  /** Excel.run: one context per batch; pending calls are synced at the end; proxies die with the run. */
  run<T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(options: Excel.RunOptions, batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T>;
  async run<T>(optionsOrBatch: unknown, maybeBatch?: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
    const batch = (typeof optionsOrBatch === "function" ? optionsOrBatch : maybeBatch) as (ctx: Excel.RequestContext) => Promise<T>;
    const options = (typeof optionsOrBatch === "object" && optionsOrBatch !== null ? optionsOrBatch : {}) as Excel.RunOptions;
    for (const k of Object.keys(options)) if (k !== "delayForCellEdit") throw new Error(`not implemented: RunOptions.${k}`);
    const ctx = new FakeContext(this.state, options.delayForCellEdit === true);
    this.runs++;
    try {
      const result = await batch(this.contextFor(ctx));
      await ctx.sync();
      return result;
    } finally {
      ctx.closed = true;
    }
  }

  private contextFor(ctx: FakeContext): Excel.RequestContext {
    const worksheets = strict(new FakeWorksheets(ctx, this.handlers), "WorksheetCollection", ctx);
    const names = strict(new FakeKeyedCollection(ctx, "NamedItemCollection", "NamedItem", { map: () => this.model.names as Map<string, unknown>, caseless: true }, ["name", "formula"], undefined,
      (ref) => (ref instanceof Object && "_at" in ref ? `=${rangeRef(ref as FakeRange)}` : ref)), "NamedItemCollection", ctx);
    const settings = strict(new FakeKeyedCollection(ctx, "SettingCollection", "Setting", { map: () => this.model.settings, caseless: false }, ["key", "value"]), "SettingCollection", ctx);
    const application = strict({
      suspendApiCalculationUntilNextSync: () => ctx.enqueue({ name: "suspendApiCalculationUntilNextSync", request: 48, run: () => undefined }),
      suspendScreenUpdatingUntilNextSync: () => {
        ctx.requireLevel(9, "Application.suspendScreenUpdatingUntilNextSync");
        ctx.enqueue({ name: "suspendScreenUpdatingUntilNextSync", request: 48, run: () => undefined });
      },
    }, "Application", ctx);
    const workbook = strict({ worksheets, names, settings, application }, "Workbook", ctx);
    return strict({ workbook, application, sync: () => ctx.sync() }, "RequestContext", ctx) as unknown as Excel.RequestContext;
  }

  /** Adds a sheet holding a Grid's values (dates as serials), formulas, number formats and merges. */
  seedGrid(grid: Grid): FakeSheet {
    const sheet = this.model.addSheet(grid.name);
    if (grid.hidden) sheet.visibility = "Hidden";
    const r0 = grid.origin.row - 1, c0 = grid.origin.col - 1;
    grid.values.forEach((row, i) => row.forEach((v, j) => {
      if (v !== null) sheet.setValue(r0 + i, c0 + j, toOfficeValue(v));
      const f = grid.formulas?.[i]?.[j];
      if (f) sheet.formulas.set(FakeSheet.key(r0 + i, c0 + j), f);
      const nf = grid.numberFormats?.[i]?.[j];
      if (nf && nf !== "General") sheet.numberFormats.set(FakeSheet.key(r0 + i, c0 + j), nf);
    }));
    sheet.merges = (grid.merges ?? []).map((m) => ({ ...m }));
    return sheet;
  }

  /** Adds a workbook-level defined name. */
  seedName(name: string, formula: string): void {
    this.model.names.set(name, formula);
  }

  /** A sheet by name, for assertions. */
  sheet(name: string): FakeSheet {
    const s = this.model.byName(name);
    if (!s) throw new Error(`fake workbook has no sheet ${name}`);
    return s;
  }

  /** The user types values into a range ("B5" or "B5:C6"): the cells change and change handlers fire as a user edit. */
  userEdit(sheetName: string, address: string, values: (string | number | boolean)[][]): void {
    const sheet = this.sheet(sheetName);
    const area = parseAreaAddress(address);
    if (!area) throw new Error(`bad address ${address}`);
    values.forEach((row, i) => row.forEach((v, j) => sheet.setValue(area.top - 1 + i, area.left - 1 + j, v)));
    this.fire(new Set([sheet.id]), "ThisLocalUser", areaAddress(area));
  }

  /** The user selects a range ("C5"): the selection moves and onSelectionChanged handlers of that sheet fire. */
  userSelect(sheetName: string, address: string): void {
    userSelect(this.model, this.sheet(sheetName), address);
  }

  private fire(ids: Set<string>, triggerSource: string, address = ""): void {
    for (const id of ids) {
      for (const h of this.handlers.get(id) ?? []) {
        const args = { worksheetId: id, address, changeType: "RangeEdited", source: "Local", type: "WorksheetChanged", ...(this.state.level >= 14 ? { triggerSource } : {}) };
        // Excel delivers events after the batch, asynchronously.
        setTimeout(() => void handler(h, args), 0);
      }
    }
  }

  /** How many Excel.run batches have run. */
  get runCount(): number {
    return this.runs;
  }
}

async function handler(h: (a: never) => unknown, args: unknown): Promise<void> {
  await h(args as never);
}

function rangeRef(r: FakeRange): string {
  const { sheet, area } = r._at();
  const abs = areaAddress(area).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  return `${quoteSheetName(sheet.name)}!${abs}`;
}

export { FakeOfficeError };
