import type { Page } from "playwright-core";
import { progressRosterBytes } from "../../scripts/samples/progress-roster";
import { excelPaneSuite, fakeState, openExcelPane, runCheck, takeSyncs, type FakeSheetState, type SyncRecord } from "./excel-pane";

// 历年进度 in the task pane (Excel mode, the strict fake at ExcelApi 1.13): the inserted 图表 sheet
// charts the city's progress over the years ticked. The roster (scripts/samples/progress-roster.ts)
// makes the rates known by hand: four chemical-park enterprises in 常熟, A issued 2021-03-01 (lapses
// 2024-02-28), B 2022-06-01, C 2023-05-01, D applying — 2/4 at 2022's end, 3/4 at 2023's, 2/4 on
// 2024-06-30; suzhou-2022's targets for them are 0.8, 0.9 and 1 (an attainment rate).
const PROGRESS_TITLE = "化工园（集中）区内危化企业：全市历年进展与年度目标";
/** The adapter's write budget on a small workbook (test/taskpane/excel-mode.test.ts): syncs for the summary's sheets. */
const WRITE_BUDGET = 8 + 2;

const suite = excelPaneSuite();
let page: Page;

beforeAll(async () => {
  ({ page } = await openExcelPane(suite.browser(), suite.origin(), await progressRosterBytes(), { level: "1.13" }));
  await runCheck(page, "suzhou-2022", "2024", "2024-06-30");
  await page.getByRole("button", { name: "插入汇总表" }).and(page.locator(":enabled")).waitFor({ timeout: 30_000 });
});

/** The column letters and rows of "'图表'!$N$25:$N$26". */
function cellsOf(ref: string): { col: number; top: number; bottom: number } {
  const m = /^'图表'!\$([A-Z])\$(\d+):\$\1\$(\d+)$/.exec(ref);
  if (!m) throw new Error(`unexpected reference ${ref}`);
  return { col: m[1].charCodeAt(0) - 64, top: Number(m[2]), bottom: Number(m[3]) };
}

/** The values of a one-column reference on the fake sheet. */
function valuesAt(sheet: FakeSheetState, ref: string): unknown[] {
  const { col, top, bottom } = cellsOf(ref);
  return Array.from({ length: bottom - top + 1 }, (_, i) => sheet.rows[top - 1 + i]?.[col - 1]);
}

/** 插入汇总表, awaited; the syncs it took and the 图表 sheet it wrote. */
async function insert(): Promise<{ syncs: SyncRecord[]; sheet: FakeSheetState }> {
  await takeSyncs(page);
  await page.getByRole("button", { name: "插入汇总表" }).click();
  await page.getByText("已插入：", { exact: false }).waitFor();
  const syncs = await takeSyncs(page);
  return { syncs, sheet: (await fakeState(page)).sheets.find((s) => s.name === "图表")! };
}

async function remove(): Promise<void> {
  await page.getByRole("button", { name: "删除汇总表" }).click();
  await page.getByText("已删除本助手生成的", { exact: false }).waitFor();
}

describe("历年进度 in the task pane", () => {
  let plainSyncs: SyncRecord[];

  it("is off at first: 插入汇总表 writes 图表 without a progress chart", async () => {
    const toggle = page.getByRole("switch", { name: "历年进度" });
    await expect(toggle.isChecked()).resolves.toBe(false);
    const { syncs, sheet } = await insert();
    plainSyncs = syncs;
    expect(sheet.charts.length).toBeGreaterThan(0);
    expect(sheet.charts.map((c) => c.title)).not.toContain(PROGRESS_TITLE);
    await remove();
  });

  it("turned on, offers the profile's target years up to the as-of year, all ticked, and keeps at least two", async () => {
    await page.getByRole("switch", { name: "历年进度" }).check();
    const years = page.getByRole("group", { name: "历年进度包含的年份" }).getByRole("checkbox");
    await expect(years.evaluateAll((boxes) => boxes.map((b) => [(b as HTMLInputElement).labels?.[0]?.textContent, (b as HTMLInputElement).checked]))).resolves.toEqual([
      ["2022年", true], ["2023年", true], ["2024年", true],
    ]);
    await page.getByRole("checkbox", { name: "2023年" }).uncheck();
    // Two years left: neither can be unticked (progress needs two).
    for (const name of ["2022年", "2024年"]) await expect(page.getByRole("checkbox", { name }).isDisabled()).resolves.toBe(true);
    await expect(page.getByRole("checkbox", { name: "2023年" }).isDisabled()).resolves.toBe(false);
  });

  it("inserts 图表 with the city's progress over the years ticked: series on the sheet's cells, the hand-worked rates and targets", async () => {
    const { syncs, sheet: charts } = await insert();
    // The progress blocks add cells and charts to the same writes: no more syncs than the summary without them, within the budget.
    expect(syncs.length).toBeLessThanOrEqual(plainSyncs.length + 1);
    expect(syncs.length).toBeLessThanOrEqual(WRITE_BUDGET);
    const progress = charts.charts.filter((c) => c.title === PROGRESS_TITLE);
    expect(progress).toHaveLength(1);
    const [actual, target] = progress[0].series;
    expect([actual.name, target.name]).toEqual(["全市实际", "年度目标"]);
    expect(actual.xValues).toBe(target.xValues);
    expect(valuesAt(charts, actual.xValues!)).toEqual(["2022年", "2024年"]);
    // The series plot the hidden copy (N, O) of the table (B, C), on the same rows.
    const a = cellsOf(actual.values!), tg = cellsOf(target.values!), cat = cellsOf(actual.xValues!);
    expect([a.col, tg.col]).toEqual([14, 15]);
    expect([a.top, a.bottom, tg.top, tg.bottom]).toEqual([cat.top, cat.bottom, cat.top, cat.bottom]);
    expect(valuesAt(charts, actual.values!)).toEqual([0.5, 0.5]);
    expect(valuesAt(charts, target.values!)).toEqual([0.8, 1]);
    expect(valuesAt(charts, actual.values!.replace(/\$N\$/g, "$B$"))).toEqual([0.5, 0.5]);
    expect(valuesAt(charts, target.values!.replace(/\$O\$/g, "$C$"))).toEqual([0.8, 1]);
    expect(charts.hiddenColumns).toEqual([14, 15]);
    expect((progress[0] as unknown as { plotVisibleOnly: boolean }).plotVisibleOnly).toBe(false);
  });

  it("turned off again, the next insert has no progress chart", async () => {
    await remove();
    await page.getByRole("switch", { name: "历年进度" }).uncheck();
    await expect(page.getByRole("group", { name: "历年进度包含的年份" }).count()).resolves.toBe(0);
    const { syncs, sheet } = await insert();
    expect(syncs.length).toBeLessThanOrEqual(WRITE_BUDGET);
    expect(sheet.charts.map((c) => c.title)).not.toContain(PROGRESS_TITLE);
  });
});
