import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { buildAttachmentSheets } from "../../../../src/core/report/attachment";
import { cellAddress } from "../../../../src/core/grid/address";
import { newWorkbookBytes } from "../../../../src/xlsx/write-workbook";
import { reportData } from "./report-data";
import { suzhou, suzhouSeedMetrics } from "./seed-metrics";

const specs = buildAttachmentSheets(reportData(suzhou, 2022, suzhouSeedMetrics()));

async function written(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await newWorkbookBytes(specs)) as unknown as ExcelJS.Buffer);
  return wb;
}

describe("buildAttachmentSheets written with newWorkbookBytes (Suzhou, read back with ExcelJS)", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await written();
  });

  it("keeps every sheet, value, formula and cached result", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(specs.map((s) => s.name));
    for (const spec of specs) {
      const ws = wb.getWorksheet(spec.name)!;
      for (const c of spec.cells) {
        const value = ws.getCell(c.row, c.col).value;
        if (c.formula !== undefined) {
          expect([cellAddress(c.row, c.col), (value as ExcelJS.CellFormulaValue).formula]).toEqual([cellAddress(c.row, c.col), c.formula]);
          // ExcelJS 4.4 reads a formula's cached <v>0</v> back as no result; the raw XML test below shows the 0 is written.
          const result = (value as ExcelJS.CellFormulaValue).result ?? (c.result === 0 ? 0 : undefined);
          if (typeof c.result === "number") expect(result).toBeCloseTo(c.result, 12);
          else expect(result).toBe(c.result);
        } else {
          expect([cellAddress(c.row, c.col), value]).toEqual([cellAddress(c.row, c.col), c.value]);
        }
      }
    }
  });

  it("writes a zero rate's cached result (姑苏 “两重点一重大” 0/1 = 0.0%) into the sheet XML", async () => {
    const files = unzipSync(await newWorkbookBytes(specs));
    const xml = strFromU8(files["xl/worksheets/sheet1.xml"]);
    expect(xml).toMatch(/<c r="R12"[^>]*><f>IF\(N\(P12\)=0,&quot;\/&quot;,N\(Q12\)\/N\(P12\)\)<\/f><v>0<\/v><\/c>/);
  });

  it("keeps the merges", () => {
    for (const spec of specs) {
      const ws = wb.getWorksheet(spec.name)!;
      for (const m of spec.merges) {
        const corner = ws.getCell(m.bottom, m.right);
        expect(corner.isMerged || (m.top === m.bottom && m.left === m.right)).toBe(true);
        expect(corner.master.address).toBe(cellAddress(m.top, m.left));
      }
    }
  });

  it("keeps number formats, fonts, borders, widths, freeze and page setup", () => {
    const ws = wb.getWorksheet("附件1")!;
    expect(ws.getCell("E5").numFmt).toBe("0.0%");
    expect(ws.getCell("A2").font).toMatchObject({ name: "黑体", size: 16 });
    expect(ws.getCell("B4").font).toMatchObject({ name: "宋体", bold: true });
    expect(ws.getCell("U15").border.bottom?.style).toBe("thin");
    expect(ws.getColumn(1).width).toBe(specs[0].columnWidths[0]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 4 });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "3:4" });
    expect(ws.headerFooter.oddFooter).toContain("&P");
  });
});
