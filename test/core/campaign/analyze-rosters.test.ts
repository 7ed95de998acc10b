import { analyzeRosters, type RosterAnalysis } from "../../../src/core/campaign/analyze-rosters";
import { findBuiltinProfile } from "../../../src/core/profile";
import { readXlsxBytes } from "../../../src/xlsx/read-bytes";
import { knownRosterBytes } from "./fixtures/known-roster";

const suzhou = findBuiltinProfile("suzhou-2022")!;
let analysis: RosterAnalysis;

beforeAll(async () => {
  const grids = await readXlsxBytes(await knownRosterBytes(), "known.xlsx");
  analysis = analyzeRosters(grids, suzhou, { asOf: "2022-10-01", year: 2022 });
});

describe("analyzeRosters on a roster where every rule fires at a known row", () => {
  it("reads 18 enterprises: 19 data rows less row 12, which names no enterprise", () => {
    expect(analysis.read.rosters).toHaveLength(1);
    expect(analysis.read.rosters[0].records).toHaveLength(18);
  });

  it("reports exactly the planted findings, in catalog order, each at its cell", () => {
    expect(analysis.findings.map((f) => [f.rule, f.severity, f.cell ?? `row ${f.row}`])).toEqual([
      ["cell/unreadable", "error", "H18"], // 去年三月 is no date
      ["row/unidentified", "error", "row 12"], // data, but no name and no USCC
      ["row/duplicate-uscc", "error", "C2"], // same code as row 7
      ["row/duplicate-uscc", "error", "C7"],
      ["row/duplicate-name", "error", "B19"], // 午公司 twice in 张家港, no codes
      ["row/duplicate-name", "error", "B20"],
      ["uscc/o-for-zero", "error", "C15"],
      ["uscc/length", "error", "C16"], // 17 characters
      ["uscc/check-digit", "error", "C17"],
      ["row/unknown-district", "error", "D8"], // 昆仙 → did you mean 昆山
      ["row/grade-without-attainment", "warning", "G10"], // 三级 with 未创建
      ["row/attained-without-grade", "error", "F11"],
      ["row/grade-below-required", "error", "F4"], // 三级 where 亿元 needs 二级
      ["cert/expired", "error", "I5"], // expired 2022-01-09
      ["cert/validity-span", "warning", "I6"], // 2022-03-01 → 2024-03-01 is 2 years
      ["cert/issue-in-future", "error", "H13"], // 2022-12-01 after 2022-10-01
      ["cert/expiry-before-issue", "error", "I14"],
      ["cert/expired", "error", "I14"],
      ["row/closed-counted", "warning", "J9"], // 已关停 yet applying in 2022
      ["subtotal/total-mismatch", "error", "B21"], // 合计 states 20, 18 enterprises above
    ]);
  });

  it("names the other copies, the suggestion and the corrected code without changing the data", () => {
    const byCell = new Map(analysis.findings.map((f) => [`${f.rule}@${f.cell}`, f]));
    expect(byCell.get("row/duplicate-uscc@C2")?.actual).toBe("台账!7");
    expect(byCell.get("row/unknown-district@D8")?.expected).toBe("昆山");
    expect(byCell.get("subtotal/total-mismatch@B21")).toMatchObject({ expected: 18, actual: 20 });
  });

  // By hand, “亿元”以上企业 (grade 2 or better, creation rate, 2022 target 80%):
  //  常熟 rows 2–6: base 5; attained rows 2 and 6 (row 4 holds 三级, row 5 expired) = 2; applying row 3 = 1;
  //       (2+1)/5 = 60%; needed ceil(0.8×5) = 4 → gap 1.
  //  昆山 row 7 (昆山市): base 1, attained 1, 100%.
  //  太仓 rows 11, 13–18 (row 9 closed, row 12 unidentified): base 7; attained 0 (11 no grade, 13 not yet issued,
  //       14 expired); applying row 15 = 1; 1/7; needed ceil(5.6) = 6 → gap 5.
  //  张家港 rows 19–20: base 2, nothing attained or applying; needed 2 → gap 2.
  //  total: the districts' rows, one population with them (row 8, unknown district, counts in none of them and so
  //       not in the total either): base 15, attained 3, applying 2; needed ceil(12) = 12 → gap 7.
  it("computes the metrics worked out by hand", () => {
    const pick = (district: string | null, category: string) => {
      const m = analysis.metrics.find((r) => r.district === district && r.category === category)!;
      return [m.base, m.attained, m.applying, m.met, m.gap];
    };
    expect(pick("常熟", "billion-yuan")).toEqual([5, 2, 1, false, 1]);
    expect(pick("昆山", "billion-yuan")).toEqual([1, 1, 0, true, 0]);
    expect(pick("太仓", "billion-yuan")).toEqual([7, 0, 1, false, 5]);
    expect(pick("张家港", "billion-yuan")).toEqual([2, 0, 0, false, 2]);
    expect(pick(null, "billion-yuan")).toEqual([15, 3, 2, false, 7]);
    expect(pick("太仓", "chemical-monitoring")).toEqual([1, 0, 0, false, 1]);
    const changshu = analysis.metrics.find((r) => r.district === "常熟" && r.category === "billion-yuan")!;
    expect(changshu.creationRate).toBeCloseTo(0.6, 12);
    expect(changshu.attainmentRate).toBeCloseTo(0.4, 12);
  });

  it("lists every district of the profile in official order, then the total", () => {
    const order = [...new Set(analysis.metrics.map((m) => m.district))];
    expect(order).toEqual(["张家港", "常熟", "太仓", "昆山", "吴江", "吴中", "相城", "姑苏", "园区", "新区", null]);
  });
});
