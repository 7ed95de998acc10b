import { areaAddress, cellAddress, columnLetter, columnNumber, parseAreaAddress, parseCellAddress, quoteSheetName } from "../../../src/core/grid/address";

describe("A1 addresses", () => {
  it.each([
    [1, "A"], [26, "Z"], [27, "AA"], [52, "AZ"], [703, "AAA"],
  ])("columnLetter(%i) is %s and back", (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
  });

  it("formats cells and areas, collapsing a one-cell area", () => {
    expect(cellAddress(5, 12)).toBe("L5");
    expect(areaAddress({ top: 1, left: 1, bottom: 3, right: 22 })).toBe("A1:V3");
    expect(areaAddress({ top: 4, left: 2, bottom: 4, right: 2 })).toBe("B4");
  });

  it("parses absolute and relative references, rejecting non-addresses", () => {
    expect(parseCellAddress("$B$5")).toEqual({ row: 5, col: 2 });
    expect(parseAreaAddress("C3:A1")).toEqual({ top: 1, left: 1, bottom: 3, right: 3 });
    expect(parseCellAddress("合计")).toBeNull();
  });

  it("quotes sheet names that are not plain identifiers", () => {
    expect(quoteSheetName("Sheet1")).toBe("Sheet1");
    expect(quoteSheetName("附件1")).toBe("'附件1'");
    expect(quoteSheetName("O'Brien")).toBe("'O''Brien'");
  });
});
