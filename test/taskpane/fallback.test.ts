import { readFileSync } from "fs";
import { join } from "path";
import { parse } from "acorn";
import type { Browser } from "playwright-core";
import { t } from "../../src/core/i18n/translate";
import { isolatedContext, launchChromium, WEB_DIR } from "./pane-browser";
import { serveFolder, type StaticServer } from "./static-server";

// The ES5 fallback of taskpane.html: old hosts (the IE11 webview of volume-licensed Office 2019)
// must get a message pointing to the standalone page and the CLI, never a blank pane.
const PANE_HTML = join(WEB_DIR, "taskpane.html");

/** The inline scripts (no src) of an HTML page, in document order. */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
}

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchChromium([PANE_HTML]);
  server = await serveFolder(WEB_DIR);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("ES5 fallback script", () => {
  it("is the first script of taskpane.html and parses as ES5", () => {
    const html = readFileSync(PANE_HTML, "utf8");
    const first = html.indexOf("<script");
    const scripts = inlineScripts(html);
    expect(scripts.length).toBeGreaterThan(0);
    expect(html.slice(first, first + 8)).toBe("<script>");
    expect(() => parse(scripts[0], { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    // The bundle's own syntax is not ES5: the same parser refuses an arrow, so the check has teeth.
    expect(() => parse("var f = () => 1;", { ecmaVersion: 5 })).toThrow();
  });

  it("carries the catalog's texts in both languages", () => {
    const script = inlineScripts(readFileSync(PANE_HTML, "utf8"))[0];
    for (const lang of ["zh-CN", "en"] as const) {
      for (const key of ["pane.fallback.title", "pane.fallback.body", "pane.fallback.standalone", "pane.fallback.cli"]) {
        expect(script).toContain(JSON.stringify(t(key, {}, lang)).slice(1, -1));
      }
    }
  });

  it("shows the message instead of the pane when a feature the bundle needs is missing", async () => {
    const { context, log } = await isolatedContext(browser, server.origin);
    // Stands in for an old engine: no Proxy (IE11 has none).
    await context.addInitScript(() => {
      delete (window as { Proxy?: unknown }).Proxy;
    });
    const page = await context.newPage();
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("alert").getByRole("heading", { name: t("pane.fallback.title") }).waitFor();
    await expect(page.getByText(t("pane.fallback.standalone")).isVisible()).resolves.toBe(true);
    await page.waitForLoadState("networkidle");
    await expect(page.locator("#root").innerHTML()).resolves.toBe("");
    expect(log.hostRequests).toEqual([]);
    await context.close();
  });

  it("stays silent on a capable browser: the pane renders and no fallback message appears", async () => {
    const { context, log } = await isolatedContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("heading", { name: "安标台账助手" }).waitFor();
    await expect(page.locator("#anbiao-unsupported").count()).resolves.toBe(0);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });
});
