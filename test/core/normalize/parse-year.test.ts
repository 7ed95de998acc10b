import { parseYear } from "../../../src/core/normalize";
import type { CellValue } from "../../../src/core/grid/grid";

describe("parseYear", () => {
  it.each<[CellValue, number]>([
    [2022, 2022],
    ["2022", 2022],
    ["2022年", 2022],
    ["2022年度", 2022],
    ["２０２３", 2023],
    [new Date(Date.UTC(2024, 0, 1)), 2024],
  ])("reads %p as %p", (raw, year) => {
    expect(parseYear(raw)).toEqual({ ok: true, value: year });
  });

  it.each<CellValue>([1800, 2022.5, "22年", "明年", "2022-08"])("rejects %p", (raw) => {
    expect(parseYear(raw)).toEqual({ ok: false, reason: "invalid" });
  });

  it("reads a blank cell as empty and / as not applicable", () => {
    expect(parseYear(null)).toEqual({ ok: false, reason: "empty" });
    expect(parseYear("/")).toEqual({ ok: false, reason: "notApplicable" });
  });
});
