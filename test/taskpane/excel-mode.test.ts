import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import type { SheetSpec } from "../../src/core/spec/spec";
import { readXlsxBytes } from "../../src/xlsx/read-bytes";
import { runBin } from "../cli/run-bin";
import { messyWorkbook } from "../cli/fixtures/messy/kit";
import { SUZHOU_LAYOUT, suzhouEnterprises, suzhouTruth } from "../cli/fixtures/messy/suzhou-roster";
import { cellsOf, fakeSelection, fakeState, FAKE_OFFICE, openExcelPane, takeSyncs, userEdit, type FakeSetup, type FakeState, type SyncRecord } from "./excel-pane";
import { a1, cliIntoCopySpecs, expectedCells, findHeader, type FixtureCampaign } from "./excel-specs";
import { launchChromium, ROOT, SCREENSHOT_DIR, WEB_DIR } from "./pane-browser";
import { serveFolder, type StaticServer } from "./static-server";
import { countTablesWorkbook } from "../xlsx/package/fixtures/count-tables";

// Excel mode: the built pane in Debian's chromium with the strict fake Excel served in place of
// office.js, seeded from a fixture. The clerk's whole flow, with the fake workbook asserted after
// each step against what the CLI computes for the same file.
const SUZHOU: FixtureCampaign = { profile: "suzhou-2022", asOf: "2022-10-01", year: 2022 };
const CAMPAIGN_ARGS = ["--profile", SUZHOU.profile, "--as-of", SUZHOU.asOf, "--year", String(SUZHOU.year)];
const FIX_ARGS = ["--profile", SUZHOU.profile, "--year", String(SUZHOU.year)];
/** The adapter's budgets (test/excel/*-budget, write-sheets, row-flags): syncs per step on these small workbooks. */
const BUDGET = { listAndReadPerSheet: 4, writeFiveSheets: 8, flagsPerSheet: 3 };
const FIVE_MB = 5 * 1024 * 1024;

interface CliFinding {
  sheet: string | null;
  cell: string | null;
  row: number | null;
  rule: string;
  severity: string;
}

interface Fixture {
  name: string;
  bytes: Uint8Array;
  specs: SheetSpec[];
  findings: CliFinding[];
  summary: { errors: number; warnings: number; infos: number };
  /** The roster sheet, a data row and the USCC column, for the live edit. */
  edit: { sheet: string; cell: string };
}

let browser: Browser;
let server: StaticServer;
let work: string;
const fixtures: Fixture[] = [];

async function fixture(name: string, bytes: Uint8Array): Promise<Fixture> {
  const path = join(work, name);
  writeFileSync(path, bytes);
  const checked = runBin(["check", path, ...CAMPAIGN_ARGS, "--json"]);
  if (checked.stdout === "") throw new Error(checked.stderr);
  const report = JSON.parse(checked.stdout) as { findings: CliFinding[]; summary: Fixture["summary"] };
  const grids = await readXlsxBytes(bytes, name);
  const uscc = findHeader(grids, "统一社会信用代码");
  // A data row well below the header whose USCC has no finding yet: a 5-character code there is one new error (GB 32100 wants 18).
  const cellRow = Array.from({ length: 40 }, (_, i) => uscc.row + 3 + i).find((r) => !report.findings.some((f) => f.sheet === uscc.grid.name && f.row === r));
  if (cellRow === undefined) throw new Error(`no clean row in ${name}`);
  return { name, bytes, specs: await cliIntoCopySpecs(bytes, name, SUZHOU), findings: report.findings, summary: report.summary, edit: { sheet: uscc.grid.name, cell: a1(cellRow, uscc.col) } };
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "anbiao-excel-mode-"));
  browser = await launchChromium([join(WEB_DIR, "taskpane.html"), FAKE_OFFICE]);
  server = await serveFolder(WEB_DIR);
  fixtures.push(await fixture("suzhou-roster.xlsx", new Uint8Array(readFileSync(join(ROOT, "assets", "samples", "suzhou-roster.xlsx")))));
  fixtures.push(await fixture("messy-suzhou.xlsx", (await messyWorkbook(suzhouEnterprises(suzhouTruth()), SUZHOU_LAYOUT)).bytes));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

function countsText(s: Fixture["summary"]): string {
  return `错误 ${s.errors} 项，警告 ${s.warnings} 项，提示 ${s.infos} 项`;
}

function userSheets(state: FakeState, specs: readonly SheetSpec[]): FakeState["sheets"] {
  const generated = new Set(specs.map((s) => s.name));
  return state.sheets.filter((s) => !generated.has(s.name) && s.name !== "anbiao_flags");
}

function maxBytes(syncs: readonly SyncRecord[]): number {
  return syncs.reduce((n, s) => Math.max(n, s.requestBytes, s.responseBytes), 0);
}

async function shoot(page: Page, name: string, take: boolean): Promise<void> {
  if (take) await page.screenshot({ path: join(SCREENSHOT_DIR, name), fullPage: true });
}

/** 方案 → 检查台账: the findings region shows the CLI's counts; returns the syncs the check took. */
async function check(page: Page, f: Fixture): Promise<SyncRecord[]> {
  await page.getByText("已连接 Excel", { exact: false }).waitFor();
  await page.getByRole("combobox", { name: "创建方案" }).selectOption(SUZHOU.profile);
  await page.getByLabel("统计年度").fill(String(SUZHOU.year));
  await page.getByLabel("统计日").fill(SUZHOU.asOf);
  await takeSyncs(page);
  await page.getByRole("button", { name: "检查台账" }).click();
  const region = page.getByRole("region", { name: "检查结果" });
  await region.waitFor({ timeout: 30_000 });
  await expect(region.getByRole("status").first().textContent()).resolves.toBe(countsText(f.summary));
  return takeSyncs(page);
}

describe.each([
  ["ExcelApi 1.13", { level: "1.13" } as FakeSetup],
  ["ExcelApi 1.7 (no merges, custom properties or print setup: the degraded path)", { level: "1.7" } as FakeSetup],
  ["a 40 KB payload limit (read blocks shrink; write batches refused as too large are cut smaller and sent again)", { level: "1.13", payloadBytes: 40 * 1024 } as FakeSetup],
])("Excel mode over the fake at %s", (_label, setup) => {
  const screenshots = setup.level === "1.13" && setup.payloadBytes === undefined;

  const steps = "check, select, flag and clear exactly, insert the CLI's sheets and remove them exactly, live re-check";
  it.each([["the bundled sample", 0], ["the messy Suzhou fixture", 1]] as const)(`%s: ${steps}`, async (_name, k) => {
    const f = fixtures[k];
    const shots = screenshots && k === 0;
    const { page, log } = await openExcelPane(browser, server.origin, f.bytes, setup);
    const before = await fakeState(page);

    const checkSyncs = await check(page, f);
    if (setup.payloadBytes) {
      // Blocks that came back too large were refused and read again smaller: the counts above are still the CLI's.
      expect(checkSyncs.some((s) => s.responseBytes > setup.payloadBytes!)).toBe(true);
    } else {
      expect(checkSyncs.length).toBeLessThanOrEqual(1 + BUDGET.listAndReadPerSheet * before.sheets.length);
      expect(maxBytes(checkSyncs)).toBeLessThanOrEqual(FIVE_MB);
    }
    await shoot(page, "excel-1-findings.png", shots);

    // A finding is a control that selects its cell in Excel.
    const region = page.getByRole("region", { name: "检查结果" });
    const first = region.locator("details[open] li button").first();
    const name = (await first.textContent()) ?? "";
    const where = /^(.+)!([A-Z]+\d+) /.exec(name);
    expect(where).not.toBeNull();
    const [, sheet, cell] = where!;
    expect(f.findings.some((x) => x.sheet === sheet && x.cell === cell)).toBe(true);
    await first.click();
    await page.waitForFunction(() => (window as unknown as { AnbiaoFakeExcel: { selection(): unknown } }).AnbiaoFakeExcel.selection() !== null);
    await expect(fakeSelection(page)).resolves.toEqual({ sheet, address: cell });

    // 标出问题行: one flag per distinct row the CLI's findings point at; user cells untouched.
    await takeSyncs(page);
    await page.getByRole("button", { name: "标出问题行" }).click();
    const rows = new Set(f.findings.filter((x) => x.row !== null && x.sheet !== null).map((x) => `${x.sheet}:${x.row}`));
    const flaggedSheets = new Set(f.findings.filter((x) => x.row !== null).map((x) => x.sheet)).size;
    await page.getByText(`已标出 ${rows.size} 行（${flaggedSheets} 个工作表）。`).waitFor();
    expect((await takeSyncs(page)).length).toBeLessThanOrEqual(2 + BUDGET.flagsPerSheet * flaggedSheets);
    const flagged = await fakeState(page);
    for (const s of userSheets(flagged, f.specs)) {
      const was = before.sheets.find((b) => b.name === s.name)!;
      expect(cellsOf(s)).toEqual(cellsOf(was));
    }
    expect(userSheets(flagged, f.specs).reduce((n, s) => n + s.conditionalFormats.length, 0)).toBeGreaterThan(0);
    await shoot(page, "excel-2-flags.png", shots);
    await page.getByRole("button", { name: "清除标记" }).click();
    await page.getByText("已清除标记，工作表恢复原样。").waitFor();
    expect(await fakeState(page)).toEqual(before);

    // 插入汇总表: the CLI's sheets, cell for cell, after the user's; 删除汇总表 leaves the workbook as it was.
    await insertAndRemove(page, f, before, setup, shots);
    await liveRecheck(page, f);
    expect(log.pageErrors).toEqual([]);
    expect(log.hostRequests).toEqual([]);
    await page.context().close();
  });
});

async function insertAndRemove(page: Page, f: Fixture, before: FakeState, setup: FakeSetup, shots: boolean): Promise<void> {
    await takeSyncs(page);
    await page.getByRole("button", { name: "插入汇总表" }).click();
    await page.getByText(`已插入：${f.specs.map((s) => s.name).join("、")}`, { exact: false }).waitFor();
    const writeSyncs = await takeSyncs(page);
    // Under a payload limit the count is whatever the limit asks for; the sheets below must still be the CLI's.
    if (!setup.payloadBytes) expect(writeSyncs.length).toBeLessThanOrEqual(BUDGET.writeFiveSheets + 2);
    const inserted = await fakeState(page);
    expect(inserted.sheets.map((s) => s.name)).toEqual([...before.sheets.map((s) => s.name), ...f.specs.map((s) => s.name)]);
    for (const spec of f.specs) {
      const sheetState = inserted.sheets.find((s) => s.name === spec.name)!;
      expect({ sheet: spec.name, cells: cellsOf(sheetState) }).toEqual({ sheet: spec.name, cells: expectedCells(spec) });
    }
    for (const s of userSheets(inserted, f.specs)) expect(s).toEqual(before.sheets.find((b) => b.name === s.name));
    // 图表: one Excel chart per ChartSpec, drawn through the charts API with the spec's titles.
    for (const spec of f.specs.filter((s) => s.charts?.length)) {
      expect(inserted.sheets.find((s) => s.name === spec.name)!.charts.map((c) => c.title)).toEqual(spec.charts!.map((c) => c.title));
    }
    if (setup.level === "1.7") await page.getByText("打印设置未写入", { exact: false }).first().waitFor();
    await shoot(page, "excel-3-summary.png", shots);
    // Inserting again replaces only our sheets, in place.
    await page.getByRole("button", { name: "插入汇总表" }).click();
    await page.getByText(`已插入：${f.specs.map((s) => s.name).join("、")}`, { exact: false }).waitFor();
    expect((await fakeState(page)).sheets.map((s) => s.name)).toEqual(inserted.sheets.map((s) => s.name));
    await page.getByRole("button", { name: "删除汇总表" }).click();
    await page.getByText(`已删除本助手生成的 ${f.specs.length} 个工作表。`).waitFor();
    expect(await fakeState(page)).toEqual(before);
}

async function liveRecheck(page: Page, f: Fixture): Promise<void> {
    const region = page.getByRole("region", { name: "检查结果" });
    // Live: the clerk types a 5-character USCC into a clean row; the findings gain that one error.
    // Below ExcelApi 1.14 events do not say who wrote, so the port ignores changes for half a second
    // after its own writes (excel-port.ts OWN_WRITE_QUIET_MS): the clerk's edit comes after that.
    await page.waitForTimeout(600);
    await takeSyncs(page);
    await userEdit(page, f.edit.sheet, f.edit.cell, [["12345"]]);
    await page.getByText(`已复查「${f.edit.sheet}」的修改`, { exact: false }).waitFor();
    // Only the edited cell is read again: one request, not the sheet.
    expect((await takeSyncs(page)).length).toBeLessThanOrEqual(2);
    await expect(region.getByRole("status").first().textContent()).resolves.toBe(countsText({ ...f.summary, errors: f.summary.errors + 1 }));
    await shoot(page, "excel-4-live.png", f.name === "suzhou-roster.xlsx");
    // Switched off, an edit changes nothing in the pane.
    await page.getByRole("switch", { name: "编辑台账后自动复查" }).click();
    await userEdit(page, f.edit.sheet, f.edit.cell, [["91320500MA1W9K8X2Q"]]);
    await page.waitForTimeout(700);
    await expect(region.getByRole("status").first().textContent()).resolves.toBe(countsText({ ...f.summary, errors: f.summary.errors + 1 }));
}

interface CliFix {
  tables: { sheet: string; edits: { cell: string; formula: string | null; value: number | string }[] }[];
  summary: { cells: number };
}

describe("Excel mode: 把率改成公式 over count tables already in the workbook", () => {
  it.each([["1.13"], ["1.7"]] as const)("lists the CLI's cells for confirmation, writes its formulas in place, and 恢复原值 puts every cell back (ExcelApi %s)", async (level) => {
    const bytes = await countTablesWorkbook();
    const path = join(work, `count-tables-${level}.xlsx`);
    writeFileSync(path, bytes);
    const fixed = runBin(["fix-rates", path, ...FIX_ARGS, "-o", join(work, `fixed-${level}.xlsx`), "--force", "--json"]);
    if (fixed.stdout === "") throw new Error(fixed.stderr);
    const cli = JSON.parse(fixed.stdout) as CliFix;
    const edits = cli.tables.flatMap((tb) => tb.edits.map((e) => ({ sheet: tb.sheet, ...e })));
    expect(edits.length).toBe(cli.summary.cells);
    expect(edits.length).toBeGreaterThan(0);

    const { page, log } = await openExcelPane(browser, server.origin, bytes, { level });
    const before = await fakeState(page);
    await page.getByText("已连接 Excel", { exact: false }).waitFor();
    await page.getByRole("combobox", { name: "创建方案" }).selectOption(SUZHOU.profile);
    await page.getByLabel("统计年度").fill(String(SUZHOU.year));
    await page.getByLabel("统计日").fill(SUZHOU.asOf);
    await page.getByRole("button", { name: "检查台账" }).click();
    await page.getByRole("region", { name: "检查结果" }).waitFor({ timeout: 30_000 });

    await page.getByRole("button", { name: "把率改成公式" }).click();
    const dialog = page.getByRole("dialog", { name: "确认修改以下单元格" });
    await dialog.waitFor();
    const lines = await dialog.getByRole("list", { name: "确认修改以下单元格" }).getByRole("listitem").allTextContents();
    expect(lines.map((l) => l.split("：")[0])).toEqual(edits.map((e) => `${e.sheet}!${e.cell}`));
    // Nothing is written before the clerk confirms.
    expect(await fakeState(page)).toEqual(before);
    if (level === "1.13") await page.screenshot({ path: join(SCREENSHOT_DIR, "excel-5-rates.png"), fullPage: true });
    await takeSyncs(page);
    await dialog.getByRole("button", { name: "确认修改" }).click();
    await page.getByText(`已把 ${edits.length} 个单元格改成公式。`).waitFor();
    // Two syncs whatever the number of cells: the snapshot read, then the writes.
    expect((await takeSyncs(page)).length).toBe(2);
    const after = await fakeState(page);
    for (const e of edits) {
      const sheet = after.sheets.find((s) => s.name === e.sheet)!;
      const cell = /^([A-Z]+)(\d+)$/.exec(e.cell)!;
      const col = cell[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      expect({ at: `${e.sheet}!${e.cell}`, holds: cellsOf(sheet).get(`${cell[2]},${col}`) }).toEqual({ at: `${e.sheet}!${e.cell}`, holds: e.formula ?? e.value });
    }
    await page.getByRole("button", { name: "恢复原值" }).click();
    await page.getByText(`已恢复 ${edits.length} 个单元格的原值。`).waitFor();
    expect(await fakeState(page)).toEqual(before);
    expect(log.pageErrors).toEqual([]);
    expect(log.hostRequests).toEqual([]);
    await page.context().close();
  });
});
