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

  it.each<CellValue>([
    "未创建", "无", "/", "／", "-", "—", "未评定", "暂无", "暂无等级", "无等级", "未定级", "尚未创建", "未达标", "未取得", "待评审",
    "待定级", "否", "创建中", "申请中", "评审中", "不达标", "未通过", " 未 创 建 ", "未评定等级", "不适用",
  ])("reads the no-grade word %p as no grade, not as an unreadable cell", (raw) => {
    expect(parseGrade(raw)).toEqual({ ok: false, reason: "notApplicable" });
  });

  it("reads blank as empty and 无 as not applicable", () => {
    expect(parseGrade(null)).toEqual({ ok: false, reason: "empty" });
    expect(parseGrade("无")).toEqual({ ok: false, reason: "notApplicable" });
  });
});
