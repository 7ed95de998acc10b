import { cellText, cleanText, labelKey, toHalfWidth } from "../../../src/core/normalize";
import type { CellValue } from "../../../src/core/grid/grid";

describe("toHalfWidth / labelKey / cleanText", () => {
  it("folds full-width forms and leaves others alone", () => {
    expect(toHalfWidth("ＡＢ１２（）％　")).toBe("AB12()% ");
    expect(toHalfWidth("企业名称")).toBe("企业名称");
  });

  it("gives headers a person reads alike the same key", () => {
    expect(labelKey("企业（单位）\n名称")).toBe(labelKey("企业(单位)名称"));
    expect(labelKey(" 县级市（区） ")).toBe("县级市(区)");
  });

  it.each<[string, string | null]>([
    ["苏州某某有限公司", "苏州某某有限公司"],
    ["  苏州  某某\n公司 ", "苏州 某某 公司"],
    ["a b", "a b"],
    ["\u3000", null],
    ["", null],
  ])("cleans %p to %p", (raw, out) => {
    expect(cleanText(raw)).toBe(out);
  });
});

describe("cellText", () => {
  it.each<[CellValue, string | null]>([
    [null, null],
    [" x ", "x"],
    [12, "12"],
    [new Date(Date.UTC(2022, 7, 19)), "2022-08-19"],
  ])("reads %p as %p", (raw, out) => {
    expect(cellText(raw)).toBe(out);
  });
});
