import { strFromU8, unzipSync } from "fflate";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { recalculateWithLibreOffice } from "../core/report/attachment/libreoffice";
import { readSheetCharts, type ReadChart } from "./fixtures/read-charts";
import { summarizeProgressRoster } from "./fixtures/progress-summary";
import type { BinRun } from "./run-bin";

const tmp = mkdtempSync(join(tmpdir(), "anbiao-chart-gaps-"));
const CHARTS = "图表";
const PARK = "化工园（集中）区内危化企业";

/** The points a chart's series has no value for, as "series name|category". */
function gaps(chart: ReadChart): string[] {
  return chart.series.flatMap((s) => s.values.flatMap((v, i) => (v === undefined ? [`${s.name}|${s.categories[i]}`] : [])));
}

describe("anbiao summarize: a '/' in the 图表 tables is a gap in the charts, never a zero", () => {
  let out: string;
  beforeAll(async () => {
    let run: BinRun;
    ({ out, run } = await summarizeProgressRoster(tmp));
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("the charts plot hidden columns N and O, which hold numbers or nothing, and draw empty cells as gaps", async () => {
    const files = unzipSync(new Uint8Array(readFileSync(out)));
    const read = readSheetCharts(out, CHARTS);
    for (const chart of read.charts) {
      const xml = strFromU8(files[chart.part]);
      expect(xml).toContain('<c:plotVisOnly val="0"/>');
      expect(xml).toContain('<c:dispBlanksAs val="gap"/>');
    }
    for (const col of [14, 15]) expect(read.sheetXml).toMatch(new RegExp(`<col min="${col}" max="${col}"[^>]*hidden="1"`));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet(CHARTS)!;
    for (const col of ["N", "O"]) {
      ws.getColumn(col).eachCell((cell, row) => {
        // Its header names the series; below it only numbers, or nothing.
        if (typeof cell.value === "string") expect(cell.value).toBe(`${String(ws.getCell(`${col === "N" ? "B" : "C"}${row}`).value)}（作图用，空白即“/”）`);
        else expect(cell.value === null || typeof cell.value === "number").toBe(true);
      });
    }
  });

  it("the roster's planted gaps: 化工园 has no base in most districts (a '/' rate) and no 2021 target; the table shows '/', the chart no point there", async () => {
    const read = readSheetCharts(out, CHARTS);
    const districts = read.charts.find((c) => c.title === `${PARK}：各地实际与年度目标`)!;
    const progress = read.charts.find((c) => c.title === `${PARK}：全市历年进展与年度目标`)!;
    // By hand (scripts/samples/progress-roster.ts): the park's four enterprises are all in 常熟; the total is 合计.
    const [actual] = districts.series;
    const named = actual.categories.map((d, i) => [d, actual.values[i]]);
    expect(named.filter(([, v]) => v !== undefined)).toEqual([["常熟", 0.5], ["合计", 0.5]]);
    expect(gaps(progress)).toEqual(["年度目标|2021年"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet(CHARTS)!;
    const top = Number(/\$A\$(\d+):/.exec(progress.series[0].catRef)![1]);
    expect([ws.getCell(`C${top}`).value, ws.getCell(`O${top}`).value]).toEqual(["/", null]);
  });

  it("after LibreOffice recalculates and saves the workbook, every gap is still a gap (no 0) and every other point keeps its value", () => {
    const before = readSheetCharts(out, CHARTS).charts;
    const again = join(tmp, "recalculated.xlsx");
    writeFileSync(again, recalculateWithLibreOffice(readFileSync(out)));
    const after = readSheetCharts(again, CHARTS).charts;
    expect(after.map((c) => c.title)).toEqual(before.map((c) => c.title));
    let gapCount = 0;
    after.forEach((chart, i) => {
      gapCount += gaps(before[i]).length;
      expect(gaps(chart)).toEqual(gaps(before[i]));
      chart.series.forEach((s, j) => s.values.forEach((v, k) => (v === undefined ? expect(v).toBeUndefined() : expect(v).toBeCloseTo(before[i].series[j].values[k]!, 12))));
    });
    expect(gapCount).toBeGreaterThan(10);
  }, 240_000);
});
