import { join } from "path";
import type { Browser, Page } from "playwright-core";
import { fakeSelection, fakeState, FAKE_OFFICE, checkRenewalFixture, takeSyncs } from "./excel-pane";
import { launchChromium, WEB_DIR } from "./pane-browser";
import { serveFolder, type StaticServer } from "./static-server";

// Excel mode at the floor (ExcelApi 1.7) over the strict fake seeded with the renewal fixture, whose
// 昆山 化工园区 figures are worked by hand (test/cli/renewals.test.ts): base 5, attained K1 K2 K3 K5.
let browser: Browser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium([join(WEB_DIR, "taskpane.html"), FAKE_OFFICE]);
  server = await serveFolder(WEB_DIR);
  page = await checkRenewalFixture(browser, server.origin, "1.7", (p) => p.getByRole("region", { name: "检查结果" }).waitFor({ timeout: 30_000 }));
  await page.getByRole("button", { name: "插入汇总表" }).click();
  await page.getByText("已插入：", { exact: false }).waitFor({ timeout: 30_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const userSelect = (sheet: string, address: string) =>
  page.evaluate(([s, a]) => (window as unknown as { AnbiaoFakeExcel: { userSelect(s: string, a: string): void } }).AnbiaoFakeExcel.userSelect(s, a), [sheet, address] as const);

describe("selecting a count cell of the inserted 附件1 (Excel mode)", () => {
  it("lists 昆山's 4 attained 化工园区 enterprises, announced politely, for at most one sync; a click selects the roster row", async () => {
    // 附件1's 化工园区 已达标数 is column K; 昆山's row is where column A or B names it.
    const sheet = (await fakeState(page)).sheets.find((s) => s.name === "附件1")!;
    const row = sheet.rows.findIndex((r) => r?.slice(0, 2).some((v) => v === "昆山")) + 1;
    expect(row).toBeGreaterThan(0);
    await takeSyncs(page);
    await userSelect("附件1", `K${row}`);
    const figure = page.getByRole("region", { name: "数字背后的企业" });
    await figure.waitFor();
    const live = figure.locator("[aria-live=polite]");
    await expect(live.textContent()).resolves.toBe(`已选中 附件1 的 K${row}：昆山 · 化工园（集中）区内危化企业 · 已达标，4 家`);
    expect((await takeSyncs(page)).length).toBeLessThanOrEqual(1);
    await expect(figure.getByRole("tab", { name: "已达标 4 家", exact: true }).getAttribute("aria-selected")).resolves.toBe("true");
    const list = figure.getByRole("list").getByRole("listitem");
    await expect(list.allTextContents()).resolves.toEqual([
      "昆山甲化工K1（二级，有效期至 2022-10-15，已达标）",
      "昆山乙化工K2（二级，有效期至 2022-12-20，已达标）",
      "昆山丙化工K3（二级，有效期至 2023-03-01，已达标）",
      "昆山戊化工K5（二级，有效期至 2024-06-30，已达标）",
    ]);
    await list.nth(2).getByRole("button").click();
    await page.waitForFunction(() => (window as unknown as { AnbiaoFakeExcel: { selection(): { address: string } | null } }).AnbiaoFakeExcel.selection()?.address === "A4:XFD4");
    await expect(fakeSelection(page)).resolves.toEqual({ sheet: "台账", address: "A4:XFD4" });
  });

  it("switches to the base of 5 when the base cell beside it is selected", async () => {
    await userSelect("附件1", "J" + ((await fakeState(page)).sheets.find((s) => s.name === "附件1")!.rows.findIndex((r) => r?.slice(0, 2).some((v) => v === "昆山")) + 1));
    const figure = page.getByRole("region", { name: "数字背后的企业" });
    await figure.getByText("昆山 · 化工园（集中）区内危化企业 · 底数，5 家", { exact: false }).waitFor();
    await expect(figure.getByRole("list").getByRole("listitem").count()).resolves.toBe(5);
  });
});
