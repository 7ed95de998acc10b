import type { Grid } from "../../../src/core/grid/grid";
import { findBuiltinProfile } from "../../../src/core/profile";
import { isNotATable, recognizeCountTable, type RecognizedTable } from "../../../src/core/tables";
import { fixCountTables, rateFormulaEdits, type CellEdit, type TableFix } from "../../../src/core/tables/fix";
import { annex1, annex2 } from "./fixtures/suzhou-seed";
import { publishedGrid } from "./fixtures/suzhou-workbook";

const profile = findBuiltinProfile("suzhou-2022")!;

// Published layout (see suzhou-annexes.test.ts): rows 5–14 districts (张家港 … 新区), row 15 合计.
// 附件1: B–E 亿元 (底数, 已达标, 申请, 创建率) | F–I 工贸规上 | J–L 化工园 (底数, 达标, 达标率) | M–O 监测点 |
// P–R 两重点一重大 | S–U 危化品生产企业. 附件2: B–D 规下 | E–G 非重点规上 | H–J 其余危化 (底数, 达标, 达标率).

function table(grid: Grid): RecognizedTable {
  const found = recognizeCountTable(grid, profile);
  if (isNotATable(found)) throw new Error(`${grid.name}: ${found.reason}`);
  return found;
}

const at = (fix: TableFix, address: string): CellEdit | undefined => fix.edits.find((e) => e.address === address);

describe("rateFormulaEdits on Suzhou 附件1 (published figures)", () => {
  const fix = rateFormulaEdits(table(publishedGrid(annex1())));

  it("rewrites 常熟 化工园's typed 88.0% (L6) as the live attainment formula, cached at 76/83", () => {
    expect(at(fix, "L6")).toEqual({
      sheet: "附件1",
      address: "L6",
      row: 6,
      col: 12,
      kind: "rate",
      old: "88.0%",
      oldText: "88.0%",
      formula: 'IF(N(J6)=0,"/",N(K6)/N(J6))',
      value: 76 / 83,
      valueText: "91.6%",
      numberFormat: "0.0%",
    });
  });

  it("writes a creation rate over attained + applying: 园区 工贸 (25+28)/96, printed 43.8% (I13)", () => {
    expect(at(fix, "I13")).toMatchObject({ formula: 'IF(N(F13)=0,"/",(N(G13)+N(H13))/N(F13))', value: 53 / 96, valueText: "55.2%", oldText: "43.8%" });
  });

  it("gives '/' as the cached result where the base is 0 (姑苏 工贸 I12) or '/' (太仓 监测点 O7)", () => {
    expect(at(fix, "I12")).toMatchObject({ kind: "rate", value: "/", valueText: "/", oldText: "/" });
    expect(at(fix, "O7")).toMatchObject({ formula: 'IF(N(M7)=0,"/",N(N7)/N(M7))', value: "/" });
  });

  it("computes the 合计 row's rates from the 合计 counts: 亿元 (1187+1605)/3157 = 88.4%, printed 88.5% (E15)", () => {
    expect(at(fix, "E15")).toMatchObject({ formula: 'IF(N(B15)=0,"/",(N(C15)+N(D15))/N(B15))', value: 2792 / 3157, valueText: "88.4%" });
    // 危化品: its 合计 states 196/208 (kept as typed), so the rate follows the stated total.
    expect(at(fix, "U15")).toMatchObject({ value: 196 / 208 });
  });

  it("turns totals that equal their column's sum into SUM formulas and keeps S15/T15, which do not (208 vs 199, 196 vs 187)", () => {
    const totals = fix.edits.filter((e) => e.kind === "total").map((e) => [e.address, e.formula, e.value]);
    expect(totals).toEqual([
      ["B15", "SUM(B5:B14)", 3157],
      ["C15", "SUM(C5:C14)", 1187],
      ["D15", "SUM(D5:D14)", 1605],
      ["F15", "SUM(F5:F14)", 659],
      ["G15", "SUM(G5:G14)", 144],
      ["H15", "SUM(H5:H14)", 171],
      ["J15", "SUM(J5:J14)", 275],
      ["K15", "SUM(K5:K14)", 219],
      ["M15", "SUM(M5:M14)", 30],
      ["N15", "SUM(N5:N14)", 30],
      ["P15", "SUM(P5:P14)", 292],
      ["Q15", "SUM(Q5:Q14)", 274],
    ]);
    expect(fix.keptTotals).toEqual([
      { sheet: "附件1", address: "S15", stated: 208, sum: 199 },
      { sheet: "附件1", address: "T15", stated: 196, sum: 187 },
    ]);
    expect(at(fix, "S15")).toBeUndefined();
  });

  it("rewrites every rate cell: 6 rate columns × 11 rows, plus the 12 totals, and nothing else", () => {
    expect(fix.edits.filter((e) => e.kind === "rate")).toHaveLength(66);
    expect(fix.edits).toHaveLength(78);
    expect(fix.skipped).toEqual([]);
  });

  it("lists the edits in sheet order", () => {
    const order = fix.edits.map((e) => e.row * 100 + e.col);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe("rateFormulaEdits on Suzhou 附件2 (published figures)", () => {
  const fix = rateFormulaEdits(table(publishedGrid(annex2())));

  it("writes attainment formulas, '/' for 园区 and 新区 规下 (base 0), and keeps the three totals that differ", () => {
    expect(at(fix, "D5")).toMatchObject({ formula: 'IF(N(B5)=0,"/",N(C5)/N(B5))', value: 34 / 105, valueText: "32.4%" });
    expect(at(fix, "D13")).toMatchObject({ value: "/" });
    expect(at(fix, "D14")).toMatchObject({ value: "/" });
    // 规下 底数 431 by the rows, 427 stated; 其余危化 125/116 by the rows, 208/196 stated.
    expect(fix.keptTotals.map((k) => [k.address, k.stated, k.sum])).toEqual([
      ["B15", 427, 431],
      ["H15", 208, 125],
      ["I15", 196, 116],
    ]);
    expect(fix.edits.filter((e) => e.kind === "total").map((e) => e.address)).toEqual(["C15", "E15", "F15"]);
    expect(fix.edits).toHaveLength(33 + 3);
  });
});

/** A small 附件2-shaped table: 规下 only (底数, 三级达标数, 达标率), rows from row 3, under a two-row header. */
function smallGrid(rows: (string | number | null)[][], formulas?: (string | null)[][]): Grid {
  const header = [
    ["地区", "工矿重点领域规下企业三级标准化达标情况", null, null],
    [null, "底数", "三级达标数", "达标率"],
  ];
  return {
    name: "小表",
    origin: { row: 1, col: 1 },
    values: [...header, ...rows],
    formulas: formulas ? [[null, null, null, null], [null, null, null, null], ...formulas] : undefined,
  };
}

describe("rateFormulaEdits (counts the formulas cannot read, and re-runs)", () => {
  it("writes counts typed as text as numbers, so that N() and SUM read them", () => {
    const fix = rateFormulaEdits(table(smallGrid([["张家港", "40 ", 30, "75.0%"], ["常熟", 50, "２０", "40.0%"], ["合计", 90, 50, "55.6%"]])));
    expect(fix.edits.filter((e) => e.kind === "count").map((e) => [e.address, e.oldText, e.value])).toEqual([
      ["B3", "40", 40],
      ["C4", "２０", 20],
    ]);
    expect(fix.edits.filter((e) => e.kind === "total").map((e) => [e.address, e.formula, e.value])).toEqual([
      ["B5", "SUM(B3:B4)", 90],
      ["C5", "SUM(C3:C4)", 50],
    ]);
    expect(at(fix, "D5")).toMatchObject({ value: 50 / 90, valueText: "55.6%" });
  });

  it("leaves a rate alone when a count is text no formula can read, naming that count", () => {
    const fix = rateFormulaEdits(table(smallGrid([["张家港", 40, "约30", "75.0%"], ["常熟", 50, 20, "40.0%"]])));
    expect(fix.skipped).toEqual([{ sheet: "小表", address: "D3", reason: "unreadableCount", count: "C3" }]);
    expect(at(fix, "D3")).toBeUndefined();
    expect(at(fix, "D4")).toMatchObject({ value: 0.4 });
  });

  it("keeps a city rate typed in a row without counts, and writes nothing in an empty row", () => {
    const fix = rateFormulaEdits(table(smallGrid([["张家港", 40, 30, "75.0%"], ["常熟", null, null, null], ["合计", null, null, "60.0%"]])));
    expect(fix.skipped).toEqual([{ sheet: "小表", address: "D5", reason: "noCounts" }]);
    expect(fix.edits.map((e) => e.address)).toEqual(["D3"]);
  });

  it("writes the table's own not-applicable mark", () => {
    const fix = rateFormulaEdits(table(smallGrid([["张家港", 0, 0, "-"], ["常熟", 50, 20, "40.0%"]])));
    expect(at(fix, "D3")).toMatchObject({ formula: 'IF(N(B3)=0,"-",N(C3)/N(B3))', value: "-" });
  });

  it("changes nothing in a table whose rates and totals are already its formulas (a re-run)", () => {
    const once = rateFormulaEdits(table(smallGrid([["张家港", 40, 30, "75.0%"], ["常熟", 50, 20, "40.0%"], ["合计", 90, 50, "55.6%"]])));
    const values: (string | number | null)[][] = [["张家港", 40, 30, 0.75], ["常熟", 50, 20, 0.4], ["合计", 90, 50, 50 / 90]];
    const formulas: (string | null)[][] = [[null, null, null, null], [null, null, null, null], [null, null, null, null]];
    for (const e of once.edits) formulas[e.row - 3][e.col - 1] = e.formula;
    const twice = rateFormulaEdits(table(smallGrid(values, formulas)));
    expect(twice.edits).toEqual([]);
    expect(twice.skipped.map((s) => s.address).sort()).toEqual(once.edits.map((e) => e.address).sort());
    expect(twice.skipped.every((s) => s.reason === "formula")).toBe(true);
  });
});

describe("fixCountTables", () => {
  it("fixes every count table and lists the sheets that hold none", () => {
    const other: Grid = { name: "说明", origin: { row: 1, col: 1 }, values: [["本表说明"]] };
    const { fixes, notTables } = fixCountTables([publishedGrid(annex1()), other, publishedGrid(annex2())], profile);
    expect(fixes.map((f) => [f.sheet, f.edits.length])).toEqual([
      ["附件1", 78],
      ["附件2", 36],
    ]);
    expect(notTables.map((n) => n.sheet)).toEqual(["说明"]);
  });
});
