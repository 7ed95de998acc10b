import { analyzeRosters } from "../../../src/core/campaign/analyze-rosters";
import { membershipOf } from "../../../src/core/campaign/membership";
import { computeIndicators } from "../../../src/core/metrics/indicator-compute";
import type { IndicatorRow } from "../../../src/core/metrics/indicator-row";
import { findBuiltinProfile } from "../../../src/core/profile";
import { blankRecord } from "../../../src/core/roster/blank-record";
import type { RosterRecord } from "../../../src/core/roster/record";
import { readXlsxBytes } from "../../../src/xlsx/read-bytes";
import { changshuRosterBytes } from "./fixtures/changshu-roster";

const changshu = findBuiltinProfile("changshu-2019")!;
const quanzhou = findBuiltinProfile("quanzhou-2021")!;

/** The figures a test compares: who, what, the count, the denominator and the judgement. */
function figures(r: IndicatorRow) {
  const { district, indicator, sector, count, denominator, targetIndex, target, met, gap, overdue } = r;
  return { district, indicator, ...(sector ? { sector } : {}), count, denominator, targetIndex, target, met, gap, overdue };
}

async function changshuIndicators(asOf: string): Promise<IndicatorRow[]> {
  const grids = await readXlsxBytes(await changshuRosterBytes(), "changshu.xlsx");
  return analyzeRosters(grids, changshu, { asOf, year: 2019 }).indicators;
}

describe("computeIndicators on a Changshu roster (counts and shares worked out by hand in the fixture)", () => {
  let rows: IndicatorRow[];
  beforeAll(async () => {
    rows = await changshuIndicators("2019-12-31");
  });

  it("gives 梅李镇 its counts; renewals 2 of 3 due meets 50% (⌈1.5⌉ = 2); delistings 1 of 2 + 2 meets 5% (⌈0.2⌉ = 1)", () => {
    expect(rows.filter((r) => r.district === "梅李镇").map(figures)).toEqual([
      { district: "梅李镇", indicator: "renewals-due", count: 3, denominator: null, targetIndex: null, target: null, met: null, gap: null, overdue: null },
      // A 板块 has no share of the city's 2600: its first target is the 50% share (index 0 of its own list).
      { district: "梅李镇", indicator: "renewals", count: 2, denominator: 3, targetIndex: 0, target: 0.5, met: true, gap: 0, overdue: false },
      { district: "梅李镇", indicator: "models", count: 1, denominator: null, targetIndex: null, target: null, met: null, gap: null, overdue: null },
      { district: "梅李镇", indicator: "reviews", count: 2, denominator: null, targetIndex: null, target: null, met: null, gap: null, overdue: null },
      { district: "梅李镇", indicator: "delistings", count: 1, denominator: 4, targetIndex: 0, target: 0.05, met: true, gap: 0, overdue: false },
    ]);
  });

  it("falls short in 虞山街道: renewals 1 of 3 due needs ⌈1.5⌉ = 2 (gap 1); a 注销 row marked 摘牌 still counts as a delisting", () => {
    const yushan = rows.filter((r) => r.district === "虞山街道").map(figures);
    expect(yushan.find((r) => r.indicator === "renewals")).toEqual({ district: "虞山街道", indicator: "renewals", count: 1, denominator: 3, targetIndex: 0, target: 0.5, met: false, gap: 1, overdue: false });
    expect(yushan.find((r) => r.indicator === "delistings")).toEqual({ district: "虞山街道", indicator: "delistings", count: 1, denominator: 3, targetIndex: 0, target: 0.05, met: true, gap: 0, overdue: false });
    expect(yushan.find((r) => r.indicator === "models")?.count).toBe(1);
  });

  it("judges the city on every target: 2600 renewals (gap 2597), 50% of 6 due (met), 110 models, 400 reviews, 5% of 3 + 4", () => {
    expect(rows.filter((r) => r.district === null).map(figures)).toEqual([
      { district: null, indicator: "renewals-due", count: 6, denominator: null, targetIndex: null, target: null, met: null, gap: null, overdue: null },
      { district: null, indicator: "renewals", count: 3, denominator: null, targetIndex: 0, target: 2600, met: false, gap: 2597, overdue: false },
      { district: null, indicator: "renewals", count: 3, denominator: 6, targetIndex: 1, target: 0.5, met: true, gap: 0, overdue: false },
      { district: null, indicator: "models", count: 2, denominator: null, targetIndex: 0, target: 110, met: false, gap: 108, overdue: false },
      { district: null, indicator: "reviews", count: 4, denominator: null, targetIndex: 0, target: 400, met: false, gap: 396, overdue: false },
      { district: null, indicator: "delistings", count: 2, denominator: 7, targetIndex: 0, target: 0.05, met: true, gap: 0, overdue: false },
    ]);
    const delistings = rows.find((r) => r.district === null && r.indicator === "delistings")!;
    expect(delistings.rate).toBeCloseTo(2 / 7, 12);
    expect(delistings.by).toBe("2019-12-31");
  });

  it("marks unmet targets overdue once the as-of date is past their 2019-12-31 deadline, and only those", async () => {
    const late = await changshuIndicators("2020-01-10");
    const overdue = late.filter((r) => r.overdue === true).map((r) => `${r.district ?? "合计"} ${r.indicator} ${r.targetIndex}`);
    expect(overdue).toEqual(["虞山街道 renewals 0", "合计 renewals 0", "合计 models 0", "合计 reviews 0"]);
    expect(late.filter((r) => r.met === true).every((r) => r.overdue === false)).toBe(true);
  });
});

function record(row: number, district: string, sector: string, benchmark: boolean): RosterRecord {
  return { ...blankRecord("台账", row, {}, false, true), name: `企业${row}`, district, sector, extras: { benchmark } };
}

describe("computeIndicators (Quanzhou: 5 benchmark enterprises per key sector, 10 per 县(市、区), 2021)", () => {
  // 丰泽区: 危险化学品生产 ×5 and 机械制造 ×3 benchmarks (8), one 建筑施工 that is not one.
  // 石狮市: 纺织 ×4 and 城镇燃气 ×2 benchmarks, one 危险化学品道路运输 benchmark (7) — 道路运输 only:
  // 附件2 gives 危险化学品运输 to 道路交通运输 and leaves it out of 危险化学品 (运输除外).
  const records: RosterRecord[] = [];
  const add = (district: string, sector: string, n: number, benchmark = true) => {
    for (let i = 0; i < n; i++) records.push(record(records.length + 2, district, sector, benchmark));
  };
  add("丰泽区", "危险化学品生产", 5);
  add("丰泽区", "机械制造", 3);
  add("丰泽区", "建筑施工", 1, false);
  add("石狮市", "纺织", 4);
  add("石狮市", "城镇燃气", 2);
  add("石狮市", "危险化学品道路运输", 1);
  const rows = computeIndicators(records, quanzhou, {
    membership: membershipOf(quanzhou), districtOf: (r) => r.district, districts: [], asOf: "2022-01-10", year: 2021, metrics: [],
  }).filter((r) => r.indicator === "benchmark");

  it("judges each 县(市、区) on its own 10: 丰泽区 8 (gap 2), 石狮市 7 (gap 3), overdue after 2021-12-31", () => {
    expect(rows.filter((r) => r.district !== null).map(figures)).toEqual([
      { district: "丰泽区", indicator: "benchmark", count: 8, denominator: null, targetIndex: 0, target: 10, met: false, gap: 2, overdue: true },
      { district: "石狮市", indicator: "benchmark", count: 7, denominator: null, targetIndex: 0, target: 10, met: false, gap: 3, overdue: true },
    ]);
  });

  it("judges the city once per key sector in the profile's order, a sector with none included (gap 5)", () => {
    const sectors = rows.filter((r) => r.district === null && r.sector !== undefined);
    expect(sectors.map((r) => [r.sector, r.count, r.met, r.gap])).toEqual([
      ["hazchem", 5, true, 0],
      ["mining", 0, false, 5],
      ["industry-trade", 7, true, 0],
      ["road-transport", 1, false, 4],
      ["construction", 0, false, 5],
      ["fire", 0, false, 5],
      ["gas", 2, false, 3],
      ["waterway", 0, false, 5],
    ]);
    expect(sectors.every((r) => r.targetIndex === 0 && r.target === 5 && r.sectorName !== undefined)).toBe(true);
  });

  it("gives the city one unjudged total (15), the per-county 10 being no target of the city's sum", () => {
    const total = rows.filter((r) => r.district === null && r.sector === undefined).map(figures);
    expect(total).toEqual([{ district: null, indicator: "benchmark", count: 15, denominator: null, targetIndex: null, target: null, met: null, gap: null, overdue: null }]);
  });
});

describe("computeIndicators without indicators", () => {
  it("returns no rows for a profile that has none (Suzhou)", () => {
    const suzhou = findBuiltinProfile("suzhou-2022")!;
    const options = { membership: membershipOf(suzhou), districtOf: () => "常熟", districts: [], asOf: "2022-10-01", year: 2022, metrics: [] };
    expect(computeIndicators([record(2, "常熟", "化工", true)], suzhou, options)).toEqual([]);
  });
});

describe("computeIndicators (Nantong: quality audits as a share of grade-3 holders, each district's own rate)", () => {
  const nantong = findBuiltinProfile("nantong-2018")!;
  // 海安县 and 如皋市: 10 规模以上 grade-3 holders each, one audited in each.
  const records: RosterRecord[] = [];
  for (const district of ["海安县", "如皋市"]) {
    for (let i = 0; i < 10; i++) {
      records.push({ ...record(records.length + 2, district, "机械", false), scale: "规模以上", grade: 3, status: "attained", extras: { audited: i === 0 } });
    }
  }
  const rows = computeIndicators(records, nantong, {
    membership: membershipOf(nantong), districtOf: (r) => r.district, districts: ["海安县", "如皋市"], asOf: "2019-12-31", year: 2019, metrics: [],
  }).filter((r) => r.indicator === "grade-3-audited");

  it("needs ⌈15% × 10⌉ = 2 audits in 海安县 (gap 1), ⌈10% × 10⌉ = 1 in 如皋市 (met), ⌈10% × 20⌉ = 2 city-wide (gap 0)", () => {
    expect(rows.map(figures)).toEqual([
      { district: "海安县", indicator: "grade-3-audited", count: 1, denominator: 10, targetIndex: 0, target: 0.15, met: false, gap: 1, overdue: null },
      { district: "如皋市", indicator: "grade-3-audited", count: 1, denominator: 10, targetIndex: 0, target: 0.1, met: true, gap: 0, overdue: null },
      { district: null, indicator: "grade-3-audited", count: 2, denominator: 20, targetIndex: 0, target: 0.1, met: true, gap: 0, overdue: null },
    ]);
  });
});
