// The file adapter behind the WorkbookPort (standalone page and Node): reads with the lean reader,
// keeps the generated sheets and cell edits it is given, and writes them out on demand as a new
// workbook or a lossless copy of the input. The input bytes are never modified.
import { appendAll } from "../../core/collections";
import { UserError } from "../../core/errors";
import type { Grid } from "../../core/grid/grid";
import { cellAddress } from "../../core/grid/address";
import { usedArea } from "../../core/grid/grid";
import { markerName } from "../../core/spec/marker";
import { placeSheets, type ExistingSheet } from "../../core/spec/place-sheets";
import type { SheetSpec } from "../../core/spec/spec";
import {
  throwIfAborted, type CellSnapshot, type CellWrite, type FlagResult, type PortCapabilities, type ReadSheetOptions,
  type SheetInfo, type Unsubscribe, type WorkbookPort, type WriteResult, type WriteSheetsOptions,
} from "../../port/workbook-port";
import { readXlsxBytes } from "../read-bytes";
import { existingSheets } from "../package/existing-sheets";
import { readWorkbookPart, workbookPartName } from "../package/read-workbook-part";
import { unzipPackage } from "../package/unzip-package";

/** How the file adapter writes its output: a new workbook of the generated sheets, or a lossless copy of the input with them added. */
export type FileOutputMode = "new" | "copy";

/** The WorkbookPort over an .xlsx file's bytes. */
export class FilePort implements WorkbookPort {
  private grids?: Promise<Grid[]>;
  private existing?: ExistingSheet[];
  private specs: SheetSpec[] = [];
  private edits: CellWrite[] = [];

  constructor(private readonly bytes: Uint8Array, private readonly label: string, private readonly platform = "file") {}

  async capabilities(): Promise<PortCapabilities> {
    return {
      host: "file",
      platform: this.platform,
      apiLevel: null,
      supports: {
        readMerges: true, customProperties: false, pageLayout: true, setCellProperties: false,
        events: false, flags: false, select: false, editCells: true, selectionEvents: false,
      },
    };
  }

  private allGrids(): Promise<Grid[]> {
    return (this.grids ??= readXlsxBytes(this.bytes, this.label));
  }

  private existingSheets(): ExistingSheet[] {
    if (!this.existing) {
      const pkg = unzipPackage(this.bytes, this.label);
      const part = workbookPartName(pkg);
      this.existing = part && pkg.has(part) ? existingSheets(readWorkbookPart(pkg, part)) : [];
    }
    return this.existing;
  }

  async listSheets(): Promise<SheetInfo[]> {
    const grids = await this.allGrids();
    const markers = new Map(this.existingSheets().map((s) => [s.name, s.marker]));
    return grids.map((g, position) => {
      const marker = markers.get(g.name);
      return {
        name: g.name,
        position,
        visibility: g.hidden ? "hidden" : "visible",
        used: g.values.length === 0 ? null : usedArea(g),
        ours: marker !== undefined,
        ...(marker !== undefined ? { marker } : {}),
      };
    });
  }

  async readSheet(name: string, options: ReadSheetOptions = {}): Promise<Grid> {
    throwIfAborted(options.signal);
    const grid = (await this.allGrids()).find((g) => g.name === name);
    if (!grid) throw new UserError("adapter.sheetMissing", { sheet: name });
    throwIfAborted(options.signal);
    options.onProgress?.({ sheet: name, rowsRead: grid.values.length, totalRows: grid.values.length });
    return grid;
  }

  async writeSheets(specs: readonly SheetSpec[], options: WriteSheetsOptions = {}): Promise<WriteResult> {
    throwIfAborted(options.signal);
    const keys = new Set(specs.map((s) => markerName(s.marker)));
    this.specs = [...this.specs.filter((s) => !keys.has(markerName(s.marker))), ...specs];
    const placements = placeSheets(this.existingSheets(), specs);
    options.onProgress?.({ sheetsWritten: specs.length, totalSheets: specs.length });
    return {
      written: placements.map((p) => ({ spec: p.spec.name, name: p.name, replaced: p.replaces !== undefined })),
      skipped: [],
    };
  }

  async removeGeneratedSheets(profile?: string): Promise<string[]> {
    const removed = this.specs.filter((s) => profile === undefined || s.marker.profile === profile);
    this.specs = this.specs.filter((s) => !removed.includes(s));
    return removed.map((s) => s.name);
  }

  async addFlags(): Promise<FlagResult> {
    throw new UserError("adapter.noFlags");
  }

  async clearFlags(): Promise<number> {
    return 0;
  }

  async select(): Promise<boolean> {
    return false;
  }

  async editCells(writes: readonly CellWrite[]): Promise<CellSnapshot> {
    const grids = await this.allGrids();
    const cells = writes.map((w) => {
      const g = grids.find((x) => x.name === w.sheet);
      if (!g) throw new UserError("adapter.sheetMissing", { sheet: w.sheet });
      const r = w.row - g.origin.row, c = w.col - g.origin.col;
      return {
        sheet: w.sheet, row: w.row, col: w.col,
        value: g.values[r]?.[c] ?? null,
        formula: g.formulas?.[r]?.[c] ?? null,
        numberFormat: g.numberFormats?.[r]?.[c] ?? null,
      };
    });
    appendAll(this.edits, writes);
    return { cells };
  }

  async restoreCells(snapshot: CellSnapshot): Promise<void> {
    // The input is never modified: restoring means dropping the pending edits of those cells.
    const key = (s: { sheet: string; row: number; col: number }) => `${s.sheet}\u0000${s.row}\u0000${s.col}`;
    const restored = new Set(snapshot.cells.map(key));
    this.edits = this.edits.filter((e) => !restored.has(key(e)));
  }

  async onSheetChanged(): Promise<Unsubscribe> {
    return async () => undefined;
  }

  /** The generated sheets written so far, in the order given. */
  pendingSheets(): readonly SheetSpec[] {
    return this.specs;
  }

  /** The output workbook: the generated sheets alone ("new"), or a lossless copy of the input with them and the cell edits. */
  async output(mode: FileOutputMode): Promise<Uint8Array> {
    if (mode === "new") return (await import("../write-workbook")).newWorkbookBytes(this.specs);
    let bytes = this.bytes;
    if (this.edits.length > 0) {
      const { editCellsBytes } = await import("../package/edit-cells");
      const bySheet = new Map<string, CellWrite[]>();
      for (const e of this.edits) bySheet.set(e.sheet, [...(bySheet.get(e.sheet) ?? []), e]);
      bytes = editCellsBytes(bytes, this.label, [...bySheet].map(([sheet, ws]) => ({
        sheet,
        writes: ws.map((w) => ({
          address: cellAddress(w.row, w.col),
          formula: w.formula ?? null,
          value: typeof w.value === "number" || typeof w.value === "string" ? w.value : "",
          numberFormat: w.numberFormat ?? null,
        })),
      })));
    }
    if (this.specs.length === 0) return bytes;
    return (await import("../package")).intoCopyBytes(bytes, this.label, [...this.specs]);
  }
}
