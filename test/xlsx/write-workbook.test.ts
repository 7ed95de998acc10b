import ExcelJS from "exceljs";
import { emptySheetSpec, type SheetSpec } from "../../src/core/spec/spec";
import { markerName } from "../../src/core/spec/marker";
import { addGeneratedSheets, existingSheets, newWorkbookBytes } from "../../src/xlsx/write-workbook";

function attachmentSpec(): SheetSpec {
  const spec = emptySheetSpec("附件1", { generator: "anbiao", kind: "attachment", profile: "suzhou-2022", key: "attachment-1" });
  spec.cells.push(
    { row: 1, col: 1, value: "附件1" },
    { row: 2, col: 1, value: "全市工业企业二级标准化“6个全覆盖”达标情况" },
    { row: 3, col: 1, value: "地区" },
    { row: 4, col: 1, value: "常熟" },
    { row: 4, col: 2, value: 83 },
    { row: 4, col: 3, value: 76 },
    { row: 4, col: 4, formula: 'IF(B4=0,"/",C4/B4)', result: 76 / 83 },
    { row: 5, col: 1, value: "回到台账", link: "#'企业台账'!A1" },
  );
  spec.merges.push({ top: 2, left: 1, bottom: 2, right: 4 });
  spec.styles.push(
    { area: { top: 2, left: 1, bottom: 2, right: 4 }, style: { fontName: "黑体", fontSize: 16, bold: true, horizontal: "center" } },
    { area: { top: 3, left: 1, bottom: 4, right: 4 }, style: { fontName: "宋体", border: "thin", wrap: true } },
    { area: { top: 4, left: 4, bottom: 4, right: 4 }, style: { numberFormat: "0.0%", fill: "FFF2CC" } },
  );
  spec.columnWidths = [10, 8, 8, 9];
  spec.rowHeights = { 2: 30 };
  spec.freeze = { rows: 3, columns: 1 };
  spec.print = {
    orientation: "landscape", paperSize: "A4", fitToWidth: true, titleRows: { first: 3, last: 3 },
    footer: "&C第 &P 页，共 &N 页", horizontallyCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  spec.conditionalFormats.push({ area: { top: 4, left: 4, bottom: 4, right: 4 }, formula: "D4<0.8", style: { fontColor: "C00000" } });
  spec.tabColor = "1F4E79";
  return spec;
}

async function reload(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

describe("newWorkbookBytes", () => {
  it("writes values, formulas with cached results, merges and links", async () => {
    const ws = (await reload(await newWorkbookBytes([attachmentSpec()]))).getWorksheet("附件1")!;
    expect(ws.getCell("A2").value).toBe("全市工业企业二级标准化“6个全覆盖”达标情况");
    const rate = ws.getCell("D4").value as ExcelJS.CellFormulaValue;
    expect(rate.formula).toBe('IF(B4=0,"/",C4/B4)');
    expect(rate.result).toBeCloseTo(76 / 83, 10);
    expect(ws.getCell("B2").isMerged).toBe(true);
    expect(ws.getCell("B2").master.address).toBe("A2");
    expect((ws.getCell("A5").value as ExcelJS.CellHyperlinkValue).hyperlink).toBe("#'企业台账'!A1");
  });

  it("writes fonts, borders, fills, alignment and number formats per range", async () => {
    const ws = (await reload(await newWorkbookBytes([attachmentSpec()]))).getWorksheet("附件1")!;
    expect(ws.getCell("C2").font).toMatchObject({ name: "黑体", size: 16, bold: true });
    expect(ws.getCell("B3").border.top?.style).toBe("thin");
    expect(ws.getCell("B3").alignment.wrapText).toBe(true);
    expect(ws.getCell("D4").numFmt).toBe("0.0%");
    expect((ws.getCell("D4").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFF2CC");
  });

  it("writes column widths, row heights, frozen panes, print setup and footer", async () => {
    const ws = (await reload(await newWorkbookBytes([attachmentSpec()]))).getWorksheet("附件1")!;
    expect(ws.getColumn(1).width).toBe(10);
    expect(ws.getRow(2).height).toBe(30);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3 });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "3:3" });
    expect(ws.headerFooter.oddFooter).toBe("&C第 &P 页，共 &N 页");
  });

  it("marks the sheet with a defined name that points at it", async () => {
    const spec = attachmentSpec();
    const wb = await reload(await newWorkbookBytes([spec]));
    expect(existingSheets(wb)).toEqual([{ name: "附件1", marker: markerName(spec.marker) }]);
  });

  it("writes a findings table with its header and autofilter", async () => {
    const spec = emptySheetSpec("校验结果", { generator: "anbiao", kind: "findings", key: "findings" });
    spec.cells.push({ row: 1, col: 1, value: "规则" }, { row: 1, col: 2, value: "级别" }, { row: 2, col: 1, value: "rate/mismatch" }, { row: 2, col: 2, value: "错误" });
    spec.tables.push({ name: "anbiao_findings", area: { top: 1, left: 1, bottom: 2, right: 2 }, autoFilter: true });
    const ws = (await reload(await newWorkbookBytes([spec]))).getWorksheet("校验结果")!;
    const table = ws.getTable("anbiao_findings") as unknown as { table: { tableRef: string; autoFilterRef: string; columns: { name: string }[] } };
    expect(table.table.tableRef).toBe("A1:B2");
    expect(table.table.autoFilterRef).toBe("A1:B2");
    expect(table.table.columns.map((c) => c.name)).toEqual(["规则", "级别"]);
    expect(ws.getCell("A2").value).toBe("rate/mismatch");
  });
});

describe("addGeneratedSheets", () => {
  it("replaces its own earlier sheet and leaves a user's same-named sheet alone", async () => {
    const first = await reload(await newWorkbookBytes([attachmentSpec()]));
    const user = first.addWorksheet("compliance");
    user.getCell("A1").value = "用户自己的表";
    const second = emptySheetSpec("compliance", { generator: "anbiao", kind: "compliance", profile: "suzhou-2022", key: "compliance" });
    const names = addGeneratedSheets(first, [attachmentSpec(), second]);
    const wb = await reload(new Uint8Array(await first.xlsx.writeBuffer()));
    expect(names).toEqual(["附件1", "compliance(2)"]);
    expect(wb.worksheets.map((w) => w.name).sort()).toEqual(["compliance", "compliance(2)", "附件1"].sort());
    expect(wb.getWorksheet("compliance")!.getCell("A1").value).toBe("用户自己的表");
  });
});
