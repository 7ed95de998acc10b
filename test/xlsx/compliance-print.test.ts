import ExcelJS from "exceljs";
import type { SheetSpec } from "../../src/core/spec/spec";
import { intoCopyBytes } from "../../src/xlsx/package";
import { newWorkbookBytes } from "../../src/xlsx/write-workbook";
import { changshuSummarySpecs, LONG_CATEGORY } from "../core/report/fixtures/changshu-summary";
import { changshuRosterBytes } from "../core/metrics/fixtures/changshu-roster";
import { entryText, zipEntries } from "./package/fixtures/package-diff";

let specs: SheetSpec[];
let fresh: Uint8Array;
let copy: Uint8Array;

beforeAll(async () => {
  specs = (await changshuSummarySpecs()).filter((s) => s.marker.kind === "compliance");
  fresh = await newWorkbookBytes(specs);
  copy = await intoCopyBytes(await changshuRosterBytes(), "roster.xlsx", specs);
});

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** The print-title names in workbook.xml as [sheet name, range]: each must point at its own sheet. */
function printTitles(bytes: Uint8Array): [string, string][] {
  const xml = entryText(zipEntries(bytes), "xl/workbook.xml");
  const sheets = [...xml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
  return [...xml.matchAll(/<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">([^<]+)</g)].map((m) => [sheets[Number(m[1])], m[2].replace(/&apos;/g, "'")]);
}

describe.each([["a new workbook (ExcelJS)", () => fresh], ["a lossless copy of the roster (package level)", () => copy]])("the compliance and indicator sheets written into %s", (_, bytes) => {
  it("repeat each sheet's own header row (row 3) on every printed page", async () => {
    expect(printTitles(bytes())).toEqual([["目标完成情况", "'目标完成情况'!$3:$3"], ["专项指标完成情况", "'专项指标完成情况'!$3:$3"]]);
    const wb = await load(bytes());
    for (const name of ["目标完成情况", "专项指标完成情况"]) {
      expect(wb.getWorksheet(name)!.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "3:3" });
      expect(wb.getWorksheet(name)!.getCell("A3").value).toBe("地区");
    }
    expect(wb.getWorksheet("专项指标完成情况")!.getCell("B3").value).toBe("专项指标");
  });

  it("wrap the long category name in column B and give its rows the height of two lines", async () => {
    const ws = (await load(bytes())).getWorksheet("目标完成情况")!;
    const rows: number[] = [];
    ws.eachRow((row, r) => { if (row.getCell(2).value === LONG_CATEGORY) rows.push(r); });
    expect(rows).toHaveLength(3);
    for (const r of rows) {
      expect(ws.getCell(r, 2).alignment?.wrapText).toBe(true);
      expect(ws.getRow(r).height).toBe(35.75);
    }
    expect(ws.getColumn(2).width).toBe(40);
  });
});
