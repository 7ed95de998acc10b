import { existsSync } from "fs";
import { join } from "path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

/** Debian's chromium: the tests never download a browser. */
export const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-quic",
];

/** The project root, the built pane (dist/web) and the single file (dist/anbiao.html). */
export const ROOT = join(__dirname, "..", "..");
export const WEB_DIR = join(ROOT, "dist", "web");
export const SINGLE_FILE = join(ROOT, "dist", "anbiao.html");
/** Where the test run writes the README's screenshots, so they always show the pane as built. */
export const SCREENSHOT_DIR = join(ROOT, "docs", "screenshots");

/** Launches chromium, failing with the fix when the browser or a build is missing. */
export async function launchChromium(needs: string[]): Promise<Browser> {
  for (const file of needs) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before this test (npm test builds first).`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium); this test never downloads a browser.`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** What a page did: uncaught errors, console errors, and every request to a host (all of them blocked). */
export interface PageLog {
  pageErrors: string[];
  consoleErrors: string[];
  hostRequests: string[];
}

/**
 * A fresh context whose pages may reach only `allowOrigin` (the local test server) or nothing at all
 * (file://); every other request is recorded and aborted, so "no request to any host" is checked.
 */
export async function isolatedContext(browser: Browser, allowOrigin: string | null, options: { locale?: string; width?: number; height?: number } = {}): Promise<{ context: BrowserContext; log: PageLog }> {
  const context = await browser.newContext({ locale: options.locale ?? "zh-CN", viewport: { width: options.width ?? 420, height: options.height ?? 760 }, acceptDownloads: true });
  const log: PageLog = { pageErrors: [], consoleErrors: [], hostRequests: [] };
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === "data:" || url.protocol === "blob:" || url.protocol === "file:") return route.continue();
    if (allowOrigin !== null && url.origin === allowOrigin) return route.continue();
    log.hostRequests.push(url.href);
    return route.abort();
  });
  context.on("page", (page) => watchPage(page, log));
  return { context, log };
}

function watchPage(page: Page, log: PageLog): void {
  page.on("pageerror", (err) => log.pageErrors.push(err.message));
  page.on("console", (msg) => {
    if (msg.type() === "error") log.consoleErrors.push(msg.text());
  });
}
