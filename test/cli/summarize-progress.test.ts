import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { inspectWithLibreOffice } from "../xlsx/package/fixtures/libreoffice";
import { readSheetCharts } from "./fixtures/read-charts";
import { countColour, renderPageWith } from "./fixtures/render-page";
import { runBin, type BinRun } from "./run-bin";
import { summarizeProgressRoster } from "./fixtures/progress-summary";

const tmp = mkdtempSync(join(tmpdir(), "anbiao-progress-"));
const TITLE = "化工园（集中）区内危化企业：全市历年进展与年度目标";

describe("anbiao summarize --progress: the city's progress over the years on 图表", () => {
  let input: string;
  let out: string;
  beforeAll(async () => {
    let run: BinRun;
    ({ input, out, run } = await summarizeProgressRoster(tmp));
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("draws a line chart of the city's rate by year against each year's target, its series on the plotted copy of the table (N, O) with the hand-worked values cached", () => {
    const chart = readSheetCharts(out, "图表").charts.find((c) => c.title === TITLE)!;
    expect(chart.series.map((s) => s.type)).toEqual(["lineChart", "lineChart"]);
    const [actual, target] = chart.series;
    expect(actual.categories).toEqual(["2021年", "2022年", "2023年", "2024年"]);
    const top = Number(/\$A\$(\d+):/.exec(actual.catRef)![1]);
    expect(actual.catRef).toBe(`'图表'!$A$${top}:$A$${top + 3}`);
    expect([actual.name, actual.nameRef, actual.valRef]).toEqual(["全市实际", `'图表'!$B$${top - 1}`, `'图表'!$N$${top}:$N$${top + 3}`]);
    expect([target.name, target.nameRef, target.valRef]).toEqual(["年度目标", `'图表'!$C$${top - 1}`, `'图表'!$O$${top}:$O$${top + 3}`]);
    // By hand (fixtures/progress-roster.ts): 1/4, 2/4, 3/4, and 2/4 once A's certificate lapsed; no 2021 target, then 0.8, 0.9, 1.
    expect(actual.values).toEqual([0.25, 0.5, 0.75, 0.5]);
    expect(target.values).toEqual([undefined, 0.8, 0.9, 1]);
  });

  it("with fewer than two years, or a year after the as-of date's, says what --progress wants", () => {
    for (const bad of ["2024", "2023,2025", "20x3,2024"]) {
      const run = runBin(["summarize", input, "--profile", "suzhou-2022", "--as-of", "2024-06-30", "--progress", bad, "-o", join(tmp, "bad.xlsx")]);
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain(`--progress “${bad}”无效`);
    }
  });

  it("LibreOffice opens it without repair and draws the progress lines (blue rate, red target)", () => {
    const view = inspectWithLibreOffice(out);
    expect(view.loaded).toBe(true);
    expect(view.sheets.find((s) => s.name === "图表")?.charts).toBe(readSheetCharts(out, "图表").charts.length);
    const page = renderPageWith(out, "全市历年进展与年度目标", mkdtempSync(join(tmpdir(), "anbiao-progress-render-")));
    // Lines are thinner than bars: at 60 dpi the two lines and their markers still cover well over a hundred pixels each.
    expect(countColour(page, [0x44, 0x72, 0xc4])).toBeGreaterThan(100);
    expect(countColour(page, [0xc0, 0x00, 0x00])).toBeGreaterThan(100);
  }, 240_000);
});
