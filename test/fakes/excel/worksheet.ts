// A fake Excel.Worksheet and WorksheetCollection.
import type { Area } from "../../../src/core/grid/grid";
import { FakeCharts } from "./charts";
import { FakeClientObject, type Loader } from "./client-object";
import { FakeKeyedCollection } from "./collections";
import { strict, type FakeContext } from "./context";
import { FakeOfficeError } from "./errors";
import type { FakeSheet } from "./model";
import { FakeRange, parseAddress } from "./range";
import { selectionEvents } from "./selection-events";

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/** A change handler registered through worksheet.onChanged. */
export type ChangeHandler = (args: { worksheetId: string; address: string; changeType: string; source: string; type: string; triggerSource?: string }) => Promise<unknown> | void;

/** Handlers by sheet id, kept by the host across runs (as Excel keeps them). */
export type HandlerRegistry = Map<string, Set<ChangeHandler>>;

export class FakeWorksheet extends FakeClientObject {
  private _props?: FakeKeyedCollection;
  private _charts?: FakeCharts;

  constructor(ctx: FakeContext, readonly _find: () => FakeSheet | null, private readonly _handlers: HandlerRegistry, orNull = false) {
    super(ctx, "Worksheet");
    if (orNull) this._checkNull();
  }

  _sheet(): FakeSheet {
    const s = this._find();
    if (!s) throw new FakeOfficeError("ItemNotFound", "The requested worksheet doesn't exist.", "Worksheet");
    return s;
  }

  protected override _exists(): boolean {
    return this._find() !== null;
  }

  protected _loaders(): Record<string, Loader> {
    const model = this._ctx.host.model;
    return {
      name: () => this._sheet().name,
      id: () => this._sheet().id,
      position: () => model.sheets.indexOf(this._sheet()),
      visibility: () => this._sheet().visibility,
      tabColor: () => this._sheet().tabColor,
    };
  }

  get name(): string { return this._read("name"); }
  get id(): string { return this._read("id"); }
  get position(): number { return this._read("position"); }
  get visibility(): string { return this._read("visibility"); }
  get tabColor(): string { return this._read("tabColor"); }

  set name(v: string) {
    this._queue("set name", v, () => {
      const other = this._ctx.host.model.byName(v);
      if (other && other !== this._sheet()) throw new FakeOfficeError("InvalidArgument", `A sheet named ${v} already exists.`);
      this._sheet().name = v;
    });
  }

  set position(v: number) {
    this._queue("set position", v, () => {
      const sheets = this._ctx.host.model.sheets;
      const s = this._sheet();
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(Math.min(v, sheets.length), 0, s);
    });
  }

  set visibility(v: string) {
    this._queue("set visibility", v, () => {
      this._sheet().visibility = v as FakeSheet["visibility"];
    });
  }

  set tabColor(v: string) {
    this._ctx.requireLevel(7, "Worksheet.tabColor");
    this._queue("set tabColor", v, () => {
      this._sheet().tabColor = v;
    });
  }

  private _range(area: () => Area, orNull = false): FakeRange {
    return strict(new FakeRange(this._ctx, () => {
      const sheet = this._find();
      return sheet ? { sheet, area: area() } : null;
    }, orNull), "Range", this._ctx);
  }

  getRange(address?: string): FakeRange {
    if (address === undefined) return this._range(() => ({ top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS }));
    const { area } = parseAddress(address);
    return this._range(() => area);
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    this._ctx.requireLevel(7, "Worksheet.getRangeByIndexes");
    if (rowCount < 1 || columnCount < 1) throw new FakeOfficeError("InvalidArgument", "rowCount and columnCount must be at least 1.");
    return this._range(() => ({ top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount }));
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    if (!valuesOnly) throw new Error("not implemented: Worksheet.getUsedRangeOrNullObject(false) (the fake records no formatting-only cells)");
    return strict(new FakeRange(this._ctx, () => {
      const sheet = this._sheet();
      const b = sheet.usedBounds();
      return b ? { sheet, area: { top: b.top + 1, left: b.left + 1, bottom: b.bottom + 1, right: b.right + 1 } } : null;
    }, true), "Range", this._ctx);
  }

  delete(): void {
    this._queue("delete", [], () => {
      const model = this._ctx.host.model;
      const s = this._sheet();
      if (model.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0) throw new FakeOfficeError("InvalidOperation", "A workbook must keep one visible sheet.");
      model.sheets.splice(model.sheets.indexOf(s), 1);
      for (const [name, formula] of [...model.names]) if (String(formula).includes(`${s.name}'!`) || String(formula).startsWith(`=${s.name}!`)) model.names.set(name, "=#REF!");
      model.activeSheet = Math.min(model.activeSheet, model.sheets.length - 1);
    });
  }

  activate(): void {
    this._queue("activate", [], () => {
      const model = this._ctx.host.model;
      model.activeSheet = model.sheets.indexOf(this._sheet());
    });
  }

  get freezePanes(): object {
    const ctx = this._ctx;
    const set = (f: (s: FakeSheet) => void, name: string, args: unknown) => this._queue(`freezePanes.${name}`, args, () => f(this._sheet()));
    return strict({
      freezeRows: (n: number) => set((s) => { s.freeze = { rows: n, columns: 0 }; }, "freezeRows", n),
      freezeColumns: (n: number) => set((s) => { s.freeze = { rows: 0, columns: n }; }, "freezeColumns", n),
      freezeAt: (r: FakeRange) => set(() => {
        const { sheet, area } = r._at();
        sheet.freeze = { rows: area.bottom, columns: area.right };
      }, "freezeAt", []),
      unfreeze: () => set((s) => { s.freeze = null; }, "unfreeze", []),
    }, "WorksheetFreezePanes", ctx);
  }

  get customProperties(): FakeKeyedCollection {
    this._ctx.requireLevel(12, "Worksheet.customProperties");
    return (this._props ??= strict(new FakeKeyedCollection(this._ctx, "WorksheetCustomPropertyCollection", "WorksheetCustomProperty",
      { map: () => this._sheet().customProperties as Map<string, unknown>, caseless: true }, ["key", "value"],
      (key) => { if (key.length > 255) throw new FakeOfficeError("InvalidArgument", "A custom property key is at most 255 characters."); }),
    "WorksheetCustomPropertyCollection", this._ctx));
  }

  /** ExcelApi 1.9: the fake records what is set; anything not listed is not implemented. */
  get pageLayout(): object {
    this._ctx.requireLevel(9, "Worksheet.pageLayout");
    const ctx = this._ctx;
    const put = (key: string, v: unknown) => this._queue(`pageLayout.${key}`, v, () => { this._sheet().pageLayout[key] = v; });
    const layout: Record<string, unknown> = {};
    for (const key of ["orientation", "paperSize", "centerHorizontally", "zoom", "leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"]) {
      Object.defineProperty(layout, key, { enumerable: true, set: (v: unknown) => put(key, v), get: () => { throw new FakeOfficeError("PropertyNotLoaded", `pageLayout.${key} not loaded`); } });
    }
    layout.setPrintTitleRows = (address: string) => put("printTitleRows", address);
    const footer: Record<string, unknown> = {};
    for (const key of ["leftFooter", "centerFooter", "rightFooter"]) Object.defineProperty(footer, key, { enumerable: true, set: (v: unknown) => put(key, v) });
    layout.headersFooters = strict({ defaultForAllPages: strict(footer, "HeaderFooter", ctx) }, "HeaderFooterGroup", ctx);
    return strict(layout, "PageLayout", ctx);
  }

  /** ExcelApi 1.1; the members: charts.ts. */
  get charts(): FakeCharts {
    return (this._charts ??= strict(new FakeCharts(this._ctx, () => this._sheet()), "ChartCollection", this._ctx));
  }

  /** ExcelApi 1.9. */
  get autoFilter(): object {
    this._ctx.requireLevel(9, "Worksheet.autoFilter");
    return strict({
      apply: (r: FakeRange) => this._queue("autoFilter.apply", [], () => { this._sheet().autoFilter = r._at().area ? JSON.stringify(r._at().area) : null; }),
      remove: () => this._queue("autoFilter.remove", [], () => { this._sheet().autoFilter = null; }),
    }, "AutoFilter", this._ctx);
  }

  get onChanged(): object {
    this._ctx.requireLevel(7, "Worksheet.onChanged");
    return strict({
      add: (handler: ChangeHandler) => {
        let id = "";
        this._queue("onChanged.add", [], () => {
          id = this._sheet().id;
          let set = this._handlers.get(id);
          if (!set) this._handlers.set(id, (set = new Set()));
          set.add(handler);
        });
        // Removal takes effect at once and outlives the run (real Excel needs the handler's own context).
        return { remove: () => { this._handlers.get(id)?.delete(handler); } };
      },
    }, "EventHandlers", this._ctx);
  }

  get onSelectionChanged(): object {
    return selectionEvents(this._ctx, () => this._sheet());
  }
}

export class FakeWorksheets extends FakeClientObject {
  constructor(ctx: FakeContext, private readonly _handlers: HandlerRegistry) {
    super(ctx, "WorksheetCollection");
  }

  private _ws(find: () => FakeSheet | null, orNull = false): FakeWorksheet {
    return strict(new FakeWorksheet(this._ctx, find, this._handlers, orNull), "Worksheet", this._ctx);
  }

  protected _loaders(): Record<string, Loader> {
    return { count: () => this._ctx.host.model.sheets.length };
  }

  private static readonly FIELDS = ["name", "id", "position", "visibility", "tabColor"];

  protected override _loadPath(name: string): boolean {
    return name === "items" || FakeWorksheets.FIELDS.some((f) => name === `items/${f}`);
  }

  protected override _loadPaths(names: string[]): number {
    if (names.length === 0) return 0;
    const fields = names.includes("items") ? FakeWorksheets.FIELDS : names.map((n) => n.slice("items/".length));
    const model = this._ctx.host.model;
    let bytes = 0;
    const items = model.sheets.map((s, i) => {
      const ws = this._ws(() => s);
      const row: Record<string, unknown> = { name: s.name, id: s.id, position: i, visibility: s.visibility, tabColor: s.tabColor };
      for (const f of fields) {
        ws._setLoaded(f, row[f]);
        bytes += f.length + JSON.stringify(row[f]).length + 4;
      }
      return ws;
    });
    this._setLoaded("items", items);
    return bytes;
  }

  get items(): FakeWorksheet[] { return this._read("items"); }
  get count(): number { return this._read("count"); }

  getItem(key: string): FakeWorksheet {
    const model = this._ctx.host.model;
    return this._ws(() => model.byName(key) ?? model.byId(key));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    const model = this._ctx.host.model;
    return this._ws(() => model.byName(key) ?? model.byId(key), true);
  }

  getActiveWorksheet(): FakeWorksheet {
    const model = this._ctx.host.model;
    return this._ws(() => model.sheets[model.activeSheet] ?? null);
  }

  add(name: string): FakeWorksheet {
    let made: FakeSheet | null = null;
    this._queue("add", [name], () => {
      const model = this._ctx.host.model;
      if (model.byName(name)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
      if (name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new FakeOfficeError("InvalidArgument", `Invalid sheet name ${name}.`);
      made = model.addSheet(name);
    });
    return this._ws(() => made);
  }
}
