import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Browser } from "playwright-core";
import { valueAt } from "../../src/core/grid/grid";
import type { SheetSpec } from "../../src/core/spec/spec";
import { readXlsxLean } from "../../src/xlsx/lean/read-xlsx-lean";
import { runBin } from "../cli/run-bin";
import { fillReturn } from "../cli/fixtures/district/fill-returns";
import { cellsOf, fakeState, FAKE_OFFICE, openExcelPane, type FakeSetup, type FakeState } from "./excel-pane";
import { cliConsolidateSpecs, expectedCells } from "./excel-specs";
import { launchChromium, ROOT, WEB_DIR } from "./pane-browser";
import { serveFolder, type StaticServer } from "./static-server";

// 「汇总各地报表」 in Excel mode: the built pane in chromium with the strict fake Excel in place of
// office.js, the clerk's roster open. The returned files picked in the pane become the city sheets
// `anbiao consolidate` builds for the same folder, cell for cell, beside the clerk's sheets, which
// stay as they were; 删除汇总表 takes exactly those sheets away again.
const CAMPAIGN = { profile: "suzhou-2022", year: 2022, asOf: "2022-10-01" };
const SAMPLE = join(ROOT, "assets", "samples", "suzhou-roster.xlsx");
// The CLI (template) and the page share the suite's two cores.
jest.setTimeout(240_000);

let browser: Browser;
let server: StaticServer;
let work: string;
let returned: string;
let picks: string[];
let specs: SheetSpec[];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "anbiao-excel-consolidate-"));
  browser = await launchChromium([join(WEB_DIR, "taskpane.html"), FAKE_OFFICE]);
  server = await serveFolder(WEB_DIR);
  const templates = join(work, "templates");
  expect(runBin(["template", "--profile", CAMPAIGN.profile, "--year", String(CAMPAIGN.year), "--all", "-o", templates]).status).toBe(0);
  returned = join(work, "returned");
  mkdirSync(returned);
  const base = new Date("2026-11-20T08:00:00Z").getTime();
  const returns: [string, "none" | "aboveBase"][] = [["张家港", "none"], ["常熟", "aboveBase"], ["昆山", "none"]];
  for (const [i, [d, planted]] of returns.entries()) {
    await fillReturn(join(templates, `${CAMPAIGN.year}年${d}填报模板.xlsx`), join(returned, `回执-${i}.xlsx`), d, i, planted, new Date(base + i * 60_000));
  }
  writeFileSync(join(returned, "说明.txt"), "不是工作簿");
  picks = [...returns.map((_r, i) => join(returned, `回执-${i}.xlsx`)), join(returned, "说明.txt")];
  specs = await cliConsolidateSpecs(returned, CAMPAIGN);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** A sheet's cells with the moment of the run (报送情况's 汇总时间 line) blanked: two runs differ there by nature. */
function unstamped(sheet: string, cells: Map<string, string | number | boolean>): Map<string, string | number | boolean> {
  const out = new Map(cells);
  const subtitle = out.get("2,1");
  if (sheet === specs[0].name && typeof subtitle === "string") out.set("2,1", subtitle.replace(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/, "<time>"));
  return out;
}

describe("the expected city sheets", () => {
  it("are what the built `anbiao consolidate` writes for the folder: same sheets, same constants", () => {
    const city = join(work, "city.xlsx");
    const run = runBin(["consolidate", returned, "--profile", CAMPAIGN.profile, "--year", String(CAMPAIGN.year), "--as-of", CAMPAIGN.asOf, "-o", city]);
    expect([run.status, run.stderr]).toEqual([0, ""]);
    const grids = readXlsxLean(new Uint8Array(readFileSync(city)), "city.xlsx");
    expect(grids.map((g) => g.name)).toEqual(specs.map((s) => s.name));
    let compared = 0;
    for (const [i, spec] of specs.entries()) {
      // A file keeps a merged area's value in its first cell only.
      const hidden = (r: number, c: number) => spec.merges.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left));
      const constants = spec.cells.filter((c) => c.formula === undefined && !hidden(c.row, c.col));
      const file = unstamped(spec.name, new Map(constants.filter((c) => c.value !== null && c.value !== "").map((c) => [`${c.row},${c.col}`, valueAt(grids[i], c.row, c.col) as string | number])));
      const built = unstamped(spec.name, expectedCells({ ...spec, cells: constants }));
      expect({ sheet: spec.name, cells: file }).toEqual({ sheet: spec.name, cells: built });
      compared += file.size;
    }
    expect(compared).toBeGreaterThan(200);
  });
});

describe.each([["1.13"], ["1.7"]] as const)("Excel mode at ExcelApi %s: 汇总各地报表", (level) => {
  it("writes the city sheets `anbiao consolidate` builds, cell for cell, after the clerk's sheets, and 删除汇总表 removes exactly them", async () => {
    const { page, log } = await openExcelPane(browser, server.origin, new Uint8Array(readFileSync(SAMPLE)), { level } as FakeSetup);
    const before: FakeState = await fakeState(page);
    await page.getByText("已连接 Excel", { exact: false }).waitFor();
    await page.getByRole("combobox", { name: "创建方案" }).selectOption(CAMPAIGN.profile);
    await page.getByLabel("统计年度").fill(String(CAMPAIGN.year));
    await page.getByLabel("统计日").fill(CAMPAIGN.asOf);

    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "汇总各地报表" }).click();
    await (await chooser).setFiles(picks);
    // Four files picked: three returns (two districts clean, 常熟 with a count above its base) and a note, skipped.
    await page.getByText("已汇总 4 个文件（收到 3 个地区，未报 7 个，有错误 1 个），插入：", { exact: false }).waitFor({ timeout: 60_000 });

    const after = await fakeState(page);
    expect(after.sheets.map((s) => s.name)).toEqual([...before.sheets.map((s) => s.name), ...specs.map((s) => s.name)]);
    for (const spec of specs) {
      const sheet = after.sheets.find((s) => s.name === spec.name)!;
      expect({ sheet: spec.name, cells: unstamped(spec.name, cellsOf(sheet)) }).toEqual({ sheet: spec.name, cells: unstamped(spec.name, expectedCells(spec)) });
    }
    // 报送情况 lists the note as skipped, as the CLI does for a folder.
    const rows = after.sheets.find((s) => s.name === specs[0].name)!.rows;
    expect(rows.some((r) => r?.[1] === "说明.txt" && r?.[3] === "跳过" && r?.[6] === "不是 .xlsx 文件")).toBe(true);
    for (const s of after.sheets.filter((x) => before.sheets.some((b) => b.name === x.name))) expect(s).toEqual(before.sheets.find((b) => b.name === s.name));
    expect(after.names.filter(([n]) => before.names.some(([b]) => b === n))).toEqual(before.names);

    await page.getByRole("button", { name: "删除汇总表" }).click();
    await page.getByText(`已删除本助手生成的 ${specs.length} 个工作表。`).waitFor();
    expect(await fakeState(page)).toEqual(before);
    expect(log.pageErrors).toEqual([]);
    expect(log.hostRequests).toEqual([]);
    await page.context().close();
  });
});
