// Fake conditional formats: custom (formula) rules only, each with an id and delete(), which is
// all the adapter needs to add flags and remove exactly those.
import type { Area } from "../../../src/core/grid/grid";
import { FakeClientObject, type Loader } from "./client-object";
import { strict, type FakeContext } from "./context";
import { FakeOfficeError, notImplemented } from "./errors";
import type { FakeConditionalFormat, FakeSheet } from "./model";

type Where = () => { sheet: FakeSheet; area: Area } | null;

function intersects(a: Area, b: Area): boolean {
  return !(a.bottom < b.top || a.top > b.bottom || a.right < b.left || a.left > b.right);
}

/** The fill/font of a custom conditional format. */
class CfStylePart extends FakeClientObject {
  constructor(ctx: FakeContext, type: string, private readonly _cf: () => FakeConditionalFormat, private readonly _map: Record<string, keyof FakeConditionalFormat>) {
    super(ctx, type);
    for (const [prop, key] of Object.entries(_map)) {
      Object.defineProperty(this, prop, {
        enumerable: true,
        get: () => this._read(prop),
        set: (v: unknown) => this._queue(`set ${prop}`, v, () => {
          (this._cf() as unknown as Record<string, unknown>)[key] = v;
        }),
      });
    }
  }

  protected _loaders(): Record<string, Loader> {
    return {};
  }
}

/** A fake Excel.ConditionalFormat. */
export class FakeConditionalFormatObject extends FakeClientObject {
  private _custom?: unknown;

  constructor(ctx: FakeContext, private readonly _find: () => { sheet: FakeSheet; cf: FakeConditionalFormat }) {
    super(ctx, "ConditionalFormat");
  }

  protected _loaders(): Record<string, Loader> {
    return { id: () => this._find().cf.id, type: () => "Custom" };
  }

  get id(): string { return this._read("id"); }
  get type(): string { return this._read("type"); }

  get custom(): unknown {
    const ctx = this._ctx;
    const cf = () => this._find().cf;
    const rule = strict(new CfStylePart(ctx, "ConditionalFormatRule", cf, { formula: "formula" }), "ConditionalFormatRule", ctx);
    const fill = strict(new CfStylePart(ctx, "ConditionalRangeFill", cf, { color: "fill" }), "ConditionalRangeFill", ctx);
    const font = strict(new CfStylePart(ctx, "ConditionalRangeFont", cf, { color: "fontColor", bold: "bold" }), "ConditionalRangeFont", ctx);
    const format = strict({ fill, font } as object, "ConditionalRangeFormat", ctx);
    return (this._custom ??= strict({ rule, format } as object, "CustomConditionalFormat", ctx));
  }

  delete(): void {
    this._queue("delete", [], () => {
      const { sheet, cf } = this._find();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== cf);
    });
  }
}

/** A fake Excel.ConditionalFormatCollection of a range: the formats intersecting it. */
export class FakeConditionalFormats extends FakeClientObject {
  constructor(ctx: FakeContext, private readonly _where: Where) {
    super(ctx, "ConditionalFormatCollection");
  }

  private _at(): { sheet: FakeSheet; area: Area } {
    const w = this._where();
    if (!w) throw new FakeOfficeError("ItemNotFound", "The range of the conditional formats does not exist.");
    return w;
  }

  private _inRange(): FakeConditionalFormat[] {
    const w = this._where();
    if (!w) return [];
    const { sheet, area } = w;
    return sheet.conditionalFormats.filter((c) => intersects(c.area, area));
  }

  protected _loaders(): Record<string, Loader> {
    return { count: () => this._inRange().length };
  }

  protected override _loadPath(name: string): boolean {
    return name === "items" || name === "items/id" || name === "items/type";
  }

  protected override _loadPaths(names: string[]): number {
    if (names.length === 0) return 0;
    const sheet = this._where()?.sheet;
    const items = this._inRange().map((cf) => {
      const o = strict(new FakeConditionalFormatObject(this._ctx, () => ({ sheet: sheet as FakeSheet, cf })), "ConditionalFormat", this._ctx);
      o._setLoaded("id", cf.id);
      o._setLoaded("type", "Custom");
      return o;
    });
    this._setLoaded("items", items);
    return items.length * 40;
  }

  get items(): FakeConditionalFormatObject[] { return this._read("items"); }
  get count(): number { return this._read("count"); }

  add(type: string): FakeConditionalFormatObject {
    if (type !== "Custom") throw notImplemented(`ConditionalFormatCollection.add("${type}")`);
    let made: { sheet: FakeSheet; cf: FakeConditionalFormat } | undefined;
    this._queue("add", [type], () => {
      const { sheet, area } = this._at();
      const cf: FakeConditionalFormat = { id: this._ctx.host.model.newCfId(), area: { ...area }, formula: "" };
      sheet.conditionalFormats.push(cf);
      made = { sheet, cf };
    });
    return strict(new FakeConditionalFormatObject(this._ctx, () => {
      if (!made) throw new FakeOfficeError("InvalidObjectPath", "conditional format not created");
      return made;
    }), "ConditionalFormat", this._ctx);
  }

  getItem(id: string): FakeConditionalFormatObject {
    return strict(new FakeConditionalFormatObject(this._ctx, () => {
      const { sheet } = this._at();
      const cf = sheet.conditionalFormats.find((c) => c.id === id);
      if (!cf) throw new FakeOfficeError("ItemNotFound", `No conditional format ${id}.`);
      return { sheet, cf };
    }), "ConditionalFormat", this._ctx);
  }

  clearAll(): void {
    this._queue("clearAll", [], () => {
      const { sheet, area } = this._at();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => !intersects(c.area, area));
    });
  }
}
