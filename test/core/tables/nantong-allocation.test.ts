import type { Finding } from "../../../src/core/finding/finding";
import type { CellValue, Grid } from "../../../src/core/grid/grid";
import { findBuiltinProfile } from "../../../src/core/profile";
import { headerLeaves, headerText } from "../../../src/core/profile/header";
import { checkCountTables } from "../../../src/core/tables";

const profile = findBuiltinProfile("nantong-2018")!;
const layout = profile.attachments!.find((a) => a.id === "task-allocation")!;

// Actuals a district office might fill in beside the published targets, per district:
// [一级 actual, 二级 actual, 审计完成率, 整改完成率, 小微覆盖面, 小微达标率].
const ACTUALS: Record<string, CellValue[]> = {
  海安县: [6, 50, "16.0%", "4.0%", "100.0%", "96.0%"],
  如皋市: [2, 35, "10.0%", "5.0%", "88.0%", "85.0%"],
  如东县: [3, 35, "12.0%", "6.0%", "92.0%", "86.0%"],
  启东市: [3, 35, "12.0%", "6.0%", "92.0%", "86.0%"],
  海门市: [3, 35, "12.0%", "6.0%", "92.0%", "86.0%"],
  通州区: [3, 35, "12.0%", "6.0%", "92.0%", "86.0%"],
  崇川区: [2, 20, "12.0%", "6.0%", "92.0%", "86.0%"],
  港闸区: [2, 20, "12.0%", "6.0%", "92.0%", "86.0%"],
  开发区: [2, 20, "12.0%", "6.0%", "92.0%", "86.0%"],
  苏通园区: [1, 5, "12.0%", "6.0%", "92.0%", "86.0%"],
  通州湾示范区: [1, 5, "12.0%", "6.0%", "92.0%", "86.0%"],
  // 一级 6+2+3+3+3+3+2+2+2+1+1 = 28; 二级 50+35×5+20×3+5+5 = 295.
  合计: [28, 295, "-", "-", "-", "-"],
};

/**
 * The allocation table as a district sends it back: the published targets, each followed by one
 * actual (a count or a rate) — the layout's other added columns (the counts a share is made of) left out.
 */
const SENT_BACK = ["一级标准化达标企业数", "二级标准化达标企业数", "三级标准化质量审计完成率", "整改提升完成率", "小微企业创建覆盖面（实际）", "小微企业达标率（实际）"];
function allocationGrid(): Grid {
  const leaves = headerLeaves(layout.headerRows).filter((l) => !l.node.added || SENT_BACK.includes(l.node.text));
  const header = leaves.map((l) => headerText(l.node, 2019));
  const rows = layout.published!.rows.map((r) => {
    const targets: CellValue[] = r.cells.map((c) => (/^\d+$/.test(c) ? Number(c) : c === "" ? null : c));
    // 启东市 sends back an old 二级 target: 30 where the notice allocates 35.
    if (r.label === "启东市") targets[1] = 30;
    const actual = ACTUALS[r.label];
    return [r.label, ...targets.flatMap((t, i) => [t, actual[i]])];
  });
  return { name: "任务分配表", origin: { row: 1, col: 1 }, values: [[layout.title, ...new Array<null>(12).fill(null)], header, ...rows] };
}

// Columns: A 地区 | B 一级目标 C 一级实有 | D 二级目标 E 二级实有 | F 审计率目标 G 审计完成率 |
// H 整改率目标 I 整改完成率 | J 小微覆盖面目标 K 实际 | L 小微达标率目标 M 实际. Rows 3–13 districts
// in the notice's order (海安县 3, 如皋市 4, 如东县 5, 启东市 6 …), 合计 14.
const EXPECTED: [rule: string, severity: Finding["severity"], cell: string][] = [
  // 二级 targets 55+35+35+30+35+35+20+20+20+5+5 = 295 with 启东's 30, but the 合计 still says 300.
  ["total/mismatch", "error", "D14"],
  // 启东市 二级 target 30; the notice allocates 35 for 2019.
  ["target/differs", "warning", "D6"],
  // By row: 海安县 二级 50 < 55: 5 short; 海安县 整改 4.0% < 5% (no base in the table, so no gap);
  // 如皋市 一级 2 < 3: 1 short; 如皋市 小微覆盖面 88.0% < 90% (no gap);
  // city: 一级 28 > 26 (the text's "突破26家") met, 二级 295 < 300: 5 short.
  ["target/unmet-count", "info", "E3"],
  ["target/unmet-no-base", "info", "I3"],
  ["target/unmet-count", "info", "C4"],
  ["target/unmet-no-base", "info", "K4"],
  ["target/unmet-count", "info", "E14"],
];

describe("checkCountTables on Nantong's allocation table filled with actuals", () => {
  const result = checkCountTables([allocationGrid()], profile, { year: 2019 });

  it("recognises the one-level header: each target beside its actual, by category or indicator", () => {
    expect(result.notTables).toEqual([]);
    const [table] = result.tables;
    expect(table.attachment).toEqual({ id: "task-allocation", label: "附件" });
    expect(table.groups.map((g) => [g.key, g.columns])).toEqual([
      ["grade-1", { target: "B", actual: "C" }],
      ["grade-2", { target: "D", actual: "E" }],
      ["grade-3-audited", { target: "F", rate: "G" }],
      ["rectified", { target: "H", rate: "I" }],
      ["micro-coverage", { target: "J", rate: "K" }],
      ["micro-attainment", { target: "L", rate: "M" }],
    ]);
    expect(table.districts).toHaveLength(11);
    expect(table.totalsRow).toBe(14);
    expect(table.unmatchedColumns).toEqual([]);
  });

  it("checks actuals against each district's own targets and finds exactly what was planted", () => {
    const got = result.findings.map((f) => [f.rule, f.severity, f.cell]);
    expect(got).toEqual(EXPECTED);
    const gaps = result.findings.filter((f) => f.rule === "target/unmet-count").map((f) => [f.cell, f.params.gap]);
    expect(gaps).toEqual([["E3", 5], ["C4", 1], ["E14", 5]]);
  });

  it("gives metrics with per-district targets: counts for 一级/二级, rates for 小微", () => {
    const haian = result.metrics.find((m) => m.district === "海安县" && m.category === "grade-1");
    expect(haian).toMatchObject({ attained: 6, target: 5, targetKind: "count", met: true, gap: 0 });
    const rugaoMicro = result.metrics.find((m) => m.district === "如皋市" && m.category === "micro-coverage");
    expect(rugaoMicro).toMatchObject({ base: null, rate: 0.88, rateKind: "creation", target: 0.9, targetKind: "rate", met: false, gap: null });
    const haianMicro = result.metrics.find((m) => m.district === "海安县" && m.category === "micro-attainment");
    expect(haianMicro).toMatchObject({ rate: 0.96, target: 0.95, met: true });
  });
});
