import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { unzipSync } from "fflate";
import type { Browser, Page } from "playwright-core";
import type { Grid } from "../../src/core/grid/grid";
import { readXlsxLean } from "../../src/xlsx/lean/read-xlsx-lean";
import { runBin } from "../cli/run-bin";
import { fillReturn } from "../cli/fixtures/district/fill-returns";
import { isolatedContext, launchChromium, ROOT, WEB_DIR } from "./pane-browser";
import { serveFolder, type StaticServer } from "./static-server";

// The district round trip from the standalone page: 「生成填报模板」 gives the files `anbiao template
// --all` writes, and 「汇总各地报表」 over returned files gives the city workbook `anbiao consolidate` writes.
const SAMPLE = join(ROOT, "assets", "samples", "suzhou-roster.xlsx");
const YEAR = "2022";
const AS_OF = "2022-10-01";
// Each test runs the CLI (template, consolidate) and the page on the same two cores as the rest of the suite.
jest.setTimeout(240_000);

let browser: Browser;
let server: StaticServer;
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "anbiao-pane-district-"));
  browser = await launchChromium([join(WEB_DIR, "taskpane.html")]);
  server = await serveFolder(WEB_DIR);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Every sheet's name and values, with the moments a run stamps (file times, the time of the summary) blanked: they differ between two runs by nature. */
function plain(grids: readonly Grid[]): { name: string; values: unknown[][] }[] {
  const stamp = /\d{4}-\d\d-\d\d \d\d:\d\d(:\d\d)?/g;
  return grids.map((g) => ({ name: g.name, values: g.values.map((row) => row.map((v) => (typeof v === "string" ? v.replace(stamp, "<time>") : v instanceof Date ? v.toISOString() : v))) }));
}

async function openPage(): Promise<Page> {
  const { context } = await isolatedContext(browser, server.origin);
  const page = await context.newPage();
  await page.goto(`${server.origin}/taskpane.html`);
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "打开工作簿" }).click();
  await (await chooser).setFiles(SAMPLE);
  await page.getByRole("combobox", { name: "创建方案" }).selectOption("suzhou-2022");
  await page.getByLabel("统计年度").fill(YEAR);
  await page.getByLabel("统计日").fill(AS_OF);
  return page;
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
  const pending = page.waitForEvent("download");
  await click();
  const file = await pending;
  const path = join(work, `dl-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

describe("standalone page: district templates and consolidation", () => {
  it("「生成填报模板」 downloads one zip holding the workbooks `anbiao template --all` writes, sheet for sheet", async () => {
    const dir = join(work, "cli-templates");
    const made = runBin(["template", "--profile", "suzhou-2022", "--year", YEAR, "--all", "-o", dir]);
    expect(made.status).toBe(0);
    const page = await openPage();
    const zip = await downloaded(page, () => page.getByRole("button", { name: "生成填报模板" }).click());
    expect(zip.name.endsWith(".zip")).toBe(true);
    const entries = unzipSync(zip.bytes);
    const cliFiles = readdirSync(dir).sort();
    expect(Object.keys(entries).sort()).toEqual(cliFiles);
    for (const f of cliFiles) {
      expect({ f, sheets: plain(readXlsxLean(entries[f], f)) }).toEqual({ f, sheets: plain(readXlsxLean(readFileSync(join(dir, f)), f)) });
    }
    await page.getByText(`已生成 ${cliFiles.length} 个地区的填报模板`, { exact: false }).waitFor();
    await page.context().close();
  });

  it("「汇总各地报表」 over three returns (one count above its base) downloads the city workbook `anbiao consolidate` writes", async () => {
    const dir = join(work, "templates");
    expect(runBin(["template", "--profile", "suzhou-2022", "--year", YEAR, "--all", "-o", dir]).status).toBe(0);
    const returned = join(work, "returned");
    mkdirSync(returned);
    const base = new Date("2026-11-20T08:00:00Z").getTime();
    const picks: [string, "none" | "aboveBase"][] = [["张家港", "none"], ["常熟", "aboveBase"], ["昆山", "none"]];
    for (const [i, [d, planted]] of picks.entries()) {
      await fillReturn(join(dir, `${YEAR}年${d}填报模板.xlsx`), join(returned, `回执-${i}.xlsx`), d, i, planted, new Date(base + i * 60_000));
    }
    const city = join(work, "city.xlsx");
    const cli = runBin(["consolidate", returned, "--profile", "suzhou-2022", "--year", YEAR, "--as-of", AS_OF, "-o", city]);
    expect(cli.stderr).toBe("");
    const page = await openPage();
    const chooser = page.waitForEvent("filechooser");
    const got = await downloaded(page, async () => {
      await page.getByRole("button", { name: "汇总各地报表" }).click();
      await (await chooser).setFiles(picks.map((_p, i) => join(returned, `回执-${i}.xlsx`)));
    });
    expect(got.name).toBe(`${YEAR}年全市汇总.xlsx`);
    expect(plain(readXlsxLean(got.bytes, got.name))).toEqual(plain(readXlsxLean(readFileSync(city), "city.xlsx")));
    await page.getByText("已汇总 3 个文件", { exact: false }).waitFor();
    await page.context().close();
  });
});
