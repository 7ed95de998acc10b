import ExcelJS from "exceljs";
import type { Grid } from "../../../src/core/grid/grid";
import { readXlsxLean } from "../../../src/xlsx/lean/read-xlsx-lean";
import { nodeCodec } from "../../../src/xlsx/lean/node-codec";
import { readXlsxBytesExcelJs } from "../../../src/xlsx/read-bytes";
import { workbookBytes } from "./fixture-workbooks";

/** Every cell shape a roster or count table can hold, written by ExcelJS. */
async function kitchenSink(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("台账");
  ws.getCell("B2").value = "苏州市工贸企业安全生产标准化台账";
  ws.mergeCells("B2:H2");
  ws.addRow([]);
  ws.getRow(3).values = [undefined, "企业名称", "发证日期", "有效期至", "达标率", "年度", "备注", "两重点一重大"];
  ws.mergeCells("C4:C5");
  const r = ws.getRow(4);
  r.getCell(2).value = { richText: [{ text: "苏州" }, { text: "恒通", font: { bold: true } }, { text: "化工有限公司" }] };
  r.getCell(3).value = new Date(Date.UTC(2022, 7, 19));
  r.getCell(3).numFmt = "yyyy-mm-dd";
  r.getCell(4).value = new Date(Date.UTC(2025, 7, 18, 12, 30));
  r.getCell(4).numFmt = 'yyyy"年"m"月"d"日"';
  r.getCell(5).value = { formula: "76/83", result: 76 / 83 } as ExcelJS.CellFormulaValue;
  r.getCell(5).numFmt = "0.0%";
  r.getCell(6).value = 2025;
  r.getCell(7).value = "a & b <c> \"d\" 'e' — 备注";
  r.getCell(8).value = true;
  ws.getCell("B5").value = "  leading and trailing spaces  ";
  ws.getCell("D5").value = new Date(Date.UTC(2021, 0, 1));
  ws.getCell("E5").value = 0.125;
  ws.getCell("E5").numFmt = "0%";
  ws.getCell("F5").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
  ws.getCell("G5").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  ws.getCell("H5").value = false;
  ws.getCell("B6").value = "行\n换行";
  ws.getCell("C6").value = { formula: 'IF(E4>0.5,"达标","未达标")', result: "达标" } as ExcelJS.CellFormulaValue;
  ws.getCell("D6").value = { formula: "E4>0", result: true } as ExcelJS.CellFormulaValue;
  ws.getCell("E6").value = { formula: "DATE(2024,1,1)", result: new Date(Date.UTC(2024, 0, 1)) } as ExcelJS.CellFormulaValue;
  ws.getCell("E6").numFmt = "yyyy/m/d";
  ws.getCell("F6").value = { formula: "SUM(F1:F2)" } as ExcelJS.CellFormulaValue;
  ws.getCell("G6").value = -1234.5678;
  ws.getCell("G6").numFmt = "#,##0.00";
  ws.getCell("H6").value = 1e-7;
  ws.getCell("I9").value = { text: "链接", hyperlink: "https://example.org" } as ExcelJS.CellHyperlinkValue;
  ws.getCell("B10").value = "";
  ws.getCell("C10").numFmt = "0.00";
  // A shared formula: the master keeps its text, dependents are written as <f t="shared" si="0"/>.
  ws.getCell("B12").value = 1;
  ws.getCell("B13").value = 2;
  ws.getCell("B14").value = 3;
  ws.getCell("C12").value = { formula: "B12*2", result: 2, shareType: "shared", ref: "C12:C14" } as ExcelJS.CellFormulaValue;
  ws.getCell("C13").value = { sharedFormula: "C12", result: 4 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell("C14").value = { sharedFormula: "C12", result: 6 } as ExcelJS.CellSharedFormulaValue;

  const counts = wb.addWorksheet("附件1 统计表");
  counts.mergeCells("A1:D1");
  counts.getCell("A1").value = "附件1";
  counts.addRow(["地区", "底数", "已达标", "达标率"]);
  counts.addRow(["张家港市", 120, 96, { formula: "C3/B3", result: 0.8 }]);
  counts.addRow(["常熟市", 0, 0, "/"]);
  counts.addRow(["合计", { formula: "SUM(B3:B4)", result: 120 }, { formula: "SUM(C3:C4)", result: 96 }, { formula: "C5/B5", result: 0.8 }]);
  counts.getColumn(4).numFmt = "0.00%";

  wb.addWorksheet("说明", { state: "hidden" }).getCell("A1").value = "内部说明";
  wb.addWorksheet("很隐藏", { state: "veryHidden" }).getCell("C3").value = 3;
  wb.addWorksheet("空表");
  return wb;
}

/** ExcelJS's own translation of a shared formula for a dependent cell (its Grid path gives the master's address). */
function excelJsDependentFormula(wb: ExcelJS.Workbook, sheet: string, address: string): string {
  return (wb.getWorksheet(sheet)!.getCell(address) as unknown as { formula: string }).formula;
}

describe("readXlsxLean (differential against the ExcelJS path)", () => {
  let bytes: Uint8Array;
  let expected: Grid[];
  let reloaded: ExcelJS.Workbook;

  beforeAll(async () => {
    bytes = await workbookBytes(await kitchenSink());
    expected = await readXlsxBytesExcelJs(bytes, "sink.xlsx");
    reloaded = new ExcelJS.Workbook();
    await reloaded.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    // The ExcelJS Grid path reports a dependent's formula as the master's address ("C12"); the
    // lean reader gives the formula moved to the dependent, which is what ExcelJS's cell.formula says.
    const roster = expected[0];
    for (const address of ["C13", "C14"]) {
      const row = Number(address.slice(1)) - roster.origin.row;
      roster.formulas![row][3 - roster.origin.col] = excelJsDependentFormula(reloaded, "台账", address);
    }
  });

  it("gives deep-equal Grids with default settings", () => {
    expect(readXlsxLean(bytes, "sink.xlsx")).toEqual(expected);
  });

  it("gives deep-equal Grids when every part is cut into 7-byte and 61-byte chunks", () => {
    expect(readXlsxLean(bytes, "sink.xlsx", { chunkBytes: 7 })).toEqual(expected);
    expect(readXlsxLean(bytes, "sink.xlsx", { chunkBytes: 61 })).toEqual(expected);
  });

  it("gives deep-equal Grids with Node's native streaming inflate, in 64 KiB and in 5-byte steps", () => {
    expect(readXlsxLean(bytes, "sink.xlsx", { codec: nodeCodec })).toEqual(expected);
    expect(readXlsxLean(bytes, "sink.xlsx", { codec: nodeCodec, chunkBytes: 5 })).toEqual(expected);
  });

  it("keeps sheet order, names and hidden state", () => {
    const grids = readXlsxLean(bytes, "sink.xlsx");
    expect(grids.map((g) => [g.name, g.hidden])).toEqual([
      ["台账", false], ["附件1 统计表", false], ["说明", true], ["很隐藏", true], ["空表", false],
    ]);
  });

  it("reads the cells a roster relies on as the expected JavaScript values", () => {
    const [roster] = readXlsxLean(bytes, "sink.xlsx");
    const at = (a: string): unknown => {
      const m = /^([A-Z]+)(\d+)$/.exec(a)!;
      return roster.values[Number(m[2]) - roster.origin.row][m[1].charCodeAt(0) - 64 - roster.origin.col];
    };
    expect(at("B4")).toBe("苏州恒通化工有限公司");
    expect(at("C4")).toEqual(new Date(Date.UTC(2022, 7, 19)));
    expect(at("D4")).toEqual(new Date(Date.UTC(2025, 7, 18, 12, 30)));
    expect(at("E4")).toBeCloseTo(76 / 83, 12);
    expect(at("G4")).toBe("a & b <c> \"d\" 'e' — 备注");
    expect(at("C5")).toBeNull();
    expect(at("F5")).toBe("#DIV/0!");
    expect(at("G5")).toBe("#N/A");
    expect(at("B6")).toBe("行\n换行");
    expect(at("C14")).toBe(6);
    expect(roster.formulas![14 - roster.origin.row][3 - roster.origin.col]).toBe("B14*2");
    expect(roster.numberFormats![4 - roster.origin.row][4 - roster.origin.col]).toBe('yyyy"年"m"月"d"日"');
  });

  it("leaves an empty sheet with no rows and its merges list", () => {
    const empty = readXlsxLean(bytes, "sink.xlsx")[4];
    expect(empty).toEqual({ name: "空表", origin: { row: 1, col: 1 }, values: [], merges: [], numberFormats: [], formulas: [], hidden: false });
  });
});
