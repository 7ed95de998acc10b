// The WorkbookPort over Office.js: each action is one Excel.run through runBatch (run.ts).
import type { Area, Grid } from "../core/grid/grid";
import type { Finding } from "../core/finding/finding";
import type { SheetSpec } from "../core/spec/spec";
import type {
  AreaRead, CellSnapshot, CellWrite, FlagResult, PortCapabilities, ReadSheetOptions, SheetChange, SheetInfo,
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
  private writing = 0;
  private quietUntil = 0;

  constructor(private readonly host: ExcelHost) {}

  private get levels(): ApiLevels {
    return (this.levelsCache ??= detectLevels(this.host));
  }

  /** A batch that writes: change events it causes are not the user's. */
  private async write<T>(batch: Batch<T>): Promise<T> {
    this.writing++;
    try {
      return await runBatch(this.host, batch);
    } finally {
      this.writing--;
      this.quietUntil = Date.now() + OWN_WRITE_QUIET_MS;
    }
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
    return this.write((ctx) => writeSpecs(ctx, this.levels, specs, options));
  }

  removeGeneratedSheets(profile?: string): Promise<string[]> {
    return this.write((ctx) => removeGenerated(ctx, this.levels, profile));
  }

  addFlags(sheet: string, findings: readonly Finding[]): Promise<FlagResult> {
    return this.write((ctx) => addRowFlags(ctx, sheet, findings));
  }

  clearFlags(sheet?: string): Promise<number> {
    return this.write((ctx) => clearRowFlags(ctx, sheet));
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
    return this.write((ctx) => editUserCells(ctx, writes));
  }

  restoreCells(snapshot: CellSnapshot): Promise<void> {
    return this.write((ctx) => restoreUserCells(ctx, snapshot));
  }

  async onSheetChanged(sheet: string, listener: (change: SheetChange) => void): Promise<Unsubscribe> {
    let active = true;
    const handler = async (args: Excel.WorksheetChangedEventArgs) => {
      const own = args.triggerSource === "ThisLocalAddin" || this.writing > 0 || Date.now() < this.quietUntil;
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
}
