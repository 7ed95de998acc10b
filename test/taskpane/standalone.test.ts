import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { pathToFileURL } from "url";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { readSheetCharts } from "../cli/fixtures/read-charts";
import { runBin } from "../cli/run-bin";
import { isolatedContext, launchChromium, ROOT, SCREENSHOT_DIR, SINGLE_FILE, WEB_DIR } from "./pane-browser";
import { serveFolder, type StaticServer } from "./static-server";

// The standalone page over the bundled sample, in Debian's chromium: open → check → findings →
// download, and the downloaded workbook's 附件1 holds the same figures as the CLI's summarize.
const SAMPLE = join(ROOT, "assets", "samples", "suzhou-roster.xlsx");
const OFFICE_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html";
const CAMPAIGN = ["--profile", "suzhou-2022", "--as-of", "2022-10-01", "--year", "2022"];

let browser: Browser;
let server: StaticServer;
let work: string;
let cliSummary: { errors: number; warnings: number; infos: number };
let cliAttachment: (string | number | null)[][];

/** Every cell's plain value of a sheet, row by row (formulas by their cached result), for comparing workbooks. */
function sheetValues(ws: ExcelJS.Worksheet): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const out: (string | number | null)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const v = cell.value as unknown;
      let plain: string | number | null;
      if (v === null || v === undefined) plain = null;
      else if (typeof v === "object" && v !== null && "result" in v) plain = (v as { result: string | number | null }).result ?? null;
      else if (typeof v === "object" && v !== null && "richText" in v) plain = (v as { richText: { text: string }[] }).richText.map((x) => x.text).join("");
      else if (typeof v === "object" && v !== null && "text" in v) plain = String((v as { text: string }).text);
      else plain = v as string | number;
      out[c - 1] = plain;
    });
    rows[r - 1] = out;
  });
  return rows;
}

async function attachmentOne(bytes: Uint8Array | Buffer): Promise<{ values: (string | number | null)[][]; sheets: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets.find((w) => w.name === "附件1");
  if (!ws) throw new Error(`no 附件1 among ${wb.worksheets.map((w) => w.name).join(", ")}`);
  return { values: sheetValues(ws), sheets: wb.worksheets.map((w) => w.name) };
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "anbiao-standalone-"));
  const summarized = runBin(["summarize", SAMPLE, ...CAMPAIGN, "-o", join(work, "cli.xlsx")]);
  if (summarized.status !== 0) throw new Error(summarized.stderr);
  cliAttachment = (await attachmentOne(readFileSync(join(work, "cli.xlsx")))).values;
  const checked = runBin(["check", SAMPLE, ...CAMPAIGN, "--json"]);
  cliSummary = JSON.parse(checked.stdout).summary;
  browser = await launchChromium([join(WEB_DIR, "taskpane.html"), SINGLE_FILE]);
  server = await serveFolder(WEB_DIR);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** 方案: picks the profile in 「创建方案」 and types the year and the as-of date. */
async function chooseCampaign(page: Page): Promise<void> {
  await page.getByRole("combobox", { name: "创建方案" }).selectOption("suzhou-2022");
  await page.getByLabel("统计年度").fill("2022");
  await page.getByLabel("统计日").fill("2022-10-01");
}

/** Opens the sample through 「打开工作簿」 (the browser's file chooser). */
async function openSample(page: Page): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "打开工作簿" }).click();
  await (await chooser).setFiles(SAMPLE);
  await page.getByText("已打开：suzhou-roster.xlsx").waitFor();
}

/** 检查台账, then the findings region with the CLI's counts by severity. */
async function checkAndSeeFindings(page: Page): Promise<void> {
  await page.getByRole("button", { name: "检查台账" }).click();
  const region = page.getByRole("region", { name: "检查结果" });
  await region.waitFor({ timeout: 30_000 });
  await expect(region.getByRole("status").textContent()).resolves.toBe(`错误 ${cliSummary.errors} 项，警告 ${cliSummary.warnings} 项，提示 ${cliSummary.infos} 项`);
}

/** 下载汇总表 in the chosen mode; the browser's download, as bytes. */
async function download(page: Page, mode: "新工作簿（只含汇总表）" | "原工作簿副本（加入汇总表）"): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole("radio", { name: mode }).check();
  const pending = page.waitForEvent("download");
  await page.getByRole("button", { name: "下载汇总表" }).click();
  const file = await pending;
  const path = join(work, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

describe("standalone page (dist/web in a plain browser)", () => {
  it("opens the sample, checks it with the CLI's counts, lists sheets and targets, and downloads 附件1 with the CLI's figures", async () => {
    const { context, log } = await isolatedContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByText("未在 Excel 中运行", { exact: false }).waitFor();
    await openSample(page);
    await chooseCampaign(page);
    await page.screenshot({ path: join(SCREENSHOT_DIR, "1-campaign.png"), fullPage: true });
    await checkAndSeeFindings(page);
    await expect(page.getByText("「企业台账」：台账，216 家企业（小计 0 行，跳过 2 行）").count()).resolves.toBeGreaterThan(0);
    await expect(page.getByRole("table", { name: "目标完成情况一览" }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, "2-findings.png"), fullPage: true });
    const got = await download(page, "新工作簿（只含汇总表）");
    expect(got.name).toBe("suzhou-roster-汇总.xlsx");
    // The download carries the 图表 sheet with its chart parts: one per Suzhou category with a 2022 target (all ten).
    const saved = join(mkdtempSync(join(tmpdir(), "anbiao-standalone-charts-")), got.name);
    writeFileSync(saved, got.bytes);
    expect(readSheetCharts(saved, "图表").charts).toHaveLength(10);
    const ours = await attachmentOne(got.bytes);
    expect(ours.values).toEqual(cliAttachment);
    await page.getByText("已生成「suzhou-roster-汇总.xlsx」。").waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, "3-download.png"), fullPage: true });
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    // office.js itself (served from dist/web, outside Office) may try its telemetry proxy page; the
    // test blocks it. The pane's own code asks no host: the file:// test below has no office.js and
    // sees no request at all. Anything else is a failure.
    expect(log.hostRequests.filter((u) => u !== OFFICE_TELEMETRY)).toEqual([]);
    await context.close();
  });
});

describe("single-file build (dist/anbiao.html from file://)", () => {
  it("runs from file:// with every network request blocked and downloads a lossless copy holding 附件1 with the CLI's figures", async () => {
    const { context, log } = await isolatedContext(browser, null);
    const page = await context.newPage();
    await page.goto(pathToFileURL(SINGLE_FILE).href);
    await openSample(page);
    await chooseCampaign(page);
    await checkAndSeeFindings(page);
    const got = await download(page, "原工作簿副本（加入汇总表）");
    const copy = await attachmentOne(got.bytes);
    expect(copy.values).toEqual(cliAttachment);
    const input = new ExcelJS.Workbook();
    await input.xlsx.load(readFileSync(SAMPLE) as unknown as ExcelJS.Buffer);
    // The copy keeps the input's sheets first, in order, then adds the summary sheets.
    expect(copy.sheets.slice(0, input.worksheets.length)).toEqual(input.worksheets.map((w) => w.name));
    expect(copy.sheets.length).toBeGreaterThan(input.worksheets.length);
    expect(log).toEqual({ pageErrors: [], consoleErrors: [], hostRequests: [] });
    await context.close();
  });
});
