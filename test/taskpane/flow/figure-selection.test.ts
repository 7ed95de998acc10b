import { ExcelPort } from "../../../src/excel/excel-port";
import { findBuiltinProfile } from "../../../src/core/profile";
import { portWorkbook } from "../../../src/taskpane/excel/port-workbook";
import { figureAt, figureCells } from "../../../src/taskpane/flow/figure-cells";
import { figureLists, groupList, indicatorList } from "../../../src/taskpane/flow/figure-list";
import { qinyangPhaseExpected } from "../../cli/fixtures/messy/qinyang-phase-expected";
import { QINYANG_AS_OF, QINYANG_LAYOUT, qinyangEnterprises, qinyangTruth } from "../../cli/fixtures/messy/qinyang-roster";
import { runCheck } from "../../../src/taskpane/flow/run-check";
import { summarySpecs } from "../../../src/taskpane/flow/summary-specs";
import { changshuExpected } from "../../cli/fixtures/messy/changshu-expected";
import { CHANGSHU_AS_OF, CHANGSHU_LAYOUT, changshuEnterprises, changshuTruth } from "../../cli/fixtures/messy/changshu-roster";
import { messyWorkbook } from "../../cli/fixtures/messy/kit";
import { suzhouExpectedLists } from "../../cli/fixtures/messy/suzhou-expected";
import { expectedNames } from "../../cli/fixtures/messy/measure-names";
import { SUZHOU_AS_OF, SUZHOU_LAYOUT, suzhouEnterprises, suzhouTruth, suzhouTruthWithNewGradeOne } from "../../cli/fixtures/messy/suzhou-roster";
import { FilePort } from "../../../src/xlsx/port/file-port";
import type { WorkbookPort } from "../../../src/port/workbook-port";
import { fakeFromXlsx } from "../../fakes/excel/seed";
import { selectionHandlerCount } from "../../fakes/excel/selection-events";

/** The pane's Excel flow over the strict fake: check, insert the summary, subscribe to selections of its sheets. */
async function inserted(bytes: Uint8Array, profileId: string, asOf: string, year: number) {
  const fake = await fakeFromXlsx(bytes, { level: "1.7" });
  const port = new ExcelPort({ run: (o, b) => fake.run(o, b), isSetSupported: (n, v) => fake.isSetSupported(n, v), platform: fake.platform });
  const caps = await port.capabilities();
  const workbook = portWorkbook(port, { key: "k", label: "roster.xlsx" }, caps.supports.events, caps.supports.selectionEvents);
  const grids = await workbook.readGrids(() => undefined, new AbortController().signal);
  const run = runCheck(grids, { profile: findBuiltinProfile(profileId)!, year, asOf }, {});
  const specs = summarySpecs(run, { mode: "internal" }, "zh-CN", "roster.xlsx");
  const written = await workbook.writeSheets!(specs);
  const figures = figureCells(specs, new Map((written.sheets ?? []).map((s) => [s.spec, s.name])));
  const picks: { sheet: string; address: string }[] = [];
  fake.resetSyncs();
  const stop = await workbook.onSelect!([...figures.keys()], (s) => picks.push(s));
  // Every inserted sheet with figures is subscribed in one request.
  expect(figures.size).toBeGreaterThan(1);
  expect(fake.syncs.length).toBe(1);
  return { fake, run, figures, picks, stop };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
const sortedNames = (names: readonly (string | null)[]) => [...names].sort();

describe("selecting a count cell of an inserted summary sheet (Excel mode, strict fake at ExcelApi 1.7)", () => {
  it("F5 of 附件1 (张家港, key-sector base of 3) gives its figure, whose list is exactly the enterprises the generator names, for no sync at all", async () => {
    const bytes = (await messyWorkbook(suzhouEnterprises(suzhouTruth()), SUZHOU_LAYOUT)).bytes;
    const { fake, run, figures, picks, stop } = await inserted(bytes, "suzhou-2022", SUZHOU_AS_OF, 2022);
    fake.resetSyncs();
    fake.userSelect("附件1", "F5");
    await tick();
    expect(fake.syncs.length).toBeLessThanOrEqual(1);
    expect(picks).toEqual([{ sheet: "附件1", address: "F5" }]);
    const figure = figureAt(figures, "附件1", "F5");
    if (!figure || "indicator" in figure || "parts" in figure) throw new Error("F5 of 附件1 (张家港, key-sector base of 3) holds no category count");
    const expected = suzhouExpectedLists(suzhouTruth()).find((l) => l.district === figure.district && l.category === figure.category)!;
    const listed = figureLists(run, figure)![figure.measure];
    expect(expectedNames(expected, figure.measure).length).toBe(3);
    expect(sortedNames(listed.map((e) => e.name))).toEqual(sortedNames(expectedNames(expected, figure.measure)));
    // Each with its USCC, as the roster row holds it.
    const byName = new Map(suzhouEnterprises(suzhouTruth()).map((e) => [e.name, e.uscc]));
    for (const e of listed) expect(e.uscc).toBe(byName.get(e.name!));
    await stop();
    expect(selectionHandlerCount(fake.model, fake.sheet("附件1"))).toBe(0);
    fake.userSelect("附件1", "F6");
    await tick();
    expect(picks).toHaveLength(1);
  });

  it("a label cell picks nothing, and an indicator's count on 专项指标完成情况 lists the indicator's enterprises", async () => {
    const bytes = (await messyWorkbook(changshuEnterprises(changshuTruth()), CHANGSHU_LAYOUT)).bytes;
    const { fake, run, figures, picks } = await inserted(bytes, "changshu-2019", CHANGSHU_AS_OF, 2019);
    fake.userSelect("专项指标完成情况", "A1");
    await tick();
    expect(figureAt(figures, picks[0].sheet, picks[0].address)).toBeUndefined();
    const cells = figures.get("专项指标完成情况")!;
    const [address, figure] = [...cells].find(([, f]) => "indicator" in f && f.indicator === "renewals" && f.district === null)!;
    fake.userSelect("专项指标完成情况", address);
    await tick();
    const picked = figureAt(figures, picks[1].sheet, picks[1].address)!;
    expect(picked).toEqual(figure);
    if (!("indicator" in picked)) throw new Error("not an indicator figure");
    const expected = changshuExpected(changshuTruth()).indicatorLists.find((l) => l.district === null && l.indicator === "renewals")!;
    expect(sortedNames(indicatorList(run, picked)!.map((e) => e.name))).toEqual(sortedNames(expected.names));
  });

  it("J of 目标完成情况's 合计 一级标准化 row (the target of 15 new 一级, a creation-rate category) picks this year's attained or applying, listing the enterprises the generator certified in 2022", async () => {
    const truths = suzhouTruthWithNewGradeOne();
    const bytes = (await messyWorkbook(suzhouEnterprises(truths), SUZHOU_LAYOUT)).bytes;
    const { fake, run, figures, picks } = await inserted(bytes, "suzhou-2022", SUZHOU_AS_OF, 2022);
    // The row is the one whose 已达标 (column D) is the total's 一级 count; 实际完成 is column J beside it.
    const cells = figures.get("目标完成情况")!;
    const [attainedAt] = [...cells].find(([a, f]) => a.startsWith("D") && "category" in f && f.category === "grade-1" && f.district === null)!;
    const address = `J${attainedAt.slice(1)}`;
    fake.userSelect("目标完成情况", address);
    await tick();
    expect(picks).toEqual([{ sheet: "目标完成情况", address }]);
    const figure = figureAt(figures, "目标完成情况", address);
    expect(figure).toEqual({ district: null, category: "grade-1", measure: "newlyAttainedOrApplying" });
    if (!figure || !("category" in figure)) throw new Error(`${address} of 目标完成情况 holds no category count`);
    const expected = suzhouExpectedLists(truths).find((l) => l.district === null && l.category === "grade-1")!;
    const names = [...expected.attainedThisYear, ...expected.applying];
    expect(names.length).toBeGreaterThan(0);
    expect(names.length).toBeLessThan(expected.attained.length + expected.applying.length);
    const lists = figureLists(run, figure)!;
    expect(sortedNames(lists[figure.measure].map((e) => e.name))).toEqual(sortedNames(names));
    // The row's three lists stay as they are beside it.
    for (const m of ["base", "attained", "applying"] as const) expect(sortedNames(lists[m].map((e) => e.name))).toEqual(sortedNames(expected[m]));
  });

  it("B5 of 分乡镇阶段目标 (the first 乡镇's stage-one 底数, a sum over the stage's categories) lists exactly the enterprises the expected script names", async () => {
    const bytes = (await messyWorkbook(qinyangEnterprises(qinyangTruth()), QINYANG_LAYOUT)).bytes;
    const { fake, run, figures, picks } = await inserted(bytes, "qinyang-2024", QINYANG_AS_OF, 2024);
    fake.userSelect("分乡镇阶段目标", "B5");
    await tick();
    expect(picks).toEqual([{ sheet: "分乡镇阶段目标", address: "B5" }]);
    const figure = figureAt(figures, "分乡镇阶段目标", "B5");
    if (!figure || !("parts" in figure)) throw new Error("B5 of 分乡镇阶段目标 holds no group figure");
    const district = String(fake.sheet("分乡镇阶段目标").value(4, 0));
    const expected = qinyangPhaseExpected(qinyangTruth(), QINYANG_AS_OF).find((e) => e.district === district && e.phase === 1)!;
    const listed = groupList(run, { district: figure.district, parts: figure.parts });
    expect(expected.baseNames.length).toBeGreaterThan(5);
    expect(sortedNames(listed.map((e) => e.name))).toEqual(sortedNames(expected.baseNames));
  });

  it("over a file (no selection to follow) the port says so and the pane's workbook offers no subscription", async () => {
    const bytes = (await messyWorkbook(suzhouEnterprises(suzhouTruth()), SUZHOU_LAYOUT)).bytes;
    const port: WorkbookPort = new FilePort(bytes, "roster.xlsx");
    const caps = await port.capabilities();
    expect(caps.supports.selectionEvents).toBe(false);
    expect(port.onSelectionChanged).toBeUndefined();
    expect(portWorkbook(port, { key: "k", label: "roster.xlsx" }, false, caps.supports.selectionEvents).onSelect).toBeUndefined();
  });
});
