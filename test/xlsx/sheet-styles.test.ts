import ExcelJS from "exceljs";
import { emptySheetSpec, type SheetSpec } from "../../src/core/spec/spec";
import { addGeneratedSheets, newWorkbookBytes } from "../../src/xlsx/write-workbook";

async function reload(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb.worksheets[0];
}

/** Overlapping layers and a merge: B2:C2 merged; A1:C3 bordered 宋体; row 2 bold; C3 filled; A3 a date. */
function layered(): SheetSpec {
  const spec = emptySheetSpec("样式", { generator: "anbiao", kind: "findings", key: "styles" });
  spec.cells.push({ row: 1, col: 1, value: "甲" }, { row: 2, col: 2, value: "合并" }, { row: 3, col: 3, value: 5 }, { row: 3, col: 1, value: new Date(Date.UTC(2023, 11, 31)) });
  spec.merges.push({ top: 2, left: 2, bottom: 2, right: 3 });
  spec.styles.push(
    { area: { top: 1, left: 1, bottom: 3, right: 3 }, style: { fontName: "宋体", border: "thin", horizontal: "center" } },
    { area: { top: 2, left: 1, bottom: 2, right: 2 }, style: { bold: true } },
    { area: { top: 3, left: 3, bottom: 3, right: 3 }, style: { fill: "FFF2CC", horizontal: "left", numberFormat: "0.0%" } },
  );
  return spec;
}

describe("generated sheet styles", () => {
  it("layer in order, later entries winning field by field", async () => {
    const ws = await reload(await newWorkbookBytes([layered()]));
    expect(ws.getCell("A1").font).toMatchObject({ name: "宋体" });
    expect(ws.getCell("A1").font.bold).toBeFalsy();
    expect(ws.getCell("A1").border.top).toMatchObject({ style: "thin" });
    expect(ws.getCell("A2").font).toMatchObject({ name: "宋体", bold: true });
    expect(ws.getCell("C3").alignment).toMatchObject({ horizontal: "left" });
    expect(ws.getCell("C3").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } });
    expect(ws.getCell("C3").numFmt).toBe("0.0%");
    expect(ws.getCell("B3").alignment).toMatchObject({ horizontal: "center" });
    expect(ws.getCell("B3").fill).not.toMatchObject({ pattern: "solid" });
  });

  it("style a merged area as one cell: the bold given to B2 reaches C2, the merge's other cell", async () => {
    const ws = await reload(await newWorkbookBytes([layered()]));
    expect(ws.getCell("B2").font).toMatchObject({ name: "宋体", bold: true });
    expect(ws.getCell("C2").font).toMatchObject({ name: "宋体", bold: true });
  });

  it("keep a date cell a date when it shares its layers with text cells", async () => {
    const ws = await reload(await newWorkbookBytes([layered()]));
    expect(ws.getCell("A3").value).toEqual(new Date(Date.UTC(2023, 11, 31)));
    expect(ws.getCell("A3").numFmt).toMatch(/[dy]/);
    expect(ws.getCell("A1").numFmt).toBeUndefined();
  });

  it("build each distinct style once: 5,000 bordered rows under a bold header share two style objects", () => {
    const spec = emptySheetSpec("大表", { generator: "anbiao", kind: "findings", key: "big" });
    for (let r = 1; r <= 5_000; r++) for (let c = 1; c <= 4; c++) spec.cells.push({ row: r, col: c, value: r === 1 ? `列${c}` : `${r}-${c}` });
    spec.styles.push(
      { area: { top: 1, left: 1, bottom: 5_000, right: 4 }, style: { border: "thin" } },
      { area: { top: 1, left: 1, bottom: 1, right: 4 }, style: { bold: true } },
    );
    const wb = new ExcelJS.Workbook();
    addGeneratedSheets(wb, [spec]);
    const ws = wb.worksheets[0];
    const distinct = new Set<unknown>();
    ws.eachRow((row) => row.eachCell((cell) => distinct.add(cell.style)));
    expect(distinct.size).toBe(2);
    expect(ws.getCell("A1").font).toMatchObject({ bold: true });
    expect(ws.getCell("D5000").border.bottom).toMatchObject({ style: "thin" });
    expect(ws.getCell("D5000").font).toBeUndefined();
  });
});
