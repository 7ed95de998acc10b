import ExcelJS from "exceljs";
import { cellAddress } from "../../../../src/core/grid/address";
import { buildAttachmentSheets } from "../../../../src/core/report/attachment";
import type { SheetSpec } from "../../../../src/core/spec/spec";
import { newWorkbookBytes } from "../../../../src/xlsx/write-workbook";
import { recalculateWithLibreOffice } from "./libreoffice";
import { reportData } from "./report-data";
import { suzhou, suzhouSeedMetrics } from "./seed-metrics";

/** A cached result no formula of the sheets can give: if it survives, LibreOffice did not recalculate. */
const WRONG = -999;

function withWrongResults(specs: readonly SheetSpec[]): SheetSpec[] {
  return specs.map((s) => ({ ...s, cells: s.cells.map((c) => (c.formula !== undefined ? { ...c, result: WRONG } : c)) }));
}

/** A formula cell's value as ExcelJS reads it; ExcelJS 4.4 reads a cached <v>0</v> back as no result. */
function resultOf(value: ExcelJS.CellValue): unknown {
  if (value !== null && typeof value === "object" && "formula" in value) return value.result ?? 0;
  return value;
}

describe("attachment formulas recomputed by LibreOffice (independent spreadsheet)", () => {
  const specs = buildAttachmentSheets(reportData(suzhou, 2022, suzhouSeedMetrics()));
  const formulas = specs.flatMap((s) => s.cells.filter((c) => c.formula !== undefined).map((c) => ({ sheet: s.name, cell: c })));
  let recalculated: ExcelJS.Workbook;
  let sabotaged: ExcelJS.Workbook;

  beforeAll(async () => {
    const bytes = await newWorkbookBytes(withWrongResults(specs));
    sabotaged = new ExcelJS.Workbook();
    await sabotaged.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    recalculated = new ExcelJS.Workbook();
    await recalculated.xlsx.load(recalculateWithLibreOffice(bytes) as unknown as ExcelJS.Buffer);
  }, 180_000);

  it("starts from a workbook whose cached results are all wrong", () => {
    expect(formulas.length).toBeGreaterThan(100);
    for (const { sheet, cell } of formulas) expect(resultOf(sabotaged.getWorksheet(sheet)!.getCell(cell.row, cell.col).value)).toBe(WRONG);
  });

  it("gets the engine's figure from every formula, \"/\" for zero bases", () => {
    const mismatches: string[] = [];
    for (const { sheet, cell } of formulas) {
      const got = resultOf(recalculated.getWorksheet(sheet)!.getCell(cell.row, cell.col).value);
      const same = typeof cell.result === "number" ? typeof got === "number" && Math.abs(got - cell.result) < 1e-12 : got === cell.result;
      if (!same) mismatches.push(`${sheet}!${cellAddress(cell.row, cell.col)}: LibreOffice ${String(got)}, engine ${String(cell.result)}`);
    }
    expect(mismatches).toEqual([]);
  });
});
