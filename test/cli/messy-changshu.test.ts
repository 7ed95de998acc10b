import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { RosterAnalysis } from "../../src/core/campaign/analyze-rosters";
import { findBuiltinProfile } from "../../src/core/profile";
import { changshuExpected } from "./fixtures/messy/changshu-expected";
import { CHANGSHU_AS_OF, CHANGSHU_LAYOUT, changshuEnterprises, changshuTruth } from "./fixtures/messy/changshu-roster";
import { analyzeBytes, indicatorCells, metricCells, plantedAt, plantedRows, sorted } from "./fixtures/messy/figures";
import { messyWorkbook, plainWorkbook, type Positions } from "./fixtures/messy/kit";
import { runBin } from "./run-bin";

const profile = findBuiltinProfile("changshu-2019")!;
const truths = changshuTruth();
const enterprises = changshuEnterprises(truths);
const expected = changshuExpected(truths);
const tmp = mkdtempSync(join(tmpdir(), "anbiao-changshu-"));
let messy: RosterAnalysis;
let plain: RosterAnalysis;
let positions: Positions;
let file: string;

beforeAll(async () => {
  const written = await messyWorkbook(enterprises, CHANGSHU_LAYOUT);
  positions = written.positions;
  file = join(tmp, "changshu-messy.xlsx");
  writeFileSync(file, written.bytes);
  messy = await analyzeBytes(written.bytes, profile, CHANGSHU_AS_OF, 2019);
  plain = await analyzeBytes(await plainWorkbook(enterprises, CHANGSHU_LAYOUT, ["发证日期", "有效期至", "换证日期"]), profile, CHANGSHU_AS_OF, 2019);
});

describe("changshu-2019 on a messy 小微 roster (figures worked out from the generator's list)", () => {
  it("reads the main sheet and both 板块 sheets, giving each its 板块 from its name or 填报单位 line", () => {
    expect(messy.read.rosters.map((r) => [r.sheet, r.sheetDistrict?.value ?? null, r.sheetDistrict?.source ?? null])).toEqual([
      ["全市汇总", null, null],
      ["古里镇", "古里镇", "sheet"],
      ["Sheet5", "沙家浜镇", "reportingUnit"],
    ]);
    expect(messy.read.rosters.reduce((n, r) => n + r.records.length, 0)).toBe(truths.length);
  });

  it("gives every 板块 × category its base, attained and applying as the notice defines them", () => {
    expect(sorted(metricCells(messy.metrics))).toEqual(sorted(expected.metrics));
  });

  it("takes the 小微 base from the 企业规模 column: the rate is attained over every 小型/微型 enterprise", () => {
    const city = messy.metrics.find((m) => m.district === null && m.category === "micro")!;
    const e = expected.metrics.find((m) => m.district === null && m.category === "micro")!;
    expect(city.attainmentRate).toBeCloseTo(e.attained / e.base, 10);
    expect(city.base).toBeGreaterThan(city.attained);
  });

  it("counts renewals, renewals due (expiry before renewal in 2019), models, reviews and de-listings per 板块", () => {
    expect(sorted(indicatorCells(messy.indicators))).toEqual(sorted(expected.indicators));
  });

  it("never shows a renewal share above 100%, and judges it on renewals over renewals due", () => {
    const shares = messy.indicators.filter((r) => r.indicator === "renewals" && r.targetKind === "rate");
    expect(shares.length).toBeGreaterThan(0);
    for (const r of shares) {
      const due = expected.indicators.find((x) => x.district === r.district && x.indicator === "renewals-due")!.count;
      const done = expected.indicators.find((x) => x.district === r.district && x.indicator === "renewals")!.count;
      expect([r.count, r.denominator]).toEqual([done, due]);
      expect(r.rate === null || r.rate <= 1).toBe(true);
    }
    expect(messy.findings.filter((f) => f.rule === "figure/share-above-100")).toEqual([]);
  });

  it("finds every planted anomaly at its row, and raises no error on a clean row", () => {
    const found = messy.findings.map((f) => [f.rule, f.sheet, f.row]);
    for (const p of plantedAt(enterprises, positions)) expect(found).toContainEqual(p);
    const planted = plantedRows(enterprises, positions);
    expect(messy.findings.filter((f) => f.severity === "error" && !planted.has(`${f.sheet}!${f.row}`))).toEqual([]);
    expect(messy.findings.find((f) => f.rule === "row/unknown-district")).toMatchObject({ severity: "warning", params: { suggestion: "梅李镇" } });
  });

  it("gives the same figures for a plain one-sheet copy of the same enterprises", () => {
    expect(sorted(metricCells(plain.metrics))).toEqual(sorted(metricCells(messy.metrics)));
    expect(sorted(indicatorCells(plain.indicators))).toEqual(sorted(indicatorCells(messy.indicators)));
  });

  it("prints the same figures through anbiao check --json, with each sheet's district and where it came from", () => {
    const run = runBin(["check", file, "--profile", "changshu-2019", "--as-of", CHANGSHU_AS_OF, "--year", "2019", "--json"]);
    const json = JSON.parse(run.stdout) as { metrics: Parameters<typeof metricCells>[0]; indicators: Parameters<typeof indicatorCells>[0]; rosters: unknown[] };
    expect(sorted(metricCells(json.metrics))).toEqual(sorted(expected.metrics));
    expect(sorted(indicatorCells(json.indicators))).toEqual(sorted(expected.indicators));
    expect(json.rosters).toContainEqual({ sheet: "Sheet5", records: expect.any(Number), subtotals: 1, district: { value: "沙家浜镇", source: "reportingUnit" } });
  });
});
