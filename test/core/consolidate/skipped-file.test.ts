import { skipReason } from "../../../src/core/consolidate/skipped-file";

describe("skipReason", () => {
  it("reads a file named .xlsx, whatever the case of its extension", () => {
    expect(skipReason("回执.xlsx")).toBeNull();
    expect(skipReason("/mail/昆山/回执.XLSX")).toBeNull();
  });

  it("skips another spreadsheet format with the sentence that says how to convert it", () => {
    for (const f of ["旧表.xls", "a.xlsm", "a.xlsb", "wps.et", "a.ods", "a.csv"]) expect([f, skipReason(f)]).toEqual([f, "consolidate.skip.otherSpreadsheet"]);
  });

  it("skips anything else as not a workbook, and Excel's ~$ lock files beside an open workbook", () => {
    expect(skipReason("说明.txt")).toBe("consolidate.skip.notXlsx");
    expect(skipReason("通知.docx")).toBe("consolidate.skip.notXlsx");
    expect(skipReason("无扩展名")).toBe("consolidate.skip.notXlsx");
    expect(skipReason("C:\\收件\\~$回执.xlsx")).toBe("consolidate.skip.lockFile");
  });
});
