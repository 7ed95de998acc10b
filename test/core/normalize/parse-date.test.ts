import { isoFromSerial, parseDate } from "../../../src/core/normalize";
import type { CellValue } from "../../../src/core/grid/grid";

describe("parseDate", () => {
  it.each<[CellValue, string]>([
    [44792, "2022-08-19"],
    [44792.75, "2022-08-19"],
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [new Date(Date.UTC(2022, 7, 19)), "2022-08-19"],
    [new Date(Date.UTC(2022, 7, 19) - 1), "2022-08-19"],
    ["2022-08-19", "2022-08-19"],
    ["2022/8/19", "2022-08-19"],
    ["2022.8.19", "2022-08-19"],
    ["2022年8月19日", "2022-08-19"],
    ["２０２２年８月１９日", "2022-08-19"],
    ["2022 年 8 月 19 日", "2022-08-19"],
    ["20220819", "2022-08-19"],
    [20220819, "2022-08-19"],
    ["2022-08-19 00:00:00", "2022-08-19"],
    ["44792", "2022-08-19"],
    ["2024-02-29", "2024-02-29"],
  ])("reads %p as %p", (raw, iso) => {
    expect(parseDate(raw)).toEqual({ ok: true, value: iso });
  });

  it.each<CellValue>(["2022-02-30", "2023-02-29", "2022-13-01", "20221301", "2022年8月", "明年", 60, 0, -3, new Date(Number.NaN), true])(
    "rejects %p",
    (raw) => {
      expect(parseDate(raw)).toEqual({ ok: false, reason: "invalid" });
    },
  );

  it.each<CellValue>(["/", "—", "无"])("reads %p as not applicable", (raw) => {
    expect(parseDate(raw)).toEqual({ ok: false, reason: "notApplicable" });
  });

  it("skips the 1900-02-29 that Excel's serial 60 pretends exists", () => {
    expect(isoFromSerial(59)).toBe("1900-02-28");
    expect(isoFromSerial(60)).toBeNull();
    expect(isoFromSerial(61)).toBe("1900-03-01");
  });
});
