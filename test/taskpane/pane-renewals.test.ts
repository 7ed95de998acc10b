import { join } from "path";
import type { Page } from "playwright-core";
import { fakeSelection, checkRenewalFixture, excelPaneSuite } from "./excel-pane";
import { SCREENSHOT_DIR } from "./pane-browser";

// The pane's 证书到期提醒 and the compliance chart, in Excel mode over the strict fake seeded with
// the renewal fixture (planted expiries worked by hand in test/cli/renewals.test.ts).
const suite = excelPaneSuite();
let page: Page;

beforeAll(async () => {
  page = await checkRenewalFixture(suite.browser(), suite.origin(), "1.13", (p) => p.getByRole("region", { name: "证书到期提醒" }).waitFor({ timeout: 30_000 }));
});

const region = () => page.getByRole("region", { name: "证书到期提醒" });
const certificates = () => region().getByRole("list", { name: "即将到期和已过期的证书" }).getByRole("listitem");

describe("证书到期提醒 in the task pane (Excel mode)", () => {
  it("lists the four certificates of the 90-day window by district then date, the lapsed one said so", async () => {
    await expect(region().getByRole("status").textContent()).resolves.toBe("到期提醒：统计日 2022-10-01，90 天内到期及已过期仍标为已达标的证书 4 张");
    await expect(certificates().allTextContents()).resolves.toEqual([
      "太仓　太仓乙化工T2　有效期至 2022-11-30，还剩 60 天",
      "昆山　昆山丁化工K4　有效期至 2022-09-01，已过期 30 天，台账仍标为已达标",
      "昆山　昆山甲化工K1　有效期至 2022-10-15，还剩 14 天",
      "昆山　昆山乙化工K2　有效期至 2022-12-20，还剩 80 天",
    ]);
  });

  it("selects a certificate's roster row in Excel when it is clicked (K1 is row 2 of 台账)", async () => {
    await certificates().nth(2).getByRole("button").click();
    await page.waitForFunction(() => (window as unknown as { AnbiaoFakeExcel: { selection(): unknown } }).AnbiaoFakeExcel.selection() !== null);
    await expect(fakeSelection(page)).resolves.toEqual({ sheet: "台账", address: "A2:XFD2" });
  });

  it("shows the year-end risk: 昆山 met now (4 of 5, 80%) and missed at 12-31 (2 of 5), first", async () => {
    const risk = region().getByRole("list", { name: "年末受影响的指标" }).getByRole("listitem");
    await expect(risk.first().textContent()).resolves.toBe("昆山　化工园（集中）区内危化企业：已达标 4 → 2 家，80.0% → 40.0%，年末未完成目标（差 2 家）");
    await expect(risk.count()).resolves.toBe(3);
  });

  it("widens the window as typed (91 days takes in T1) and says what to type for a bad value", async () => {
    const days = region().getByLabel("提前天数");
    await days.fill("91");
    await expect(certificates().count()).resolves.toBe(5);
    await days.fill("0");
    await region().getByText("天数“0”无效，应为 1 到 3650 的整数").waitFor();
    await days.fill("90");
    await expect(certificates().count()).resolves.toBe(4);
    await region().screenshot({ path: join(SCREENSHOT_DIR, "excel-6-renewals.png") });
  });
});

describe("the compliance overview's chart", () => {
  it("draws the 化工园区 rates by district against the 80% target: in official order (太仓 2/3, 昆山 80%), 合计 75% last", async () => {
    const chart = page.getByRole("img", { name: "化工园（集中）区内危化企业：各地区完成率与目标（80.0%）" });
    await chart.waitFor();
    const bars = await chart.locator("[data-bar]").evaluateAll((gs) => gs.map((g) => [g.getAttribute("data-bar"), Number(g.getAttribute("data-rate"))]));
    expect(bars.map(([d]) => d)).toEqual(["太仓", "昆山", "合计"]);
    const rate = new Map(bars as [string, number][]);
    expect(rate.get("昆山")).toBeCloseTo(0.8, 12);
    expect(rate.get("太仓")).toBeCloseTo(2 / 3, 12);
    expect(rate.get("合计")).toBeCloseTo(0.75, 12);
    await expect(chart.locator("[data-target]").getAttribute("data-target")).resolves.toBe("0.8");
    await page.locator("section[aria-labelledby=pane-compliance-title]").screenshot({ path: join(SCREENSHOT_DIR, "excel-7-chart.png") });
  });
});

describe("数字背后的企业: a figure of the overview opens onto its enterprises", () => {
  it("lists 昆山's 化工园区 base of 5 and its 4 attained when the figure is clicked, each selecting its roster row", async () => {
    await page.getByRole("button", { name: "昆山 化工园（集中）区内危化企业：80.0%，已完成；查看背后的企业" }).click();
    const figure = page.getByRole("region", { name: "数字背后的企业" });
    await figure.waitFor();
    const tablist = figure.getByRole("tablist", { name: "口径" });
    await expect(tablist.getByRole("tab").count()).resolves.toBe(3);
    for (const name of ["底数 5 家", "已达标 4 家", "申请创建 0 家"]) await expect(tablist.getByRole("tab", { name, exact: true }).count()).resolves.toBe(1);
    const list = () => figure.getByRole("list").getByRole("listitem");
    await expect(list().count()).resolves.toBe(5);
    await expect(list().nth(3).textContent()).resolves.toBe("昆山丁化工K4（二级，有效期至 2022-09-01，已达标，证书不在有效期内）");
    await tablist.getByRole("tab", { name: "已达标 4 家", exact: true }).click();
    await expect(list().allTextContents()).resolves.toEqual([
      "昆山甲化工K1（二级，有效期至 2022-10-15，已达标）",
      "昆山乙化工K2（二级，有效期至 2022-12-20，已达标）",
      "昆山丙化工K3（二级，有效期至 2023-03-01，已达标）",
      "昆山戊化工K5（二级，有效期至 2024-06-30，已达标）",
    ]);
    await list().nth(2).getByRole("button").click();
    await page.waitForFunction(() => (window as unknown as { AnbiaoFakeExcel: { selection(): { address: string } | null } }).AnbiaoFakeExcel.selection()?.address === "A4:XFD4");
    await expect(fakeSelection(page)).resolves.toEqual({ sheet: "台账", address: "A4:XFD4" });
    await figure.screenshot({ path: join(SCREENSHOT_DIR, "excel-8-figure.png") });
  });
});
