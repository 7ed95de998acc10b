import { RENEWAL_AS_OF, renewalWorkbook } from "../cli/fixtures/renewals/renewal-roster";
import { readFileSync } from "fs";
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import { isolatedContext, launchChromium, ROOT, WEB_DIR, type PageLog } from "./pane-browser";
import { serveFolder, type StaticServer } from "./static-server";

/** The strict fake Excel built for browsers (npm run build:fake), served in place of office.js. */
export const FAKE_OFFICE = join(ROOT, "dist", "fake-excel", "fake-office.js");

/** How the fake plays Excel: its ExcelApi level and payload limit (bytes per request and response). */
export interface FakeSetup {
  level: "1.7" | "1.13";
  payloadBytes?: number;
}

/** One sync as the fake recorded it. */
export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
}

/** One sheet of the fake workbook as plain data (AnbiaoFakeExcel.state()). */
export interface FakeSheetState {
  name: string;
  visibility: string;
  rows: (string | number | boolean)[][];
  formulas: [number, string][];
  numberFormats: [number, string][];
  styles: [number, unknown][];
  links: [number, string][];
  conditionalFormats: unknown[];
  customProperties: [string, string][];
  /** The fake's charts on the sheet (test/fakes/excel/charts.ts). */
  charts: { title: string; series: { name: string; values: string | null; xValues: string | null }[] }[];
  [other: string]: unknown;
}

/** The whole fake workbook as plain data. */
export interface FakeState {
  sheets: FakeSheetState[];
  names: [string, string][];
  settings: [string, unknown][];
}

/**
 * Opens the built pane (dist/web/taskpane.html from the local server) with the strict fake in
 * place of office.js, seeded with the workbook's bytes before the pane starts, so the pane finds
 * an Excel host holding that workbook. Every other host is blocked and recorded.
 */
export async function openExcelPane(browser: Browser, origin: string, workbook: Uint8Array, setup: FakeSetup): Promise<{ page: Page; log: PageLog }> {
  const { context, log } = await isolatedContext(browser, origin, { height: 900 });
  const seeded = `${readFileSync(FAKE_OFFICE, "utf8")}
;AnbiaoFakeExcel.seedXlsx(Uint8Array.from(atob(${JSON.stringify(Buffer.from(workbook).toString("base64"))}), (c) => c.charCodeAt(0)));`;
  await context.route(`${origin}/office-js/office.js`, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: seeded }));
  await context.addInitScript((options) => {
    (window as unknown as { ANBIAO_FAKE_EXCEL: unknown }).ANBIAO_FAKE_EXCEL = options;
  }, { level: setup.level, platform: "OfficeOnline", ...(setup.payloadBytes ? { limits: { payloadBytes: setup.payloadBytes } } : {}) });
  const page = await context.newPage();
  await page.goto(`${origin}/taskpane.html`);
  return { page, log };
}

/** The fake workbook now. */
export function fakeState(page: Page): Promise<FakeState> {
  return page.evaluate(() => (window as unknown as { AnbiaoFakeExcel: { state(): FakeState } }).AnbiaoFakeExcel.state());
}

/** The syncs since the last reset, and a reset for the next step. */
export async function takeSyncs(page: Page): Promise<SyncRecord[]> {
  return page.evaluate(() => {
    const api = (window as unknown as { AnbiaoFakeExcel: { syncs(): SyncRecord[]; resetSyncs(): void } }).AnbiaoFakeExcel;
    const syncs = api.syncs();
    api.resetSyncs();
    return syncs;
  });
}

/** Where the fake's selection is. */
export function fakeSelection(page: Page): Promise<{ sheet: string; address: string } | null> {
  return page.evaluate(() => (window as unknown as { AnbiaoFakeExcel: { selection(): { sheet: string; address: string } | null } }).AnbiaoFakeExcel.selection());
}

/** A user edit in the fake (cells change, onChanged fires as the user's). */
export function userEdit(page: Page, sheet: string, address: string, values: (string | number)[][]): Promise<void> {
  return page.evaluate(([s, a, v]) => (window as unknown as { AnbiaoFakeExcel: { userEdit(s: string, a: string, v: unknown): void } }).AnbiaoFakeExcel.userEdit(s, a, v), [sheet, address, values] as const);
}

/** Every cell of a sheet of the fake that holds a value or a formula: "r,c" (1-based) → the formula ("=…") or the value. */
export function cellsOf(sheet: FakeSheetState): Map<string, string | number | boolean> {
  const out = new Map<string, string | number | boolean>();
  sheet.rows.forEach((row, r) => row?.forEach((v, c) => {
    if (v !== "" && v !== null && v !== undefined) out.set(`${r + 1},${c + 1}`, v);
  }));
  for (const [k, f] of sheet.formulas) out.set(`${Math.floor(k / 16384) + 1},${(k % 16384) + 1}`, `=${f}`);
  return out;
}

/**
 * The renewal fixture (test/cli/fixtures/renewals, figures worked by hand) in the pane over the
 * strict fake at `level`: connected, 苏州 2022 as of its date, 检查台账 clicked, `until` awaited.
 */
export async function checkRenewalFixture(browser: Browser, origin: string, level: FakeSetup["level"], until: (page: Page) => Promise<void>): Promise<Page> {
  const { page } = await openExcelPane(browser, origin, await renewalWorkbook(), { level });
  await runCheck(page, "suzhou-2022", "2022", RENEWAL_AS_OF);
  await until(page);
  return page;
}

/** In a pane opening on the fake: once connected, picks `profile`, types the year and as-of date, and clicks 检查台账. */
export async function runCheck(page: Page, profile: string, year: string, asOf: string): Promise<void> {
  await page.getByText("已连接 Excel", { exact: false }).waitFor();
  await page.getByRole("combobox", { name: "创建方案" }).selectOption(profile);
  await page.getByLabel("统计年度").fill(year);
  await page.getByLabel("统计日").fill(asOf);
  await page.getByRole("button", { name: "检查台账" }).click();
}

/** Once the check's results are shown, clicks 插入汇总表 and waits for the pane to say the sheets are in. */
export async function insertSummary(page: Page): Promise<void> {
  await page.getByRole("region", { name: "检查结果" }).waitFor({ timeout: 30_000 });
  await page.getByRole("button", { name: "插入汇总表" }).click();
  await page.getByText("已插入：", { exact: false }).waitFor({ timeout: 30_000 });
}

/** Selects `address` on `sheet` as a user would in Excel: the fake moves its selection and raises the event. */
export function userSelect(page: Page, sheet: string, address: string): Promise<void> {
  return page.evaluate(([s, a]) => (window as unknown as { AnbiaoFakeExcel: { userSelect(s: string, a: string): void } }).AnbiaoFakeExcel.userSelect(s, a), [sheet, address] as const);
}

/** The browser and server of a suite of Excel-mode tests: chromium with the fake office.js, the built pane served. */
export interface ExcelPaneSuite {
  browser(): Browser;
  origin(): string;
}

/** Starts chromium and the pane's server before the calling file's tests (call it before its own beforeAll) and closes both after them. */
export function excelPaneSuite(): ExcelPaneSuite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    browser = await launchChromium([join(WEB_DIR, "taskpane.html"), FAKE_OFFICE]);
    server = await serveFolder(WEB_DIR);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    browser: () => browser as Browser,
    origin: () => (server as StaticServer).origin,
  };
}
