import type { Grid } from "../../../src/core/grid/grid";
import { t } from "../../../src/core/i18n/translate";
import { findBuiltinProfile } from "../../../src/core/profile";
import { checkCountTables, recognizeCountTable } from "../../../src/core/tables";

const profile = findBuiltinProfile("suzhou-2022")!;

const roster: Grid = {
  name: "企业台账",
  origin: { row: 1, col: 1 },
  values: [
    ["序号", "企业名称", "统一社会信用代码", "所在地区", "标准化等级", "发证日期"],
    [1, "苏州甲化工有限公司", "91320500MA1XXXXX0A", "昆山市", "二级", "2021-05-01"],
    [2, "苏州乙机械有限公司", "91320500MA1XXXXX1B", "常熟市", "三级", "2020-11-12"],
    [3, "苏州丙纺织有限公司", "91320500MA1XXXXX2C", "吴江区", null, null],
  ],
};

const notes: Grid = { name: "说明", origin: { row: 1, col: 1 }, values: [["填表说明"], ["1. 底数以核实后名单为准"]] };
const empty: Grid = { name: "Sheet3", origin: { row: 1, col: 1 }, values: [] };

describe("recognizeCountTable on sheets that are not count tables", () => {
  it("says a roster names districts but no category column", () => {
    const result = recognizeCountTable(roster, profile);
    expect(result).toMatchObject({ notTable: true, sheet: "企业台账", reason: "table/no-categories" });
  });

  it("says a notes sheet lists no districts, and an empty sheet is empty", () => {
    expect(recognizeCountTable(notes, profile)).toMatchObject({ notTable: true, reason: "table/no-districts", params: { sheet: "说明", label: "地区" } });
    expect(recognizeCountTable(empty, profile)).toMatchObject({ notTable: true, reason: "table/empty-sheet" });
  });

  it("reports each such sheet in notTables and as an info finding, never silently and never as an error", () => {
    const result = checkCountTables([roster, notes, empty], profile, { year: 2022 });
    expect(result.tables).toEqual([]);
    expect(result.notTables.map((n) => [n.sheet, n.reason])).toEqual([
      ["企业台账", "table/no-categories"],
      ["说明", "table/no-districts"],
      ["Sheet3", "table/empty-sheet"],
    ]);
    expect(result.findings.map((f) => [f.rule, f.severity, f.sheet])).toEqual(result.notTables.map((n) => [n.reason, "info", n.sheet]));
    expect(t(result.findings[1].rule, result.findings[1].params)).toBe("工作表“说明”不是分地区统计表：没有一列列出本方案的地区");
  });
});
