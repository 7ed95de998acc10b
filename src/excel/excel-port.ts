// The WorkbookPort over Office.js: each action is one Excel.run through runBatch (run.ts).
import type { Area, Grid } from "../core/grid/grid";
import type { Finding } from "../core/finding/finding";
import type { SheetSpec } from "../core/spec/spec";
import type {
  AreaRead, CellSnapshot, CellWrite, FlagResult, PortCapabilities, ReadSheetOptions, SelectionChange, SheetChange, SheetInfo,
  Unsubscribe, WorkbookPort, WriteResult, WriteSheetsOptions,
} from "../port/workbook-port";
import { detectLevels, excelCapabilities, type ApiLevels } from "./capabilities";
import { editUserCells, restoreUserCells } from "./edit-cells";
import { readAreaCells } from "./read-area";
import { readSheetGrid } from "./read-sheet";
import { removeGenerated } from "./remove-sheets";
import { addRowFlags, clearRowFlags, FLAG_SHEET } from "./row-flags";
import { runBatch, type Batch, type ExcelHost } from "./run";
import { scanSheets } from "./sheet-markers";
import { writeSpecs } from "./write-sheets";

/** After its own write the add-in ignores change events this long: Excel delivers them after the batch. */
const OWN_WRITE_QUIET_MS = 500;

/** The Office.js adapter behind the WorkbookPort. */
export class ExcelPort implements WorkbookPort {
  private levelsCache?: ApiLevels;
  /**
   * Sheets the add-in is writing or has just written ("*": any sheet), and until when their change
   * events are taken as its own: Infinity while the batch runs, then the quiet time after it.
   */
  private readonly quiet = new Map<string, number>();

  constructor(private readonly host: ExcelHost) {}

  private get levels(): ApiLevels {
    return (this.levelsCache ??= detectLevels(this.host));
  }

  /**
   * A batch that writes `sheets` ("*": sheets it cannot name beforehand): below ExcelApi 1.14, whose
   * events do not say who made them, change events on those sheets are then not the user's. An
   * edit on any other sheet is still the user's, even while the add-in writes.
   */
  private async write<T>(sheets: readonly string[] | "*", batch: Batch<T>): Promise<T> {
    const keys = sheets === "*" ? ["*"] : [...new Set(sheets)];
    for (const k of keys) this.quiet.set(k, Infinity);
    try {
      return await runBatch(this.host, batch);
    } finally {
      const until = Date.now() + OWN_WRITE_QUIET_MS;
      for (const k of keys) this.quiet.set(k, until);
    }
  }

  /** True when a change event on the sheet is the add-in's own write. */
  private isOwn(sheet: string, triggerSource: string | undefined): boolean {
    // ExcelApi 1.14 says who made the change: trust it, and miss no user edit made during a write.
    if (triggerSource !== undefined) return triggerSource === "ThisLocalAddin";
    const now = Date.now();
    return (this.quiet.get(sheet) ?? 0) > now || (this.quiet.get("*") ?? 0) > now;
  }

  async capabilities(): Promise<PortCapabilities> {
    return excelCapabilities(this.host, this.levels);
  }

  async listSheets(): Promise<SheetInfo[]> {
    const { sheets } = await runBatch(this.host, (ctx) => scanSheets(ctx, this.levels, true));
    return sheets.filter((s) => s.name !== FLAG_SHEET).map(({ id: _id, ...info }) => info);
  }

  readSheet(name: string, options?: ReadSheetOptions): Promise<Grid> {
    return runBatch(this.host, (ctx) => readSheetGrid(ctx, this.levels, name, options));
  }

  readArea(name: string, area: Area): Promise<AreaRead> {
    return runBatch(this.host, (ctx) => readAreaCells(ctx, name, area));
  }

  writeSheets(specs: readonly SheetSpec[], options?: WriteSheetsOptions): Promise<WriteResult> {
    return this.write(specs.map((s) => s.name), (ctx) => writeSpecs(ctx, this.levels, specs, options));
  }

  removeGeneratedSheets(profile?: string): Promise<string[]> {
    return this.write("*", (ctx) => removeGenerated(ctx, this.levels, profile));
  }

  addFlags(sheet: string, findings: readonly Finding[]): Promise<FlagResult> {
    return this.write([sheet], (ctx) => addRowFlags(ctx, sheet, findings));
  }

  clearFlags(sheet?: string): Promise<number> {
    return this.write(sheet === undefined ? "*" : [sheet], (ctx) => clearRowFlags(ctx, sheet));
  }

  async select(sheet: string, address?: string): Promise<boolean> {
    await runBatch(this.host, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      if (address) ws.getRange(address).select();
      await ctx.sync();
    });
    return true;
  }

  editCells(writes: readonly CellWrite[]): Promise<CellSnapshot> {
    return this.write(writes.map((w) => w.sheet), (ctx) => editUserCells(ctx, writes));
  }

  restoreCells(snapshot: CellSnapshot): Promise<void> {
    return this.write(snapshot.cells.map((c) => c.sheet), (ctx) => restoreUserCells(ctx, snapshot));
  }

  async onSheetChanged(sheet: string, listener: (change: SheetChange) => void): Promise<Unsubscribe> {
    let active = true;
    const handler = async (args: Excel.WorksheetChangedEventArgs) => {
      const own = this.isOwn(sheet, args.triggerSource);
      if (active && !own) listener({ sheet, address: args.address || undefined, ...(args.changeType ? { changeType: String(args.changeType) } : {}) });
    };
    const result = await runBatch(this.host, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem(sheet).onChanged.add(handler);
      await ctx.sync();
      return r;
    });
    return async () => {
      active = false;
      result.remove();
    };
  }

  /**
   * Worksheet.onSelectionChanged (1.7) on each sheet, added in one request: the event carries the
   * address, so a selection costs no request at all. The sheet is known from the subscription.
   */
  async onSelectionChanged(sheets: readonly string[], listener: (change: SelectionChange) => void): Promise<Unsubscribe> {
    let active = true;
    const results = await runBatch(this.host, async (ctx) => {
      const added = sheets.map((sheet) =>
        ctx.workbook.worksheets.getItem(sheet).onSelectionChanged.add(async (args: Excel.WorksheetSelectionChangedEventArgs) => {
          if (active) listener({ sheet, address: args.address });
        }),
      );
      await ctx.sync();
      return added;
    });
    return async () => {
      active = false;
      for (const r of results) r.remove();
    };
  }
}
