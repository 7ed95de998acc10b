import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { enterprisesBehind, MEASURES } from "../../src/core/explain/enterprises-behind";
import { analyzeBytes } from "./fixtures/messy/figures";
import { messyCases, type MessyCase } from "./fixtures/messy/cases";
import { changshuExpected } from "./fixtures/messy/changshu-expected";
import { CHANGSHU_AS_OF, changshuTruth } from "./fixtures/messy/changshu-roster";
import { expectedNames } from "./fixtures/messy/measure-names";
import { qinyangPhaseExpected } from "./fixtures/messy/qinyang-phase-expected";
import { QINYANG_AS_OF, qinyangTruth } from "./fixtures/messy/qinyang-roster";
import { quanzhouExpected } from "./fixtures/messy/quanzhou-expected";
import { QUANZHOU_AS_OF, QUANZHOU_YEAR, quanzhouTruth } from "./fixtures/messy/quanzhou-roster";
import { runBin } from "./run-bin";

const tmp = mkdtempSync(join(tmpdir(), "anbiao-explain-"));
let cases: Record<string, MessyCase>;
let suzhouFile: string;
let changshuFile: string;

beforeAll(async () => {
  cases = await messyCases();
  suzhouFile = join(tmp, "suzhou-messy.xlsx");
  writeFileSync(suzhouFile, cases.suzhou.bytes);
  changshuFile = join(tmp, "changshu-messy.xlsx");
  writeFileSync(changshuFile, cases.changshu.bytes);
});

const byName = (names: readonly (string | null)[]) => [...names].sort();

describe("the enterprises behind every figure (lists from the fixtures' expected scripts)", () => {
  it.each(["suzhou", "changshu", "qinyang", "quanzhou"])("%s: every district × category × measure lists exactly the enterprises the notice counts", async (id) => {
    const c = cases[id];
    const analysis = await analyzeBytes(c.bytes, c.profile, c.asOf, c.year);
    let figures = 0;
    for (const list of c.lists) {
      const category = c.profile.categories.findIndex((k) => k.id === list.category);
      const metric = analysis.metrics.find((m) => m.district === list.district && m.category === list.category)!;
      for (const measure of MEASURES) {
        const behind = enterprisesBehind(analysis.classification, category, list.district, measure);
        expect({ figure: [list.district, list.category, measure], names: byName(behind.map((b) => b.entry.record.name)) }).toEqual({ figure: [list.district, list.category, measure], names: byName(expectedNames(list, measure)) });
        // The row's three counts are the metrics' own; this year's attained is the count a target of new enterprises is judged on.
        if (measure === "base" || measure === "attained" || measure === "applying") expect(behind.length).toBe(metric[measure]);
        if (measure === "newlyAttained") expect(behind.length).toBe(metric.attainedThisYear);
        figures++;
      }
    }
    expect(figures).toBe(c.lists.length * MEASURES.length);

  });
});

describe("anbiao explain", () => {
  const args = (...more: string[]) => ["explain", suzhouFile, "--profile", "suzhou-2022", "--as-of", "2022-10-01", "--year", "2022", ...more];

  it("prints with --json the enterprises of one figure with grade, dates, status and source row", () => {
    const run = runBin(args("--district", "昆山市", "--category", "billion-yuan", "--measure", "base", "--json"));
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as { district: string; count: number; enterprises: { name: string; sheet: string; row: number; file: string; why: string | null; validUntil: string | null }[] };
    const expected = cases.suzhou.lists.find((l) => l.district === "昆山" && l.category === "billion-yuan")!;
    expect(json.district).toBe("昆山");
    expect(json.count).toBe(expected.base.length);
    expect(byName(json.enterprises.map((e) => e.name))).toEqual(byName(expected.base));
    for (const e of json.enterprises) expect({ name: e.name, sheet: e.sheet, row: e.row, file: e.file }).toEqual({ name: e.name, ...cases.suzhou.positions.get(e.name), file: "suzhou-messy.xlsx" });
    // The planted 三级 row (亿元 needs 二级) and the certificate lapsed in 2022-01 are in the base, each with its reason.
    const why = (name: string) => json.enterprises.find((e) => e.name === name)?.why;
    const ks = cases.suzhou.lists.find((l) => l.district === "昆山" && l.category === "billion-yuan")!.base.filter((n) => !expected.attained.includes(n));
    expect(ks.map(why)).toEqual(expect.arrayContaining(["grade", "lapsed"]));
  });

  it("prints a readable table headed by the figure and its count, the total named 合计", () => {
    const expected = cases.suzhou.lists.find((l) => l.district === null && l.category === "grade-1")!;
    const run = runBin(args("--district", "合计", "--category", "一级标准化", "--measure", "attained"));
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines[0]).toBe(`合计 · ${cases.suzhou.profile.categories.find((c) => c.id === "grade-1")!.name} · 已达标：${expected.attained.length} 家（统计日 2022-10-01）`);
    expect(lines[1].split(/\s+/).slice(0, 3)).toEqual(["企业名称", "统一社会信用代码", "地区"]);
    expect(lines.length).toBe(3 + expected.attained.length);
    for (const name of expected.attained) expect(run.stdout).toContain(name);
  });

  it("refuses an unknown district, category or measure naming what it accepts (exit 2)", () => {
    const district = runBin(args("--district", "昆仙", "--category", "billion-yuan", "--measure", "base"));
    expect(district.status).toBe(2);
    expect(district.stderr).toContain("台账中没有地区“昆仙”；可用的地区：张家港、常熟");
    const category = runBin(args("--district", "昆山", "--category", "nope", "--measure", "base"));
    expect(category.stderr).toContain("方案中没有类别“nope”；可用的类别：grade-1（");
    const measure = runBin(args("--district", "昆山", "--category", "billion-yuan", "--measure", "rate"));
    expect(measure.stderr).toContain("口径“rate”无效，应为 base、attained、applying、newlyAttained、attainedOrApplying、newlyAttainedOrApplying 之一");
  });

  const changshu = (...more: string[]) => ["explain", changshuFile, "--profile", "changshu-2019", "--as-of", CHANGSHU_AS_OF, "--year", "2019", ...more];

  it("prints with --indicator the enterprises behind an indicator's count (Changshu's renewals per 板块 and in total)", () => {
    const lists = changshuExpected(changshuTruth()).indicatorLists.filter((l) => l.indicator === "renewals");
    expect(lists.some((l) => l.names.length > 0)).toBe(true);
    for (const l of lists) {
      const run = runBin(changshu("--district", l.district ?? "合计", "--indicator", "renewals", "--json"));
      expect(run.status).toBe(0);
      const json = JSON.parse(run.stdout) as { district: string | null; indicator: string; count: number; enterprises: { name: string }[] };
      expect({ district: json.district, indicator: json.indicator, count: json.count, names: byName(json.enterprises.map((e) => e.name)) }).toEqual({ district: l.district, indicator: "renewals", count: l.names.length, names: byName(l.names) });
    }
  });

  it("lists with --measure newlyAttained the enterprises certified this year (a target of new enterprises), as a table and with --json", () => {
    const expected = changshuExpected(changshuTruth()).lists.filter((l) => l.category === "micro");
    // Changshu's renewals carry 2019 certificates: some 板块 has this year's attained, not all of its attained.
    expect(expected.some((l) => l.attainedThisYear.length > 0 && l.attainedThisYear.length < l.attained.length)).toBe(true);
    for (const l of expected) {
      const run = runBin(changshu("--district", l.district ?? "合计", "--category", "micro", "--measure", "newlyAttained", "--json"));
      expect(run.status).toBe(0);
      const json = JSON.parse(run.stdout) as { district: string | null; measure: string; count: number; enterprises: { name: string; issueDate: string | null }[] };
      expect({ district: json.district, measure: json.measure, count: json.count, names: byName(json.enterprises.map((e) => e.name)) }).toEqual({ district: l.district, measure: "newlyAttained", count: l.attainedThisYear.length, names: byName(l.attainedThisYear) });
      for (const e of json.enterprises) expect(e.issueDate?.slice(0, 4)).toBe("2019");
    }
    const total = expected.find((l) => l.district === null)!;
    const table = runBin(changshu("--district", "合计", "--category", "micro", "--measure", "newlyAttained"));
    expect(table.stdout.split("\n")[0]).toBe(`合计 · ${cases.changshu.profile.categories.find((c) => c.id === "micro")!.name} · 当年新增达标：${total.attainedThisYear.length} 家（统计日 ${CHANGSHU_AS_OF}）`);
  });

  it("refuses an unknown indicator, and a figure named by neither an indicator nor a category and measure (exit 2)", () => {
    const indicator = runBin(changshu("--district", "合计", "--indicator", "nope"));
    expect(indicator.status).toBe(2);
    expect(indicator.stderr).toContain("方案中没有专项指标“nope”；可用的指标：renewals-due（");
    const neither = runBin(changshu("--district", "合计", "--category", "micro"));
    expect(neither.status).toBe(2);
    expect(neither.stderr).toContain("请指定 --indicator，或同时指定 --category 和 --measure");
  });
});

describe("anbiao explain over a group (--stage, --sector)", () => {
  let qinyangFile: string;
  let quanzhouFile: string;
  beforeAll(() => {
    qinyangFile = join(tmp, "qinyang-messy.xlsx");
    writeFileSync(qinyangFile, cases.qinyang.bytes);
    quanzhouFile = join(tmp, "quanzhou-messy.xlsx");
    writeFileSync(quanzhouFile, cases.quanzhou.bytes);
  });
  const qinyang = (...more: string[]) => ["explain", qinyangFile, "--profile", "qinyang-2024", "--as-of", QINYANG_AS_OF, "--year", "2024", ...more];
  const quanzhou = (...more: string[]) => ["explain", quanzhouFile, "--profile", "quanzhou-2021", "--as-of", QUANZHOU_AS_OF, "--year", String(QUANZHOU_YEAR), ...more];
  const names = (stdout: string) => byName((JSON.parse(stdout) as { enterprises: { name: string }[] }).enterprises.map((e) => e.name));

  it("--stage with --measure lists the stage's categories' enterprises one after another, as 分乡镇阶段目标 sums them", () => {
    const expected = qinyangPhaseExpected(qinyangTruth(), QINYANG_AS_OF);
    for (const [stage, phase] of [["1", 1], ["第二阶段", 2]] as const) {
      for (const measure of ["base", "attained"] as const) {
        const run = runBin(qinyang("--district", "合计", "--stage", stage, "--measure", measure, "--json"));
        expect(run.status).toBe(0);
        const e = expected.find((x) => x.district === null && x.phase === phase)!;
        expect({ stage, measure, names: names(run.stdout) }).toEqual({ stage, measure, names: byName(measure === "base" ? e.baseNames : e.attainedNames) });
      }
    }
    const text = runBin(qinyang("--district", "合计", "--stage", "1", "--measure", "attained"));
    expect(text.stdout.split("\n")[0]).toBe(`合计 · 第一阶段 · 已达标：${expected.find((x) => x.district === null && x.phase === 1)!.attainedNames.length} 家（统计日 ${QINYANG_AS_OF}）`);
  });

  it("--sector narrows an indicator to a key sector, or a category to a 附件2 row (by 序号), to the enterprises the expected script names", () => {
    const expected = quanzhouExpected(quanzhouTruth());
    const sector = runBin(quanzhou("--district", "合计", "--sector", "危险化学品", "--indicator", "benchmark", "--json"));
    expect(sector.status).toBe(0);
    expect(names(sector.stdout)).toEqual(byName(expected.sectors.find((s) => s.sector === "hazchem")!.names));
    const row = runBin(quanzhou("--district", "合计", "--sector", "19", "--category", "all-units", "--measure", "base", "--json"));
    expect(row.status).toBe(0);
    expect(names(row.stdout)).toEqual(byName(expected.annex.find((r) => r.no === 19)!.names.total));
    expect(expected.annex.find((r) => r.no === 19)!.names.total.length).toBeGreaterThan(3);
  });

  it("says which stages and sectors there are when one named is not the profile's", () => {
    const stage = runBin(qinyang("--district", "合计", "--stage", "第三阶段", "--measure", "base"));
    expect(stage.status).toBe(2);
    expect(stage.stderr).toContain("方案中没有阶段“第三阶段”；可用的阶段：1（phase-1，第一阶段）、2（phase-2，第二阶段）");
    const sector = runBin(quanzhou("--district", "合计", "--sector", "餐饮", "--indicator", "benchmark"));
    expect(sector.status).toBe(2);
    expect(sector.stderr).toContain("方案中没有行业“餐饮”；可用的行业：hazchem（危险化学品）");
    expect(sector.stderr).not.toContain("    at ");
  });
});
