import { parseStatus } from "../../../src/core/normalize";
import type { Status } from "../../../src/core/roster/record";
import type { CellValue } from "../../../src/core/grid/grid";

describe("parseStatus", () => {
  it.each<[CellValue, Status]>([
    ["已达标", "attained"],
    ["达标", "attained"],
    ["已达标（二级）", "attained"],
    ["申请创建", "applying"],
    ["已申请", "applying"],
    ["创建中", "creating"],
    ["正在创建", "creating"],
    ["未创建", "none"],
    ["未达标", "none"],
    ["已关停", "closed"],
    ["关闭", "closed"],
    ["停产", "suspended"],
    ["注销", "deregistered"],
    ["已注销", "deregistered"],
    ["调出底数", "transferred"],
    ["2023年已关停", "closed"],
    [" 已 达 标 ", "attained"],
  ])("reads %p as %p", (raw, status) => {
    expect(parseStatus(raw)).toEqual({ ok: true, value: status });
  });

  it.each<CellValue>(["正常", "在产"])("reads the operating word %p as not applicable, not as a campaign status", (raw) => {
    expect(parseStatus(raw)).toEqual({ ok: false, reason: "notApplicable" });
  });

  it.each<CellValue>(["良好", 3])("rejects %p", (raw) => {
    expect(parseStatus(raw)).toEqual({ ok: false, reason: "invalid" });
  });

  it("reads blank as empty and / as not applicable", () => {
    expect(parseStatus(null)).toEqual({ ok: false, reason: "empty" });
    expect(parseStatus("/")).toEqual({ ok: false, reason: "notApplicable" });
  });
});
