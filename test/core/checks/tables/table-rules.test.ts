import type { Finding } from "../../../../src/core/finding/finding";
import type { CellValue, Grid } from "../../../../src/core/grid/grid";
import { findBuiltinProfile } from "../../../../src/core/profile";
import { checkCountTables } from "../../../../src/core/tables";

const profile = findBuiltinProfile("suzhou-2022")!;

const HEADER: CellValue[][] = [
  ["地区", "“亿元”以上企业二级达标情况", null, null, null],
  [null, "底数", "已达标数", "2022年申请创建企业数", "创建率"],
];

/** A one-group 亿元 table (columns B 底数, C 已达标, D 申请, E 创建率) from row 3 on, with optional formulas. */
function table(rows: CellValue[][], formulas?: Record<string, string>): Grid {
  const values = [...HEADER, ...rows];
  const grid: Grid = { name: "表", origin: { row: 1, col: 1 }, values };
  if (formulas) {
    grid.formulas = values.map(() => new Array<string | null>(5).fill(null));
    for (const [address, formula] of Object.entries(formulas)) {
      const m = /^([A-E])(\d+)$/.exec(address)!;
      grid.formulas[Number(m[2]) - 1][m[1].charCodeAt(0) - 65] = formula;
    }
  }
  return grid;
}

// These small tables leave out most districts and the 合计 row, and their bases are not the notice's:
// those findings are tested on the Suzhou attachments.
const ELSEWHERE = new Set(["table/missing-district", "table/no-totals", "base/declared-differs"]);

function run(grid: Grid): Finding[] {
  return checkCountTables([grid], profile, { year: 2022 }).findings.filter((f) => !f.rule.startsWith("target/") && !ELSEWHERE.has(f.rule));
}

const brief = (findings: Finding[]) => findings.map((f) => [f.rule, f.cell]);

describe("count rules (count/negative, count/fractional, count/above-base)", () => {
  it("flags a negative count, a fractional count and counts above their base", () => {
    const findings = run(table([
      ["张家港", 10, -1, 0, "/"],
      ["常熟", 10, 2.5, 0, "25.0%"],
      ["太仓", 10, 11, 0, "110.0%"],
      ["昆山", 10, 6, 5, "110.0%"],
    ]));
    expect(brief(findings)).toEqual([
      ["count/negative", "C3"],
      ["count/fractional", "C4"],
      ["count/above-base", "C5"],
      // 6 + 5 = 11 applying and attained together exceed 10.
      ["count/above-base", "D6"],
      // -1/10 is not "/": a base of 10 needs a rate.
      ["rate/mismatch", "E3"],
    ]);
    expect(findings[3].params).toMatchObject({ value: 11, base: 10 });
  });
});

describe("cell rules (cell/not-a-number, cell/blank, cell/uncalculated)", () => {
  it("flags text where a number belongs, a blank with a base, and a formula without a cached value", () => {
    const findings = run(table([
      ["张家港", "约50", 10, 0, "20.0%"],
      ["常熟", 10, null, 0, "/"],
      ["太仓", 10, 5, 0, null],
    ], { E5: "(C5+D5)/B5" }));
    expect(brief(findings)).toEqual([
      ["cell/not-a-number", "B3"],
      ["cell/uncalculated", "E5"],
      ["cell/blank", "C4"],
    ]);
    expect(findings[0].params).toMatchObject({ value: "约50", header: "底数", label: "张家港" });
  });
});

describe("rateNotApplicable (rate/not-applicable)", () => {
  it("requires '/' as the rate of a base of 0 or '/': 0%, #DIV/0! and a blank are flagged", () => {
    const findings = run(table([
      ["张家港", 0, 0, 0, "0.0%"],
      ["常熟", 0, 0, 0, "#DIV/0!"],
      ["太仓", "/", "/", "/", null],
      ["昆山", 0, 0, 0, "/"],
      ["吴江", "/", "/", "/", "/"],
    ]));
    expect(brief(findings)).toEqual([
      ["rate/not-applicable", "E3"],
      ["rate/not-applicable", "E4"],
      ["rate/not-applicable", "E5"],
    ]);
  });
});

describe("rateMismatch (rate/mismatch) and ratePrecision (rate/precision)", () => {
  it("compares at the decimals the cell shows, full-width percent signs included", () => {
    // 7/8 = 87.5% ✓; 2/3 = 66.666… → 66.67% at two decimals, stated 66.66% ✗; 1/3 → 33% at none ✓.
    const findings = run(table([
      ["张家港", 8, 7, 0, "87.5％"],
      ["常熟", 3, 2, 0, "66.66%"],
      ["太仓", 3, 1, 0, "33%"],
    ]));
    expect(findings.map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([["rate/mismatch", "E4", 0.6667, 0.6666]]);
  });

  it("treats whole percents shown with .0 as the column's precision only when every rate is whole", () => {
    // 67/95 = 70.53 → 71.0 and 29/41 = 70.73 → 71.0: whole percents, one note.
    const whole = run(table([["张家港", 95, 67, 0, "71.0%"], ["常熟", 41, 29, 0, "71.0%"]]));
    expect(brief(whole)).toEqual([["rate/precision", "E3"]]);
    // 40.3% shows the column uses one decimal, so 71.0% for 70.53% is a real mismatch.
    const decimal = run(table([["张家港", 95, 67, 0, "71.0%"], ["常熟", 67, 27, 0, "40.3%"]]));
    expect(brief(decimal)).toEqual([["rate/mismatch", "E3"]]);
  });

  it("flags '/' stated where the counts give a rate", () => {
    expect(brief(run(table([["张家港", 5, 5, 0, "/"]])))).toEqual([["rate/mismatch", "E3"]]);
  });
});

describe("formula rules (rate/formula-references, total/formula-range)", () => {
  it("accepts formulas reading their own row and flags one reading another row, and a SUM that misses a district", () => {
    const grid = table([
      ["张家港", 10, 5, 3, 0.8],
      ["常熟", 20, 10, 0, 0.5],
      ["合计", 10, 15, 3, 0.6],
    ], { E3: "(C3+D3)/B3", E4: "(C4+D4)/B3", B5: "SUM(B3:B3)", C5: "SUM(C3:C4)", D5: "SUM(D3:D4)", E5: "ROUND((C5+D5)/B5,3)" });
    grid.numberFormats = grid.values.map(() => ["General", "General", "General", "General", "0.0%"]);
    const findings = run(grid);
    // In catalog order: the totals' 已达标 15 exceeds their base 10; 10 stated against 10 + 20 = 30;
    // (15+3)/10 = 180%, stated 60.0%; E4 divides by B3; B5 sums B3 alone (常熟 missed).
    expect(brief(findings)).toEqual([
      ["count/above-base", "C5"],
      ["total/mismatch", "B5"],
      ["total/rate-mismatch", "E5"],
      ["rate/formula-references", "E4"],
      ["total/formula-range", "B5"],
    ]);
    expect(findings.find((f) => f.rule === "rate/formula-references")?.params).toMatchObject({ formula: "=(C4+D4)/B3", expectedFormula: "=(C4+D4)/B4" });
    expect(findings.find((f) => f.rule === "total/formula-range")?.params).toMatchObject({ missed: "常熟" });
  });
});

describe("tableLayout (table/unknown-row, table/missing-district)", () => {
  it("checks a row whose label names no district, warns about it, and lists the districts with no row", () => {
    const result = checkCountTables([table([["张家港", 10, 5, 3, "80.0%"], ["某某开发区", 4, 1, 1, "50.0%"], ["合计", 14, 6, 4, "71.4%"]])], profile, { year: 2022 });
    const rules = result.findings.map((f) => [f.rule, f.severity, f.cell ?? null]);
    expect(rules).toContainEqual(["table/unknown-row", "warning", "A4"]);
    expect(rules).toContainEqual(["table/missing-district", "info", null]);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.tables[0].missingDistricts).toHaveLength(9);
  });
});
