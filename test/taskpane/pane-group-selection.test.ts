import type { Page } from "playwright-core";
import { qinyangPhaseExpected } from "../cli/fixtures/messy/qinyang-phase-expected";
import { QINYANG_AS_OF, QINYANG_LAYOUT, qinyangEnterprises, qinyangTruth } from "../cli/fixtures/messy/qinyang-roster";
import { messyWorkbook } from "../cli/fixtures/messy/kit";
import { excelPaneSuite, fakeState, insertSummary, openExcelPane, runCheck, takeSyncs, userSelect } from "./excel-pane";

// Excel mode at the floor (ExcelApi 1.7) over the strict fake seeded with the messy Qinyang roster,
// whose stage figures per 乡镇 its expected script works out (qinyang-phase-expected.ts).
const suite = excelPaneSuite();
let page: Page;

beforeAll(async () => {
  ({ page } = await openExcelPane(suite.browser(), suite.origin(), (await messyWorkbook(qinyangEnterprises(qinyangTruth()), QINYANG_LAYOUT)).bytes, { level: "1.7" }));
  await runCheck(page, "qinyang-2024", "2024", QINYANG_AS_OF);
  await insertSummary(page);
}, 120_000);

describe("selecting a stage count of the inserted 分乡镇阶段目标 (Excel mode)", () => {
  it("lists the first 乡镇's stage-one attained enterprises, announced with the stage's name, for at most one sync", async () => {
    const sheet = (await fakeState(page)).sheets.find((s) => s.name === "分乡镇阶段目标")!;
    const district = String(sheet.rows[4][0]);
    const expected = qinyangPhaseExpected(qinyangTruth(), QINYANG_AS_OF).find((e) => e.district === district && e.phase === 1)!;
    expect(expected.attainedNames.length).toBeGreaterThan(1);
    await takeSyncs(page);
    await userSelect(page, "分乡镇阶段目标", "C5");
    const figure = page.getByRole("region", { name: "数字背后的企业" });
    await figure.waitFor();
    await expect(figure.locator("[aria-live=polite]").textContent()).resolves.toBe(`已选中 分乡镇阶段目标 的 C5：${district} · 第一阶段 · 已达标，${expected.attainedNames.length} 家`);
    expect((await takeSyncs(page)).length).toBeLessThanOrEqual(1);
    const items = await figure.getByRole("list").getByRole("listitem").allTextContents();
    expect(items.map((i) => i.replace(/（.*$/, "")).sort()).toEqual([...expected.attainedNames].sort());
  });
});
