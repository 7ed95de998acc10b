import { parseGrade } from "../../../src/core/normalize";
import type { Grade } from "../../../src/core/roster/record";
import type { CellValue } from "../../../src/core/grid/grid";

describe("parseGrade", () => {
  it.each<[CellValue, Grade]>([
    ["一级", 1],
    ["二级", 2],
    ["三级", 3],
    ["2级", 2],
    ["２级", 2],
    ["Ⅱ级", 2],
    ["III级", 3],
    ["二级标准化", 2],
    ["安全生产标准化二级企业", 2],
    ["安全生产标准化 三级", 3],
    [" 三 级 ", 3],
    [1, 1],
    ["3", 3],
    ["小微", "micro"],
    ["小微企业", "micro"],
    ["三级（小微）", "micro"],
    ["三级(小微)", "micro"],
  ])("reads %p as %p", (raw, grade) => {
    expect(parseGrade(raw)).toEqual({ ok: true, value: grade });
  });

  it.each<CellValue>(["四级", "一级、二级", "优秀", 4, 2.5])("rejects %p", (raw) => {
    expect(parseGrade(raw)).toEqual({ ok: false, reason: "invalid" });
  });

  it("reads blank as empty and 无 as not applicable", () => {
    expect(parseGrade(null)).toEqual({ ok: false, reason: "empty" });
    expect(parseGrade("无")).toEqual({ ok: false, reason: "notApplicable" });
  });
});
