import { join } from "path";
import type { Browser, Page } from "playwright-core";
import { qinyangPhaseExpected } from "../cli/fixtures/messy/qinyang-phase-expected";
import { QINYANG_AS_OF, QINYANG_LAYOUT, qinyangEnterprises, qinyangTruth } from "../cli/fixtures/messy/qinyang-roster";
import { messyWorkbook } from "../cli/fixtures/messy/kit";
import { fakeState, FAKE_OFFICE, openExcelPane, takeSyncs } from "./excel-pane";
import { launchChromium, WEB_DIR } from "./pane-browser";
import { serveFolder, type StaticServer } from "./static-server";

// Excel mode at the floor (ExcelApi 1.7) over the strict fake seeded with the messy Qinyang roster,
// whose stage figures per 乡镇 its expected script works out (qinyang-phase-expected.ts).
let browser: Browser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium([join(WEB_DIR, "taskpane.html"), FAKE_OFFICE]);
  server = await serveFolder(WEB_DIR);
  ({ page } = await openExcelPane(browser, server.origin, (await messyWorkbook(qinyangEnterprises(qinyangTruth()), QINYANG_LAYOUT)).bytes, { level: "1.7" }));
  await page.getByText("已连接 Excel", { exact: false }).waitFor();
  await page.getByRole("combobox", { name: "创建方案" }).selectOption("qinyang-2024");
  await page.getByLabel("统计年度").fill("2024");
  await page.getByLabel("统计日").fill(QINYANG_AS_OF);
  await page.getByRole("button", { name: "检查台账" }).click();
  await page.getByRole("region", { name: "检查结果" }).waitFor({ timeout: 30_000 });
  await page.getByRole("button", { name: "插入汇总表" }).click();
  await page.getByText("已插入：", { exact: false }).waitFor({ timeout: 30_000 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const userSelect = (sheet: string, address: string) =>
  page.evaluate(([s, a]) => (window as unknown as { AnbiaoFakeExcel: { userSelect(s: string, a: string): void } }).AnbiaoFakeExcel.userSelect(s, a), [sheet, address] as const);

describe("selecting a stage count of the inserted 分乡镇阶段目标 (Excel mode)", () => {
  it("lists the first 乡镇's stage-one attained enterprises, announced with the stage's name, for at most one sync", async () => {
    const sheet = (await fakeState(page)).sheets.find((s) => s.name === "分乡镇阶段目标")!;
    const district = String(sheet.rows[4][0]);
    const expected = qinyangPhaseExpected(qinyangTruth(), QINYANG_AS_OF).find((e) => e.district === district && e.phase === 1)!;
    expect(expected.attainedNames.length).toBeGreaterThan(1);
    await takeSyncs(page);
    await userSelect("分乡镇阶段目标", "C5");
    const figure = page.getByRole("region", { name: "数字背后的企业" });
    await figure.waitFor();
    await expect(figure.locator("[aria-live=polite]").textContent()).resolves.toBe(`已选中 分乡镇阶段目标 的 C5：${district} · 第一阶段 · 已达标，${expected.attainedNames.length} 家`);
    expect((await takeSyncs(page)).length).toBeLessThanOrEqual(1);
    const items = await figure.getByRole("list").getByRole("listitem").allTextContents();
    expect(items.map((i) => i.replace(/（.*$/, "")).sort()).toEqual([...expected.attainedNames].sort());
  });
});
