import { checkWorkbook } from "../../../src/core/campaign/check-workbook";
import type { CellValue, Grid } from "../../../src/core/grid/grid";
import { findBuiltinProfile } from "../../../src/core/profile";

// A province's roster: 300,000 enterprises, far past the ~125,000 elements at which spreading an array
// into a call (Math.min(...rows), push(...findings)) overflows the stack.
const N = 300_000;
const HALF = N / 2;
const DISTRICTS = ["常熟", "昆山", "太仓"];
const suzhou = findBuiltinProfile("suzhou-2022")!;

/** Sheet rows: header at row 1, records from row 2, a 小计 after the first half stating one too few, a 合计 stating all. */
function bigRoster(): Grid {
  const values: CellValue[][] = [["序号", "企业名称", "所在地区", "企业类别", "创建状态"]];
  for (let i = 0; i < N; i++) {
    values.push([i + 1, `企业${i}`, DISTRICTS[i % 3], "亿元以上企业", "未创建"]);
    if (i === HALF - 1) values.push(["小计", `${HALF - 1}家`, null, null, null]);
  }
  values.push(["合计", `${N}家`, null, null, null]);
  return { name: "台账", origin: { row: 1, col: 1 }, values };
}

describe("checkWorkbook on a 300,000-row roster", () => {
  const check = checkWorkbook([bigRoster()], suzhou, { asOf: "2022-10-01", year: 2022 });

  it("reads every enterprise row as a record", () => {
    expect(check.rosters.read.rosters[0].records).toHaveLength(N);
  });

  it("reports only the 小计 that states one fewer than the 150,000 rows it closes; the 合计 of 300,000 holds", () => {
    // Records occupy rows 2..150001; the 小计 is row 150002; the rest run to row 300002; the 合计 is row 300003.
    expect(check.findings.map((f) => [f.rule, f.row, f.expected, f.actual])).toEqual([["subtotal/mismatch", HALF + 2, HALF, HALF - 1]]);
  });

  it("counts 100,000 亿元以上企业 in each of the three districts and 300,000 in all", () => {
    const base = (district: string | null) => check.rosterMetrics.find((m) => m.district === district && m.category === "billion-yuan")?.base;
    expect(DISTRICTS.map((d) => base(d))).toEqual([100_000, 100_000, 100_000]);
    expect(base(null)).toBe(N);
  });
});

describe("checkWorkbook on a 300,000-row roster where every row has findings", () => {
  // Each row has a 3-character USCC (uscc/length), so 300,000 findings go through every list, sort and
  // concatenation findings take; the 100 codes repeat, so row/duplicate-uscc groups them too (one finding per group).
  const values: CellValue[][] = [["序号", "企业名称", "统一社会信用代码", "所在地区", "企业类别", "创建状态"]];
  for (let i = 0; i < N; i++) values.push([i + 1, `企业${i}`, `X${String(i % 100).padStart(2, "0")}`, DISTRICTS[i % 3], "亿元以上企业", "未创建"]);
  const check = checkWorkbook([{ name: "台账", origin: { row: 1, col: 1 }, values }], suzhou, { asOf: "2022-10-01", year: 2022 });

  it("reports the short USCC of each of the 300,000 rows, in row order", () => {
    const length = check.findings.filter((f) => f.rule === "uscc/length");
    expect(length).toHaveLength(N);
    expect([length[0].row, length[N - 1].row]).toEqual([2, N + 1]);
  });

  it("reports the 100 repeated codes once each, as groups of 3,000", () => {
    const groups = check.findings.filter((f) => f.rule === "row/duplicate-uscc");
    expect(groups).toHaveLength(100);
    expect(groups.every((f) => f.params.count === N / 100)).toBe(true);
  });
});
