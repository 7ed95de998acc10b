import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { SheetSpec } from "../../src/core/spec/spec";
import { ExcelPort } from "../../src/excel/excel-port";
import { newWorkbookBytes } from "../../src/xlsx/write-workbook";
import { readSheetCharts, type SheetCharts } from "../cli/fixtures/read-charts";
import { FakeExcel, type FakeLevel } from "../fakes/excel/fake-excel";
import { fakeHost } from "../fakes/excel/fake-host";
import { suzhouSummarySpecs } from "./fixtures/suzhou-summary";

const CHARTS = "图表";

function userWorkbook(level: FakeLevel): FakeExcel {
  const fake = new FakeExcel({ level });
  fake.seedGrid({ name: "台账", origin: { row: 1, col: 1 }, values: [["企业名称", "地区"], ["甲公司", "常熟"]] });
  fake.seedName("用户名称", "='台账'!$A$1");
  return fake;
}

/** Everything the fake workbook holds, as plain data. */
function snapshot(fake: FakeExcel): string {
  const plain = (v: unknown): unknown => (v instanceof Map ? [...v].map(([k, x]) => [k, plain(x)]) : v);
  return JSON.stringify({
    sheets: fake.model.sheets.map((s) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, plain(v)]))),
    names: [...fake.model.names],
    settings: [...fake.model.settings],
  });
}

let specs: SheetSpec[];
let file: SheetCharts;
beforeAll(async () => {
  specs = await suzhouSummarySpecs({ charts: true });
  // The same specs as the CLI writes them: its chart parts are what the Excel charts must match.
  const path = join(mkdtempSync(join(tmpdir(), "anbiao-xl-charts-")), "summary.xlsx");
  writeFileSync(path, await newWorkbookBytes(specs));
  file = readSheetCharts(path, CHARTS);
});

describe("ExcelPort.writeSheets: the 图表 sheet's charts through the Office.js charts API", () => {
  it("has a 图表 sheet with charts to draw (the Suzhou sample sets rate targets for 2022)", () => {
    const charts = specs.find((s) => s.name === CHARTS)?.charts ?? [];
    // suzhou-2022 sets a 2022 target for all ten categories (grade-1's is a count of new ones).
    expect(charts).toHaveLength(10);
    expect(file.charts).toHaveLength(10);
  });

  it.each(["1.13", "1.7"] as const)("ExcelApi %s: one chart per category with a target, each series on the cells the chart part's formulas name", async (level) => {
    const fake = userWorkbook(level);
    const result = await new ExcelPort(fakeHost(fake)).writeSheets(specs);
    const charts = fake.sheet(CHARTS).charts;
    expect(charts.map((c) => c.title)).toEqual(file.charts.map((c) => c.title));
    charts.forEach((chart, i) => {
      const part = file.charts[i];
      expect(chart.type).toBe("ColumnClustered");
      expect(chart.series.map((s) => [s.name, s.values, s.xValues])).toEqual(part.series.map((s) => [s.name, s.valRef, s.catRef]));
      const [bars, line] = chart.series;
      expect(bars.chartType).toBeUndefined();
      expect(bars.fill).toBe("#4472C4");
      expect([line.chartType, line.markerStyle, line.lineColor]).toEqual(["LineMarkers", "Diamond", "#C00000"]);
      expect(chart.valueAxis.minimum).toBe(0);
      expect(chart.valueAxis.numberFormat).toBe(level === "1.7" ? undefined : specs.find((s) => s.name === CHARTS)!.charts![i].numberFormat);
    });
    // The series' cells (N, O) are a hidden copy of the tables, empty where they say "/": plotted although hidden, empty as gaps.
    // Below 1.8 a chart cannot be told to plot hidden cells: the columns stay visible rather than the charts empty.
    expect(file.charts.every((c) => c.series.every((s) => /^'图表'!\$[NO]\$/.test(s.valRef)))).toBe(true);
    expect([...fake.sheet(CHARTS).hiddenColumns].sort()).toEqual(level === "1.7" ? [] : [14, 15]);
    expect(charts.map((c) => [c.plotVisibleOnly, c.displayBlanksAs])).toEqual(charts.map(() => [level === "1.7", "NotPlotted"]));
    // Beside its table: the first chart over E3:M20, as the file's drawing anchors it.
    expect(charts[0].position).toEqual({ start: "E3", end: "M20" });
    const axisNotes = result.skipped.filter((s) => s.part === "chartAxes");
    expect(axisNotes).toEqual(level === "1.7" ? [{ sheet: CHARTS, part: "chartAxes", message: "adapter.skipped.chartAxes" }] : []);
  });

  it.each(["1.13", "1.7"] as const)("ExcelApi %s: the charts add no sync to a first insert and one to a re-insert, which replaces them rather than stacking new ones", async (level) => {
    const plain = specs.map(({ charts: _c, ...s }) => s);
    const without = userWorkbook(level);
    await new ExcelPort(fakeHost(without)).writeSheets(plain);
    const fake = userWorkbook(level);
    const port = new ExcelPort(fakeHost(fake));
    await port.writeSheets(specs);
    expect(fake.syncs.length).toBe(without.syncs.length);
    without.resetSyncs();
    await new ExcelPort(fakeHost(without)).writeSheets(plain);
    fake.resetSyncs();
    await port.writeSheets(specs);
    expect(fake.syncs.length).toBeLessThanOrEqual(without.syncs.length + 1);
    expect(fake.sheet(CHARTS).charts).toHaveLength(10);
    expect(fake.sheet(CHARTS).charts.map((c) => c.name)).toEqual(Array.from({ length: 10 }, (_, i) => `Chart ${i + 1}`));
  });

  it.each(["1.13", "1.7"] as const)("ExcelApi %s: 删除汇总表 takes the charts with the sheet and leaves the workbook exactly as before", async (level) => {
    const fake = userWorkbook(level);
    const before = snapshot(fake);
    const port = new ExcelPort(fakeHost(fake));
    await port.writeSheets(specs);
    expect(fake.sheet(CHARTS).charts.length).toBeGreaterThan(0);
    await port.removeGeneratedSheets();
    expect(snapshot(fake)).toBe(before);
  });
});
