import ExcelJS from "exceljs";
import { readXlsxBytes } from "../../src/xlsx/read-bytes";
import { UserError } from "../../src/core/errors";

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function rosterFixture(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("台账");
  ws.getCell("B2").value = "苏州市标准化台账";
  ws.mergeCells("B2:E2");
  ws.getCell("B3").value = "企业名称";
  ws.getCell("C3").value = "发证日期";
  ws.getCell("D3").value = "达标率";
  ws.getCell("E3").value = "备注";
  ws.getCell("B4").value = { richText: [{ text: "苏州" }, { text: "恒通", font: { bold: true } }] };
  ws.getCell("C4").value = new Date(Date.UTC(2022, 7, 19));
  ws.getCell("C4").numFmt = "yyyy-mm-dd";
  ws.getCell("D4").value = { formula: "76/83", result: 0.9157 } as ExcelJS.CellFormulaValue;
  ws.getCell("D4").numFmt = "0.0%";
  ws.getCell("E4").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
  ws.getCell("B5").value = true;
  const hidden = wb.addWorksheet("说明", { state: "hidden" });
  hidden.getCell("A1").value = 42;
  wb.addWorksheet("空表");
  return bytesOf(wb);
}

describe("readXlsxBytes", () => {
  it("reads each sheet's used range, origin, values and tab order", async () => {
    const [roster, notes, empty] = await readXlsxBytes(await rosterFixture(), "fixture.xlsx");
    expect(roster.name).toBe("台账");
    expect(roster.origin).toEqual({ row: 2, col: 2 });
    expect(roster.values).toHaveLength(4);
    expect(roster.values[0]).toEqual(["苏州市标准化台账", null, null, null]);
    expect(roster.values[1]).toEqual(["企业名称", "发证日期", "达标率", "备注"]);
    expect(roster.values[3]).toEqual([true, null, null, null]);
    expect(notes.name).toBe("说明");
    expect(notes.hidden).toBe(true);
    expect(notes.values).toEqual([[42]]);
    expect(empty.values).toEqual([]);
  });

  it("keeps a merged value only in the master cell and reports the merge", async () => {
    const [roster] = await readXlsxBytes(await rosterFixture(), "fixture.xlsx");
    expect(roster.merges).toEqual([{ top: 2, left: 2, bottom: 2, right: 5 }]);
    expect(roster.values[0].slice(1)).toEqual([null, null, null]);
  });

  it("flattens rich text, gives formulas' cached results and error text, keeps dates as Dates", async () => {
    const [roster] = await readXlsxBytes(await rosterFixture(), "fixture.xlsx");
    const row = roster.values[2];
    expect(row[0]).toBe("苏州恒通");
    expect(row[1]).toEqual(new Date(Date.UTC(2022, 7, 19)));
    expect(row[2]).toBeCloseTo(0.9157, 6);
    expect(row[3]).toBe("#DIV/0!");
    expect(roster.formulas?.[2][2]).toBe("76/83");
    expect(roster.numberFormats?.[2][2]).toBe("0.0%");
  });

  it("rejects bytes that are not a zip with input.notXlsx", async () => {
    const err = await readXlsxBytes(new TextEncoder().encode("序号,企业名称\n1,甲"), "roster.csv").catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.key).toBe("input.notXlsx");
    expect(err.params.file).toBe("roster.csv");
  });

  it("rejects an encrypted (compound file) workbook with input.encrypted", async () => {
    const cfb = new Uint8Array(512);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const err = await readXlsxBytes(cfb, "locked.xlsx").catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.key).toBe("input.encrypted");
  });

  it("rejects a truncated package as corrupt or not a workbook, never crashing", async () => {
    const whole = await rosterFixture();
    const err = await readXlsxBytes(whole.slice(0, Math.floor(whole.length / 2)), "cut.xlsx").catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(["input.corrupt", "input.notXlsx"]).toContain(err.key);
  });
});
