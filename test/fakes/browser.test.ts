import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { chromium, type Browser } from "playwright-core";
import { suzhouRosterBytes } from "../excel/fixtures/suzhou-summary";
import { readXlsxLean } from "../../src/xlsx/lean/read-xlsx-lean";

// The browser build of the fake (dist/fake-excel/fake-office.js, `npm run build:fake`) in Debian's
// chromium: it must stand in for office.js — Office.onReady, isSetSupported, Excel.run — strictly.
const BUNDLE = join(__dirname, "..", "..", "dist", "fake-excel", "fake-office.js");
const CHROMIUM = "/usr/bin/chromium";

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run build:fake\` first (npm test builds it).`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"] });
});

afterAll(async () => {
  await browser?.close();
});

describe("fake-office.js in a browser page", () => {
  it("answers Office.onReady and isSetSupported at the level the page asks for, and Excel.run reads seeded cells strictly", async () => {
    const page = await browser.newPage();
    await page.setContent("<html><body></body></html>");
    await page.evaluate(() => { (window as unknown as { ANBIAO_FAKE_EXCEL: unknown }).ANBIAO_FAKE_EXCEL = { level: "1.7", platform: "PC" }; });
    await page.addScriptTag({ content: readFileSync(BUNDLE, "utf8") });
    const seen = await page.evaluate(async () => {
      const w = window as unknown as { Office: typeof Office; Excel: typeof Excel; AnbiaoFakeExcel: { seedSheets(s: unknown[]): void; syncs(): unknown[] } };
      w.AnbiaoFakeExcel.seedSheets([{ name: "台账", values: [["企业名称"], ["甲公司"]] }]);
      const ready = await w.Office.onReady();
      const early = await w.Excel.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("台账").getRange("A1:A2").load("values");
        try {
          return r.values;
        } catch (err) {
          return (err as { code: string }).code;
        }
      });
      const late = await w.Excel.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("台账").getRange("A1:A2").load("values");
        await ctx.sync();
        return r.values;
      });
      return {
        ready, early, late, syncs: w.AnbiaoFakeExcel.syncs().length,
        sets: [w.Office.context.requirements.isSetSupported("ExcelApi", "1.7"), w.Office.context.requirements.isSetSupported("ExcelApi", "1.9")],
      };
    });
    expect(seen).toEqual({ ready: { host: "Excel", platform: "PC" }, early: "PropertyNotLoaded", late: [["企业名称"], ["甲公司"]], syncs: 2, sets: [true, false] });
    await page.close();
  });

  it("seeds from .xlsx bytes: the sheets and cells the lean reader sees", async () => {
    const page = await browser.newPage();
    await page.setContent("<html><body></body></html>");
    await page.addScriptTag({ content: readFileSync(BUNDLE, "utf8") });
    const bytes = Array.from(suzhouRosterBytes());
    const sheets = await page.evaluate((data) => {
      const api = (window as unknown as { AnbiaoFakeExcel: { seedXlsx(b: Uint8Array): void; sheets(): { name: string }[]; value(s: string, r: number, c: number): unknown } }).AnbiaoFakeExcel;
      api.seedXlsx(new Uint8Array(data));
      return { names: api.sheets().map((s) => s.name), b2: api.value(api.sheets()[0].name, 2, 2) };
    }, bytes);
    const grids = readXlsxLean(suzhouRosterBytes(), "suzhou-roster.xlsx");
    expect(sheets.names).toEqual(grids.map((g) => g.name));
    const g = grids[0];
    expect(sheets.b2).toBe(g.values[2 - g.origin.row][2 - g.origin.col] ?? "");
    await page.close();
  });
});
