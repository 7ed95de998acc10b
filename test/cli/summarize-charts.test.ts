import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync, copyFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { builtinProfiles } from "../../src/core/profile";
import type { Profile } from "../../src/core/profile/schema";
import { inspectWithLibreOffice } from "../xlsx/package/fixtures/libreoffice";
import { profileRosterBytes } from "./fixtures/profile-roster";
import { readSheetCharts, type SheetCharts } from "./fixtures/read-charts";
import { countColour, renderPageWith } from "./fixtures/render-page";
import { root, runBin } from "./run-bin";

const tmp = mkdtempSync(join(tmpdir(), "anbiao-charts-"));
const CHARTS = "图表";

/** The first year any category of the profile sets a target in, read from the JSON as written. */
function firstTargetYear(profile: Profile): number {
  const years = profile.categories.flatMap((c) => Object.keys(c.targets ?? {}).map(Number));
  return Math.min(...years);
}

/** Categories whose JSON entry for the year is a target (not "/", which carries an earlier one). */
function categoriesWithTarget(profile: Profile, year: number): string[] {
  return profile.categories.filter((c) => {
    const entry = (c.targets as Record<string, unknown> | undefined)?.[String(year)];
    return entry !== undefined && ![entry].flat().every((v) => v === "/");
  }).map((c) => c.name);
}

async function sheetOf(path: string, name: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.getWorksheet(name)!;
}

/** "'图表'!$B$5:$B$12" → column letter and first and last row. */
function parseRef(ref: string): { col: string; top: number; bottom: number } {
  const m = /^'图表'!\$([A-Z]+)\$(\d+)(?::\$\1\$(\d+))?$/.exec(ref);
  if (!m) throw new Error(`unexpected reference ${ref}`);
  return { col: m[1], top: Number(m[2]), bottom: Number(m[3] ?? m[2]) };
}

/** A cell's value, or its formula's cached result (ExcelJS reads a cached 0 back as no result). */
function valueOf(ws: ExcelJS.Worksheet, address: string): ExcelJS.CellValue {
  const v = ws.getCell(address).value;
  if (v === null || typeof v !== "object" || !("formula" in v)) return v;
  return "result" in v && v.result !== undefined ? (v.result as ExcelJS.CellValue) : 0;
}

/** Every series refers to cells of 图表 whose values are the cached ones, and the figures are those of 目标完成情况. */
async function expectSeriesMatchCells(path: string, read: SheetCharts): Promise<void> {
  const ws = await sheetOf(path, CHARTS);
  const compliance = await sheetOf(path, "目标完成情况");
  const complianceRows = new Map<string, number>();
  compliance.eachRow((row, r) => complianceRows.set(`${String(row.getCell(1).value)}|${String(row.getCell(2).value)}`, r));
  for (const chart of read.charts) {
    expect(chart.series.map((s) => s.type)).toEqual(["barChart", "lineChart"]);
    const [actual, target] = chart.series;
    const cat = parseRef(actual.catRef);
    expect(cat.col).toBe("A");
    // The table's header row is just above the categories, its category name just above that.
    const category = String(ws.getCell(`A${cat.top - 2}`).value);
    expect(chart.title).toContain(category);
    // The series plot the hidden copy (N, O) of the table's columns (B, C): the same figures, empty where the table says "/".
    for (const [s, col, plotted] of [[actual, "B", "N"], [target, "C", "O"]] as const) {
      expect(s.catRef).toBe(actual.catRef);
      expect(s.valRef).toBe(`'图表'!$${plotted}$${cat.top}:$${plotted}$${cat.bottom}`);
      expect(s.nameRef).toBe(`'图表'!$${col}$${cat.top - 1}`);
      expect(s.name).toBe(String(ws.getCell(`${col}${cat.top - 1}`).value));
      expect(s.pointCount).toBe(cat.bottom - cat.top + 1);
      expect(s.categories).toEqual(Array.from({ length: s.pointCount }, (_, i) => String(ws.getCell(`A${cat.top + i}`).value)));
      s.values.forEach((v, i) => {
        expect(valueOf(ws, `${col}${cat.top + i}`)).toEqual(v ?? "/");
        expect(valueOf(ws, `${plotted}${cat.top + i}`)).toEqual(v ?? null);
      });
    }
    expect(actual.name).toBe("实际完成");
    expect(target.name).toBe("年度目标");
    actual.categories.forEach((district, i) => {
      const r = complianceRows.get(`${district}|${category}`);
      expect(r).toBeDefined();
      // 目标完成情况: 年度目标 in column I, 实际完成 in J (a formula whose cached result is the figure).
      const [t, a] = [valueOf(compliance, `I${r}`), valueOf(compliance, `J${r}`)];
      if (target.values[i] !== undefined) expect(target.values[i]).toBeCloseTo(t as number, 12);
      if (actual.values[i] !== undefined) expect(actual.values[i]).toBeCloseTo(a as number, 12);
    });
  }
}

function expectPartsDeclared(read: SheetCharts): void {
  expect(read.sheetXml).toMatch(/<drawing r:id="rId\d+"\/>(<tableParts|<extLst|<\/worksheet>)/);
  for (const chart of read.charts) {
    expect(read.contentTypes).toContain(`<Override PartName="/${chart.part}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
  }
  expect(read.contentTypes).toMatch(/PartName="\/xl\/drawings\/drawing\d+\.xml" ContentType="application\/vnd\.openxmlformats-officedocument\.drawing\+xml"/);
  // Every chart part in the package is one the drawing shows: a rewrite leaves none behind.
  expect(read.parts.filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).sort()).toEqual(read.charts.map((c) => c.part).sort());
}

describe("anbiao summarize: the 图表 sheet's charts", () => {
  const sample = join(tmp, "台账.xlsx");
  const args = (input: string, out: string, ...more: string[]) => ["summarize", input, "--profile", "suzhou-2022", "--as-of", "2022-10-01", "-o", out, ...more];
  beforeAll(() => copyFileSync(join(root, "assets", "samples", "suzhou-roster.xlsx"), sample));

  it.each(["new workbook", "--into-copy", "--into-copy of its own copy"])("Suzhou sample, %s: one chart per category with a target, bars of the actual rates and a line of the targets, referring to the sheet's cells", async (mode) => {
    const out = join(tmp, `suzhou-${mode.replace(/\W+/g, "-")}.xlsx`);
    if (mode === "new workbook") expect(runBin(args(sample, out)).status).toBe(0);
    else if (mode === "--into-copy") expect(runBin(args(sample, out, "--into-copy")).status).toBe(0);
    else {
      const first = join(tmp, "suzhou-first.xlsx");
      expect(runBin(args(sample, first, "--into-copy")).status).toBe(0);
      expect(runBin(args(first, out, "--into-copy")).status).toBe(0);
    }
    const read = readSheetCharts(out, CHARTS);
    const suzhou = builtinProfiles.find((p) => p.id === "suzhou-2022")!;
    expect(read.charts.map((c) => c.title)).toEqual(categoriesWithTarget(suzhou, 2022).map((name) => `${name}：各地实际与年度目标`));
    expectPartsDeclared(read);
    await expectSeriesMatchCells(out, read);
    // By hand from the sample (assets/samples/suzhou-roster.xlsx, as of 2022-10-01), “亿元”以上企业 is judged on its creation
    // rate, (attained + applying) / base: 张家港 rows 4, 8, 12, 20, 21 attained and 16 创建中, 6 / 6; 常熟 rows 19, 30 attained
    // (27's certificate lapsed 2021-06-01), 32 创建中 and 38 申请创建 counted, 42 未创建, 23 已关停 out of the base: 4 / 6.
    // The profile's 2022 target is 0.8 for every district.
    const billion = read.charts.find((c) => c.title.startsWith("“亿元”以上企业"))!;
    const [actual, target] = billion.series;
    expect(actual.categories.slice(0, 2)).toEqual(["张家港", "常熟"]);
    expect(actual.values[0]).toBe(1);
    expect(actual.values[1]).toBeCloseTo(4 / 6, 12);
    expect(target.values.every((v) => v === 0.8)).toBe(true);
  });

  // Quanzhou's notice sets no category target (its goal is an indicator): its summary has no 图表 sheet.
  it("quanzhou-2021: no category has a target, so no 图表 sheet", async () => {
    const profile = builtinProfiles.find((p) => p.id === "quanzhou-2021")!;
    expect(profile.categories.every((c) => c.targets === undefined)).toBe(true);
    const input = join(tmp, "quanzhou.xlsx");
    const out = join(tmp, "quanzhou-summary.xlsx");
    writeFileSync(input, await profileRosterBytes(profile));
    expect(runBin(["summarize", input, "--profile", "quanzhou-2021", "--year", "2021", "--as-of", "2021-10-01", "-o", out]).status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).not.toContain(CHARTS);
  });

  const charted = builtinProfiles.filter((p) => p.categories.some((c) => c.targets !== undefined));
  it.each(charted.map((p) => [p.id, p] as const))("%s: in its first target year, a chart for each category with a target, series on the right cells", async (id, profile) => {
    const year = firstTargetYear(profile);
    const input = join(tmp, `${id}.xlsx`);
    const out = join(tmp, `${id}-charts.xlsx`);
    writeFileSync(input, await profileRosterBytes(profile));
    const run = runBin(["summarize", input, "--profile", id, "--year", String(year), "--as-of", `${year}-10-01`, "-o", out]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const read = readSheetCharts(out, CHARTS);
    expect(read.charts.map((c) => c.title)).toEqual(categoriesWithTarget(profile, year).map((name) => `${name}：各地实际与年度目标`));
    expectPartsDeclared(read);
    await expectSeriesMatchCells(out, read);
  });

  it("LibreOffice opens the summary without repair, finds every chart on 图表 and draws their bars and target lines", () => {
    const out = join(tmp, "suzhou-render.xlsx");
    expect(runBin(args(sample, out)).status).toBe(0);
    const view = inspectWithLibreOffice(out);
    expect(view.loaded).toBe(true);
    expect(view.sheets.find((s) => s.name === CHARTS)?.charts).toBe(readSheetCharts(out, CHARTS).charts.length);
    const dir = mkdtempSync(join(tmpdir(), "anbiao-charts-render-"));
    const page = renderPageWith(out, "各地实际与年度目标", dir);
    // At 60 dpi an A4 page is 496 × 702: the bars (4472C4) cover thousands of pixels, the target lines and markers (C00000) hundreds.
    expect(countColour(page, [0x44, 0x72, 0xc4])).toBeGreaterThan(3000);
    expect(countColour(page, [0xc0, 0x00, 0x00])).toBeGreaterThan(300);
  }, 240_000);
});
