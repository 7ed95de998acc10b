// Fake charts (ExcelApi 1.1 / 1.7 / 1.8 members the adapter uses): a chart collection per sheet whose
// add, series and formatting calls queue and apply at sync, with each member's requirement set
// checked, names readable only after load + sync, and a series' cells kept as a sheet-qualified
// absolute reference ("'图表'!$B$5:$B$7"), so tests compare them with a chart part's formulas.
import { areaAddress, quoteSheetName } from "../../../src/core/grid/address";
import type { Area } from "../../../src/core/grid/grid";
import { FakeClientObject, type Loader } from "./client-object";
import { strict, type FakeContext } from "./context";
import { FakeOfficeError, notImplemented } from "./errors";
import type { FakeSheet } from "./model";
import type { FakeRange } from "./range";

/** One series as the fake holds it. */
export interface FakeChartSeries {
  name: string;
  values: string | null;
  xValues: string | null;
  /** Set only when the series has its own type (a combo chart). */
  chartType?: string;
  fill?: string;
  lineColor?: string;
  markerStyle?: string;
  markerSize?: number;
  markerBackgroundColor?: string;
  markerForegroundColor?: string;
  gapWidth?: number;
}

/** One chart on a sheet. */
export interface FakeChart {
  name: string;
  type: string;
  title: string;
  titleFont: { size?: number; bold?: boolean };
  legend?: string;
  position?: { start: string; end?: string };
  valueAxis: { minimum?: number; numberFormat?: string };
  /** Whether hidden cells are left out (Excel's default) and how empty cells draw (ExcelApi 1.8). */
  plotVisibleOnly: boolean;
  displayBlanksAs: "NotPlotted" | "Zero" | "Interplotted";
  series: FakeChartSeries[];
}

const CHART_TYPES = new Set(["ColumnClustered", "LineMarkers", "Line"]);

function absolute(sheet: FakeSheet, area: Area): string {
  return `${quoteSheetName(sheet.name)}!${areaAddress(area).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
}

/** A proxy whose listed properties queue a write at sync (each at its level); reading one throws PropertyNotLoaded. */
function setters(ctx: FakeContext, type: string, props: Record<string, number>, apply: (key: string, v: unknown) => void, extra: Record<string, unknown> = {}): object {
  const obj: Record<string, unknown> = { ...extra };
  for (const [key, level] of Object.entries(props)) {
    Object.defineProperty(obj, key, {
      enumerable: true,
      get: () => { throw new FakeOfficeError("PropertyNotLoaded", `The property '${key}' is not available.`, `${type}.${key}`); },
      set: (v: unknown) => {
        ctx.requireLevel(level, `${type}.${key}`);
        ctx.enqueue({ name: `${type}.set ${key}`, request: 48 + JSON.stringify(v).length, run: () => apply(key, v) });
      },
    });
  }
  return strict(obj, type, ctx);
}

function queue(ctx: FakeContext, name: string, run: () => void, level = 1): void {
  ctx.requireLevel(level, name);
  ctx.enqueue({ name, request: 64, run });
}

/** A fake Excel.ChartSeries: found at sync by its chart and index. */
function seriesProxy(ctx: FakeContext, find: () => FakeChartSeries): object {
  const set = (key: string, v: unknown) => { (find() as unknown as Record<string, unknown>)[key] = v; };
  const fill = strict({ setSolidColor: (c: string) => queue(ctx, "ChartFill.setSolidColor", () => set("fill", c)) }, "ChartFill", ctx);
  const line = setters(ctx, "ChartLineFormat", { color: 1 }, (_k, v) => set("lineColor", v));
  const format = strict({ fill, line }, "ChartSeriesFormat", ctx);
  const rangeOf = (r: FakeRange, what: string) => {
    const { sheet, area } = r._at();
    if (area.right !== area.left && area.bottom !== area.top) throw new FakeOfficeError("InvalidArgument", `${what} takes one row or one column.`);
    return absolute(sheet, area);
  };
  return setters(ctx, "ChartSeries", { name: 1, chartType: 7, markerStyle: 7, markerSize: 7, markerBackgroundColor: 7, markerForegroundColor: 7, gapWidth: 7 }, set, {
    format,
    setValues: (r: FakeRange) => queue(ctx, "ChartSeries.setValues", () => set("values", rangeOf(r, "setValues")), 7),
    setXAxisValues: (r: FakeRange) => queue(ctx, "ChartSeries.setXAxisValues", () => set("xValues", rangeOf(r, "setXAxisValues")), 7),
  });
}

/** A fake Excel.Chart. */
export class FakeChartObject extends FakeClientObject {
  constructor(ctx: FakeContext, readonly _find: () => { sheet: FakeSheet; chart: FakeChart }) {
    super(ctx, "Chart");
  }

  protected _loaders(): Record<string, Loader> {
    const chart = () => this._find().chart;
    return { name: () => chart().name, chartType: () => chart().type, plotVisibleOnly: () => chart().plotVisibleOnly, displayBlanksAs: () => chart().displayBlanksAs };
  }

  private get _chart(): FakeChart {
    return this._find().chart;
  }

  get name(): string { return this._read("name"); }
  set name(v: string) { this._queue("set name", v, () => { this._chart.name = v; }); }

  get plotVisibleOnly(): boolean { return this._read("plotVisibleOnly"); }
  set plotVisibleOnly(v: boolean) {
    this._ctx.requireLevel(8, "Chart.plotVisibleOnly");
    if (typeof v !== "boolean") throw new FakeOfficeError("InvalidArgument", "plotVisibleOnly must be a boolean");
    this._queue("set plotVisibleOnly", v, () => { this._chart.plotVisibleOnly = v; });
  }

  get displayBlanksAs(): string { return this._read("displayBlanksAs"); }
  set displayBlanksAs(v: FakeChart["displayBlanksAs"]) {
    this._ctx.requireLevel(8, "Chart.displayBlanksAs");
    if (!["NotPlotted", "Zero", "Interplotted"].includes(v)) throw new FakeOfficeError("InvalidArgument", `displayBlanksAs "${String(v)}" is not a ChartDisplayBlanksAs`);
    this._queue("set displayBlanksAs", v, () => { this._chart.displayBlanksAs = v; });
  }

  get title(): object {
    const ctx = this._ctx;
    const font = setters(ctx, "ChartFont", { size: 1, bold: 1 }, (k, v) => { (this._chart.titleFont as Record<string, unknown>)[k] = v; });
    return setters(ctx, "ChartTitle", { text: 1 }, (_k, v) => { this._chart.title = String(v); }, { format: strict({ font }, "ChartTitleFormat", ctx) });
  }

  get legend(): object {
    return setters(this._ctx, "ChartLegend", { position: 1 }, (_k, v) => { this._chart.legend = String(v); });
  }

  get axes(): object {
    const valueAxis = setters(this._ctx, "ChartAxis", { minimum: 1, numberFormat: 8 }, (k, v) => { (this._chart.valueAxis as Record<string, unknown>)[k] = v; });
    return strict({ valueAxis }, "ChartAxes", this._ctx);
  }

  get series(): object {
    const ctx = this._ctx;
    const at = (i: number) => () => {
      const s = this._chart.series[i];
      if (!s) throw new FakeOfficeError("ItemNotFound", `The chart has no series at index ${i}.`);
      return s;
    };
    return strict({
      getItemAt: (i: number) => seriesProxy(ctx, at(i)),
      add: (name?: string) => {
        ctx.requireLevel(7, "ChartSeriesCollection.add");
        let made: FakeChartSeries | undefined;
        ctx.enqueue({ name: "ChartSeriesCollection.add", request: 64, run: () => { made = { name: name ?? "", values: null, xValues: null }; this._chart.series.push(made); } });
        return seriesProxy(ctx, () => {
          if (!made) throw new FakeOfficeError("InvalidObjectPath", "series not created");
          return made;
        });
      },
    }, "ChartSeriesCollection", ctx);
  }

  setPosition(start: string, end?: string): void {
    if (typeof start !== "string" || (end !== undefined && typeof end !== "string")) throw notImplemented("Chart.setPosition(Range)");
    this._queue("setPosition", [start, end], () => { this._chart.position = { start, ...(end !== undefined ? { end } : {}) }; });
  }

  delete(): void {
    this._queue("delete", [], () => {
      const { sheet, chart } = this._find();
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }
}

/** A fake Excel.ChartCollection of a sheet. */
export class FakeCharts extends FakeClientObject {
  constructor(ctx: FakeContext, private readonly _sheet: () => FakeSheet) {
    super(ctx, "ChartCollection");
  }

  protected _loaders(): Record<string, Loader> {
    return { count: () => this._sheet().charts.length };
  }

  protected override _loadPath(name: string): boolean {
    return name === "items" || name === "items/name";
  }

  protected override _loadPaths(names: string[]): number {
    if (names.length === 0) return 0;
    const sheet = this._sheet();
    const items = sheet.charts.map((chart) => {
      const o = strict(new FakeChartObject(this._ctx, () => ({ sheet, chart })), "Chart", this._ctx);
      o._setLoaded("name", chart.name);
      return o;
    });
    this._setLoaded("items", items);
    return items.reduce((n, o) => n + 12 + o.name.length * 3, 0);
  }

  get items(): FakeChartObject[] { return this._read("items"); }
  get count(): number { return this._read("count"); }

  add(type: string, source: FakeRange, seriesBy?: string): FakeChartObject {
    if (!CHART_TYPES.has(type)) throw notImplemented(`ChartCollection.add("${type}")`);
    // Excel guesses series by "Auto"; the fake does not guess: it knows columns only.
    if (seriesBy !== "Columns") throw notImplemented(`ChartCollection.add(…, "${String(seriesBy)}")`);
    let made: { sheet: FakeSheet; chart: FakeChart } | undefined;
    this._queue("add", [type], () => {
      const sheet = this._sheet();
      const { sheet: from, area } = source._at();
      const series: FakeChartSeries[] = [];
      for (let c = area.left; c <= area.right; c++) series.push({ name: "", values: absolute(from, { ...area, left: c, right: c }), xValues: null });
      // Excel names a new chart "Chart N", N one past the highest on the sheet.
      const n = sheet.charts.reduce((m, ch) => Math.max(m, Number(/^Chart (\d+)$/.exec(ch.name)?.[1] ?? 0)), 0) + 1;
      // Excel's defaults: hidden cells not plotted, empty cells as gaps.
      const chart: FakeChart = { name: `Chart ${n}`, type, title: "", titleFont: {}, valueAxis: {}, plotVisibleOnly: true, displayBlanksAs: "NotPlotted", series };
      sheet.charts.push(chart);
      made = { sheet, chart };
    });
    return strict(new FakeChartObject(this._ctx, () => {
      if (!made) throw new FakeOfficeError("InvalidObjectPath", "chart not created");
      return made;
    }), "Chart", this._ctx);
  }

  getItem(name: string): FakeChartObject {
    return strict(new FakeChartObject(this._ctx, () => {
      const sheet = this._sheet();
      const chart = sheet.charts.find((c) => c.name.toLowerCase() === name.toLowerCase());
      if (!chart) throw new FakeOfficeError("ItemNotFound", `No chart ${name}.`);
      return { sheet, chart };
    }), "Chart", this._ctx);
  }
}
