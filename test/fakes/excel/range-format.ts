// A fake Excel.RangeFormat: every property set applies to the whole range at sync (by range, never per cell).
import { FakeClientObject, type Loader } from "./client-object";
import { strict, type FakeContext } from "./context";
import { FakeSheet } from "./model";
import { eachCell, styleAt, type FakeRange } from "./range";

type StyleKey = "fill" | "fontColor" | "fontName" | "fontSize" | "bold" | "horizontal" | "vertical" | "wrap";

/** A settable-only part of a format (fill or font), writing one style key per property. */
class FormatPart extends FakeClientObject {
  constructor(ctx: FakeContext, type: string, private readonly _range: FakeRange, private readonly _keys: Record<string, StyleKey>) {
    super(ctx, type);
    for (const [prop, key] of Object.entries(_keys)) {
      Object.defineProperty(this, prop, {
        enumerable: true,
        get: () => this._read(prop),
        set: (v: unknown) => this._setStyle(key, v),
      });
    }
  }

  protected _loaders(): Record<string, Loader> {
    return {};
  }

  _setStyle(key: StyleKey, v: unknown): void {
    this._queue(`set ${key}`, v, () => {
      const { sheet, area } = this._range._at();
      eachCell(area, (r, c) => {
        (styleAt(sheet, r, c) as Record<string, unknown>)[key] = v;
      });
    });
  }
}

/** One border edge of a range (format.borders.getItem(edge)). */
class FakeBorder extends FakeClientObject {
  constructor(ctx: FakeContext, private readonly _range: FakeRange, private readonly _edge: string) {
    super(ctx, "RangeBorder");
  }

  protected _loaders(): Record<string, Loader> {
    return {};
  }

  private _set(prop: string, v: string): void {
    this._queue(`border ${prop}`, v, () => {
      const { sheet, area } = this._range._at();
      eachCell(area, (r, c) => {
        const s = styleAt(sheet, r, c);
        const [style, weight] = (s.borders?.[this._edge] ?? "/").split("/");
        (s.borders ??= {})[this._edge] = prop === "style" ? `${v}/${weight}` : `${style}/${v}`;
      });
    });
  }

  set style(v: string) { this._set("style", v); }
  set weight(v: string) { this._set("weight", v); }
  get style(): string { return this._read("style"); }
  get weight(): string { return this._read("weight"); }
}

class FakeBorders extends FakeClientObject {
  constructor(ctx: FakeContext, private readonly _range: FakeRange) {
    super(ctx, "RangeBorderCollection");
  }

  protected _loaders(): Record<string, Loader> {
    return {};
  }

  getItem(edge: string): FakeBorder {
    return strict(new FakeBorder(this._ctx, this._range, edge), "RangeBorder", this._ctx);
  }
}

/** A fake Excel.RangeFormat. */
export class FakeRangeFormat extends FakeClientObject {
  readonly fill: FormatPart;
  readonly font: FormatPart;
  readonly borders: FakeBorders;

  constructor(ctx: FakeContext, private readonly _range: FakeRange) {
    super(ctx, "RangeFormat");
    this.fill = strict(new FormatPart(ctx, "RangeFill", _range, { color: "fill" }), "RangeFill", ctx);
    this.font = strict(new FormatPart(ctx, "RangeFont", _range, { color: "fontColor", name: "fontName", size: "fontSize", bold: "bold" }), "RangeFont", ctx);
    this.borders = strict(new FakeBorders(ctx, _range), "RangeBorderCollection", ctx);
  }

  protected _loaders(): Record<string, Loader> {
    return {};
  }

  private _cells(key: StyleKey, v: unknown): void {
    (this.fill as unknown as FormatPart)._setStyle.call(this.fill, key, v);
  }

  set horizontalAlignment(v: string) { this._cells("horizontal", v); }
  set verticalAlignment(v: string) { this._cells("vertical", v); }
  set wrapText(v: boolean) { this._cells("wrap", v); }
  get horizontalAlignment(): string { return this._read("horizontalAlignment"); }
  get verticalAlignment(): string { return this._read("verticalAlignment"); }
  get wrapText(): boolean { return this._read("wrapText"); }

  set columnWidth(points: number) {
    this._queue("columnWidth", points, () => {
      const { sheet, area } = this._range._at();
      for (let c = area.left; c <= area.right; c++) sheet.columnWidths.set(c, points);
    });
  }

  set rowHeight(points: number) {
    this._queue("rowHeight", points, () => {
      const { sheet, area } = this._range._at();
      for (let r = area.top; r <= area.bottom; r++) sheet.rowHeights.set(r, points);
    });
  }

  get columnWidth(): number { return this._read("columnWidth"); }
  get rowHeight(): number { return this._read("rowHeight"); }

  set useStandardHeight(v: boolean) {
    this._queue("useStandardHeight", v, () => {
      const { sheet, area } = this._range._at();
      if (v) for (const r of [...sheet.rowHeights.keys()]) if (r >= area.top && r <= area.bottom) sheet.rowHeights.delete(r);
    });
  }

  set useStandardWidth(v: boolean) {
    this._queue("useStandardWidth", v, () => {
      const { sheet, area } = this._range._at();
      if (v) for (const c of [...sheet.columnWidths.keys()]) if (c >= area.left && c <= area.right) sheet.columnWidths.delete(c);
    });
  }

  get useStandardHeight(): boolean { return this._read("useStandardHeight"); }
  get useStandardWidth(): boolean { return this._read("useStandardWidth"); }
}

/** Used by tests: the key of a 1-based cell. */
export const cellKey = (row: number, col: number) => FakeSheet.key(row - 1, col - 1);
