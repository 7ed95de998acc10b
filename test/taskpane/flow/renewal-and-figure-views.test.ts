import { findBuiltinProfile } from "../../../src/core/profile";
import { withinDays } from "../../../src/core/renewal/within-days";
import { figureLists } from "../../../src/taskpane/flow/figure-list";
import { renewalView } from "../../../src/taskpane/flow/renewal-view";
import { runCheck } from "../../../src/taskpane/flow/run-check";
import { readXlsxBytes } from "../../../src/xlsx/read-bytes";
import { RENEWAL_AS_OF, renewalWorkbook } from "../../cli/fixtures/renewals/renewal-roster";

// The renewal fixture's planted expiries (worked by hand in test/cli/renewals.test.ts): as of
// 2022-10-01 the 90-day window ends 2022-12-30.
async function checkedRun() {
  const grids = await readXlsxBytes(await renewalWorkbook(), "renewals.xlsx");
  return runCheck(grids, { profile: findBuiltinProfile("suzhou-2022")!, year: 2022, asOf: RENEWAL_AS_OF }, {});
}

describe("renewalView (the pane's 证书到期提醒)", () => {
  it("lists the same certificates as anbiao renewals: by district in official order, then by date, each with its roster row", async () => {
    const view = renewalView(await checkedRun(), 90)!;
    expect(view.certificates.map((c) => [c.entry.district, c.entry.record.name, c.validUntil, c.daysLeft, c.lapsed, c.entry.record.sheet, c.entry.record.row])).toEqual([
      ["太仓", "太仓乙化工T2", "2022-11-30", 60, false, "台账", 8],
      ["昆山", "昆山丁化工K4", "2022-09-01", -30, true, "台账", 5],
      ["昆山", "昆山甲化工K1", "2022-10-15", 14, false, "台账", 2],
      ["昆山", "昆山乙化工K2", "2022-12-20", 80, false, "台账", 3],
    ]);
  });

  it("takes in 太仓甲化工T1 (valid through 12-31, 91 days) only when the window is 91 days", async () => {
    const run = await checkedRun();
    expect(renewalView(run, 90)!.certificates.map((c) => c.entry.record.name)).not.toContain("太仓甲化工T1");
    expect(renewalView(run, 91)!.certificates.map((c) => c.entry.record.name)).toContain("太仓甲化工T1");
  });

  it("puts first the target met now and missed at year end (昆山 4/5 → 2/5 against 80%), then the other rows the lapses lower", async () => {
    const risk = renewalView(await checkedRun(), 90)!.atRisk.map((p) => [p.now.district, p.now.attained, p.yearEnd.attained, p.now.met, p.yearEnd.met, p.yearEnd.gap]);
    // 昆山: K1 K2 lapse by 12-31 (K4 already has); 太仓: T2 lapses (T1 valid through 12-31); 合计 6 → 3, ⌈0.8×8⌉ = 7 needed.
    expect(risk).toEqual([
      ["昆山", 4, 2, true, false, 2],
      ["太仓", 2, 1, false, false, 2],
      [null, 6, 3, false, false, 4],
    ]);
  });

  it("is null for a workbook without a roster: a count table has no certificates to watch", async () => {
    const run = await checkedRun();
    const noRoster = { ...run, result: { ...run.result, rosters: { ...run.result.rosters, read: { ...run.result.rosters.read, rosters: [] } } } };
    expect(renewalView(noRoster, 90)).toBeNull();
  });
});

describe("withinDays (the renewal window as typed, CLI and pane)", () => {
  it("reads whole days from 1 to 3650 and refuses anything else", () => {
    expect(withinDays(" 90 ")).toBe(90);
    expect(withinDays("3650")).toBe(3650);
    for (const bad of ["0", "3651", "9.5", "-3", "", "九十"]) expect(withinDays(bad)).toBeNull();
  });
});

describe("figureLists (the pane's 数字背后的企业)", () => {
  const names = (lists: ReturnType<typeof figureLists>, m: "base" | "attained" | "applying") => lists![m].map((e) => e.name);

  it("lists 昆山's 化工园区 base (K1–K5), its attained (K4's certificate lapsed on 09-01) and no one applying", async () => {
    const lists = figureLists(await checkedRun(), { district: "昆山", category: "chemical-park" });
    expect(names(lists, "base")).toEqual(["昆山甲化工K1", "昆山乙化工K2", "昆山丙化工K3", "昆山丁化工K4", "昆山戊化工K5"]);
    expect(names(lists, "attained")).toEqual(["昆山甲化工K1", "昆山乙化工K2", "昆山丙化工K3", "昆山戊化工K5"]);
    expect(lists!.base.find((e) => e.name === "昆山丁化工K4")).toMatchObject({ why: "lapsed", sheet: "台账", row: 5 });
    expect(lists!.applying).toEqual([]);
  });

  it("takes every district for the total (8 in base, 6 attained) and is null for a category the profile lacks", async () => {
    const run = await checkedRun();
    const total = figureLists(run, { district: null, category: "chemical-park" });
    expect([total!.base.length, total!.attained.length]).toEqual([8, 6]);
    expect(figureLists(run, { district: "昆山", category: "no-such" })).toBeNull();
  });
});
