import { isFlagToken, parseFlag } from "../../../src/core/normalize";
import type { CellValue } from "../../../src/core/grid/grid";

describe("parseFlag", () => {
  it.each<[CellValue, boolean]>([
    ["是", true], ["否", false],
    ["√", true], ["×", false],
    ["✓", true], ["✗", false], ["✔", true],
    ["Y", true], ["N", false], ["y", true], ["n", false],
    ["yes", true], ["No", false],
    [1, true], [0, false], ["1", true], ["0", false], ["１", true],
    [true, true], [false, false], ["TRUE", true], ["false", false],
    [null, false], ["", false], ["  ", false],
  ])("reads %p as %p (blank means no)", (raw, value) => {
    expect(parseFlag(raw)).toEqual({ ok: true, value });
  });

  it.each<CellValue>(["可能", 2, "是否", new Date(0)])("rejects %p", (raw) => {
    expect(parseFlag(raw)).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("isFlagToken", () => {
  it("accepts yes/no tokens and refuses blanks", () => {
    expect(isFlagToken("√")).toBe(true);
    expect(isFlagToken(null)).toBe(false);
    expect(isFlagToken(" ")).toBe(false);
  });

  it("refuses 1/0 and booleans when only letter tokens count", () => {
    expect(isFlagToken(1, true)).toBe(false);
    expect(isFlagToken("0", true)).toBe(false);
    expect(isFlagToken("否", true)).toBe(true);
  });
});
