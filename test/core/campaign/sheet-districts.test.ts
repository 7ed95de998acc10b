import { analyzeRosters } from "../../../src/core/campaign/analyze-rosters";
import type { CellValue, Grid } from "../../../src/core/grid/grid";
import { findBuiltinProfile } from "../../../src/core/profile";

const changshu = findBuiltinProfile("changshu-2019")!;
const HEADER = ["序号", "企业名称", "企业类别", "标准化等级"];
const rows = (prefix: string, n: number, district?: string): CellValue[][] =>
  Array.from({ length: n }, (_, i) => [i + 1, `${prefix}企业${i + 1}`, ...(district === undefined ? [] : [district]), "小微企业", i % 2 ? "小微" : "未创建"]);
const grid = (name: string, values: CellValue[][]): Grid => {
  const width = Math.max(...values.map((r) => r.length));
  return { name, origin: { row: 1, col: 1 }, values: values.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]) };
};

describe("analyzeRosters with districts kept on sheets of their own", () => {
  const main = grid("汇总", [
    ["序号", "企业名称", "板块", "企业类别", "标准化等级"],
    ...rows("梅李甲", 6, "梅李镇"), ...rows("梅李乙", 1, "梅李"), ...rows("海虞", 5, "海虞镇"), ...rows("错字", 1, "梅季镇"),
  ]);
  const own = grid("虞山街道", [HEADER, ...rows("虞山", 3)]);
  const byUnit = grid("Sheet3", [["常熟市小微企业台账"], ["填报单位：古里镇安监办", null, "填报日期：2019年5月6日"], HEADER, ...rows("古里", 2)]);
  const analysis = analyzeRosters([main, own, byUnit], changshu, { asOf: "2019-12-31", year: 2019 });
  const base = (district: string | null) => analysis.metrics.find((m) => m.district === district && m.category === "micro")?.base;

  it("gives every row of a district's own sheet that district, from its name or its 填报单位 line, and says so", () => {
    const read = analysis.read.rosters;
    expect(read.map((r) => [r.sheet, r.sheetDistrict ?? null])).toEqual([
      ["汇总", null],
      ["虞山街道", { value: "虞山街道", source: "sheet" }],
      ["Sheet3", { value: "古里镇", source: "reportingUnit" }],
    ]);
    expect(read[1].records.map((r) => r.district)).toEqual(["虞山街道", "虞山街道", "虞山街道"]);
  });

  it("reports no missing district on those rows, and the typo 梅季镇 as a warning with its suggestion", () => {
    expect(analysis.findings.filter((f) => f.rule === "row/missing-field")).toEqual([]);
    expect(analysis.findings.filter((f) => f.rule.startsWith("row/unknown-district")).map((f) => [f.rule, f.severity, f.cell, f.params.suggestion])).toEqual([
      ["row/unknown-district", "warning", "C14", "梅李镇"],
    ]);
  });

  it("counts 梅李 with 梅李镇, each sheet's district on its own, and the typo row nowhere (the total is its districts' rows)", () => {
    expect(analysis.metrics.filter((m) => m.category === "micro").map((m) => [m.district, m.base])).toEqual([
      ["梅李镇", 7], ["海虞镇", 5], ["虞山街道", 3], ["古里镇", 2], [null, 17],
    ]);
    expect(base("梅季镇")).toBeUndefined();
  });
});
