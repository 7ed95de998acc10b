import type { Page } from "playwright-core";
import { fakeSelection, fakeState, checkRenewalFixture, excelPaneSuite, insertSummary, openExcelPane, runCheck, takeSyncs, userSelect } from "./excel-pane";
import { findBuiltinProfile } from "../../src/core/profile";
import { messyWorkbook } from "../cli/fixtures/messy/kit";
import { suzhouExpectedLists } from "../cli/fixtures/messy/suzhou-expected";
import { SUZHOU_AS_OF, SUZHOU_LAYOUT, suzhouEnterprises, suzhouTruthWithNewGradeOne } from "../cli/fixtures/messy/suzhou-roster";

// Excel mode at the floor (ExcelApi 1.7) over the strict fake seeded with the renewal fixture, whose
// 昆山 化工园区 figures are worked by hand (test/cli/renewals.test.ts): base 5, attained K1 K2 K3 K5.
const suite = excelPaneSuite();
let page: Page;

beforeAll(async () => {
  page = await checkRenewalFixture(suite.browser(), suite.origin(), "1.7", insertSummary);
});

describe("selecting a count cell of the inserted 附件1 (Excel mode)", () => {
  it("lists 昆山's 4 attained 化工园区 enterprises, announced politely, for at most one sync; a click selects the roster row", async () => {
    // 附件1's 化工园区 已达标数 is column K; 昆山's row is where column A or B names it.
    const sheet = (await fakeState(page)).sheets.find((s) => s.name === "附件1")!;
    const row = sheet.rows.findIndex((r) => r?.slice(0, 2).some((v) => v === "昆山")) + 1;
    expect(row).toBeGreaterThan(0);
    await takeSyncs(page);
    await userSelect(page, "附件1", `K${row}`);
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
    await userSelect(page, "附件1", "J" + ((await fakeState(page)).sheets.find((s) => s.name === "附件1")!.rows.findIndex((r) => r?.slice(0, 2).some((v) => v === "昆山")) + 1));
    const figure = page.getByRole("region", { name: "数字背后的企业" });
    await figure.getByText("昆山 · 化工园（集中）区内危化企业 · 底数，5 家", { exact: false }).waitFor();
    await expect(figure.getByRole("list").getByRole("listitem").count()).resolves.toBe(5);
  });
});

describe("selecting a count target's 实际完成 cell of the inserted 目标完成情况 (Excel mode)", () => {
  it("lists Suzhou's 2022 一级 certificates behind the 合计 一级 实际完成 (15 new ones), on a tab of its own beside the row's three", async () => {
    const truths = suzhouTruthWithNewGradeOne();
    const expected = suzhouExpectedLists(truths).find((l) => l.district === null && l.category === "grade-1")!;
    const names = [...expected.attainedThisYear, ...expected.applying].sort();
    expect(names.length).toBeGreaterThan(0);
    const { page: pane } = await openExcelPane(suite.browser(), suite.origin(), (await messyWorkbook(suzhouEnterprises(truths), SUZHOU_LAYOUT)).bytes, { level: "1.7" });
    await runCheck(pane, "suzhou-2022", "2022", SUZHOU_AS_OF);
    await insertSummary(pane);
    const category = findBuiltinProfile("suzhou-2022")!.categories.find((c) => c.id === "grade-1")!.name;
    // 实际完成 is column J; the 合计 一级 row is where columns A and B read 合计 and the category.
    const sheet = (await fakeState(pane)).sheets.find((s) => s.name === "目标完成情况")!;
    const row = sheet.rows.findIndex((r) => r?.[0] === "合计" && r?.[1] === category) + 1;
    expect(row).toBeGreaterThan(0);
    await userSelect(pane, "目标完成情况", `J${row}`);
    const figure = pane.getByRole("region", { name: "数字背后的企业" });
    await figure.waitFor();
    await expect(figure.locator("[aria-live=polite]").textContent()).resolves.toBe(`已选中 目标完成情况 的 J${row}：合计 · ${category} · 当年新增达标及申请创建，${names.length} 家`);
    await expect(figure.getByRole("tab", { name: `当年新增达标及申请创建 ${names.length} 家`, exact: true }).getAttribute("aria-selected")).resolves.toBe("true");
    // Four tabs: the row's three counts and the cell's own measure.
    await expect(figure.getByRole("tab").count()).resolves.toBe(4);
    for (const name of [`底数 ${expected.base.length} 家`, `已达标 ${expected.attained.length} 家`, `申请创建 ${expected.applying.length} 家`]) await expect(figure.getByRole("tab", { name, exact: true }).count()).resolves.toBe(1);
    const items = await figure.getByRole("list").getByRole("listitem").allTextContents();
    expect(items.map((t) => t.replace(/（.*$/, "")).sort()).toEqual(names);
  }, 120_000);
});
