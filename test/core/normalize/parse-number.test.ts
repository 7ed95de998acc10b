import { parseNumber, parsePercent } from "../../../src/core/normalize";
import type { CellValue } from "../../../src/core/grid/grid";

describe("parseNumber", () => {
  it.each<[CellValue, number]>([
    [42, 42],
    [0, 0],
    ["42", 42],
    [" 3.5 ", 3.5],
    ["１２３", 123],
    ["1,234", 1234],
    ["１，２３４", 1234],
    ["-7", -7],
    [".5", 0.5],
  ])("reads %p as %p", (raw, expected) => {
    expect(parseNumber(raw)).toEqual({ ok: true, value: expected });
  });

  it.each<CellValue>(["/", "-", "—", "无", "／", "－"])("reads %p as not applicable, never zero", (raw) => {
    expect(parseNumber(raw)).toEqual({ ok: false, reason: "notApplicable" });
  });

  it.each<CellValue>([null, "", "  "])("reads %p as empty", (raw) => {
    expect(parseNumber(raw)).toEqual({ ok: false, reason: "empty" });
  });

  it.each<CellValue>(["abc", "12a", "1,23", "1.2.3", true, new Date(0), Number.NaN])("rejects %p", (raw) => {
    expect(parseNumber(raw)).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("parsePercent", () => {
  it.each<[CellValue, number]>([
    [0.885, 0.885],
    ["88.5%", 0.885],
    ["88.5％", 0.885],
    ["８８.５％", 0.885],
    ["100%", 1],
    ["0.5", 0.5],
  ])("reads %p as the fraction %p", (raw, expected) => {
    const p = parsePercent(raw);
    expect(p.ok).toBe(true);
    if (p.ok) expect(p.value).toBeCloseTo(expected, 12);
  });

  it.each<[CellValue, string]>([
    ["/", "notApplicable"],
    ["%", "invalid"],
    ["abc%", "invalid"],
    [null, "empty"],
  ])("reads %p as %p", (raw, reason) => {
    expect(parsePercent(raw)).toEqual({ ok: false, reason });
  });
});
