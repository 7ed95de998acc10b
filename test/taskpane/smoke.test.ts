import { existsSync } from "fs";
import { join } from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { serveFolder, type StaticServer } from "./static-server";

// Loads the built task pane (dist/web) in Debian's chromium, as a plain browser page: office.js is
// served from the same origin and must resolve onReady with no host, and nothing may leave 127.0.0.1.
const WEB_DIR = join(__dirname, "..", "..", "dist", "web");
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-quic",
];
const SCREENSHOT = "/tmp/taskpane.png";

/** What a page did while loading: console errors, uncaught errors, requests off 127.0.0.1, failed responses. */
interface PageLog {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
  failedResponses: string[];
}

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(WEB_DIR, "taskpane.html"))) {
    throw new Error(`${join(WEB_DIR, "taskpane.html")} is missing: run \`npm run build:web\` before this test (npm test builds first).`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium); this test never downloads a browser.`);
  }
  server = await serveFolder(WEB_DIR);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens taskpane.html in a fresh context, recording everything PageLog lists; other hosts are blocked. */
async function openPane(locale: string, options: { withoutOfficeJs?: boolean; officeJsStub?: string } = {}): Promise<{ page: Page; log: PageLog }> {
  const context = await browser.newContext({ locale, viewport: { width: 360, height: 560 } });
  const page = await context.newPage();
  const log: PageLog = { consoleErrors: [], pageErrors: [], foreignRequests: [], failedResponses: [] };
  page.on("console", (msg) => {
    if (msg.type() === "error") log.consoleErrors.push(`${msg.text()} (${msg.location().url})`);
  });
  page.on("pageerror", (err) => log.pageErrors.push(err.message));
  page.on("response", (res) => {
    if (res.status() >= 400) log.failedResponses.push(`${res.status()} ${res.url()}`);
  });
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === "data:" || url.protocol === "blob:") return route.continue();
    if (url.hostname !== "127.0.0.1") {
      log.foreignRequests.push(url.href);
      return route.abort();
    }
    if (options.officeJsStub !== undefined && url.pathname === "/office-js/office.js") {
      return route.fulfill({ status: 200, contentType: "text/javascript", body: options.officeJsStub });
    }
    if (options.withoutOfficeJs && url.pathname.startsWith("/office-js/")) {
      return route.fulfill({ status: 404, contentType: "text/plain", body: "not found" });
    }
    return route.continue();
  });
  await page.goto(`${server.origin}/taskpane.html`, { waitUntil: "load" });
  return { page, log };
}

describe("task pane in a plain browser (smoke)", () => {
  it("renders the Chinese shell, says it is not running in Excel, with no errors and no outside requests", async () => {
    const { page, log } = await openPane("zh-CN");
    await page.getByRole("heading", { name: "安标台账助手" }).waitFor({ state: "visible" });
    await page.getByText("未在 Excel 中运行", { exact: false }).waitFor({ state: "visible" });
    await expect(page.getByText("安全生产标准化台账核算与汇总").isVisible()).resolves.toBe(true);
    await expect(page.title()).resolves.toBe("安标台账助手");
    await expect(page.evaluate(() => typeof (window as { Office?: unknown }).Office)).resolves.toBe("object");
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    await page.waitForLoadState("networkidle");
    expect(log).toEqual({ consoleErrors: [], pageErrors: [], foreignRequests: [], failedResponses: [] });
    await page.context().close();
  });

  it("speaks English when the browser language is English", async () => {
    const { page, log } = await openPane("en-US");
    await page.getByRole("heading", { name: "Work-Safety Roster Assistant" }).waitFor({ state: "visible" });
    await page.getByText("Not running inside Excel", { exact: false }).waitFor({ state: "visible" });
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("en");
    await page.waitForLoadState("networkidle");
    expect(log).toEqual({ consoleErrors: [], pageErrors: [], foreignRequests: [], failedResponses: [] });
    await page.context().close();
  });

  it("still renders when office.js cannot be loaded (no Office global), with no script errors", async () => {
    const { page, log } = await openPane("zh-CN", { withoutOfficeJs: true });
    await page.getByText("未在 Excel 中运行", { exact: false }).waitFor({ state: "visible" });
    await expect(page.evaluate(() => typeof (window as { Office?: unknown }).Office)).resolves.toBe("undefined");
    expect(log.pageErrors).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
    // The browser itself reports the missing script; nothing else may complain.
    expect(log.failedResponses).toEqual([`404 ${server.origin}/office-js/office.js`]);
    expect(log.consoleErrors).toEqual([expect.stringMatching(/^Failed to load resource: .*404.*\/office-js\/office\.js\)$/)]);
    await page.context().close();
  });

  it("shows the connected state and the ExcelApi 1.7 warning when a stand-in office.js reports Excel", async () => {
    // The real office.js only reports Excel inside Excel; this stub drives the same bundle through that branch.
    const stub = `window.Office = {
      HostType: { Excel: "Excel" },
      onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
      context: { displayLanguage: "zh-CN", requirements: { isSetSupported: () => false } },
    };`;
    const { page, log } = await openPane("en-US", { officeJsStub: stub });
    await page.getByText("已连接 Excel：网页版").waitFor({ state: "visible" });
    await page.getByText("此版本的 Excel 不支持 ExcelApi 1.7", { exact: false }).waitFor({ state: "visible" });
    await expect(page.getByRole("heading", { name: "开始" }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: "/tmp/taskpane-excel.png", fullPage: true });
    expect(log).toEqual({ consoleErrors: [], pageErrors: [], foreignRequests: [], failedResponses: [] });
    await page.context().close();
  });
});
