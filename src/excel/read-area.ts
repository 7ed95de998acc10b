// Reads one area of a sheet again after a user's edit: the cells and the used range in one sync, so
// a live re-check costs one request however large the sheet.
import type { Area, CellValue } from "../core/grid/grid";
import { excelToDate } from "../xlsx/lean/cell-values";
import { isDateFormat } from "../xlsx/lean/number-formats";
import type { AreaRead } from "../port/workbook-port";

type Raw = string | number | boolean;

/** The area's values (dates as Dates, "" as empty, as readSheetGrid gives them), formats and formulas, with the used area now. */
export async function readAreaCells(ctx: Excel.RequestContext, name: string, area: Area): Promise<AreaRead> {
  const ws = ctx.workbook.worksheets.getItem(name);
  const used = ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
  const range = ws.getRangeByIndexes(area.top - 1, area.left - 1, area.bottom - area.top + 1, area.right - area.left + 1).load("values,numberFormat,formulas");
  await ctx.sync();
  const raw = range.values as Raw[][];
  const formats = range.numberFormat as string[][];
  const texts = range.formulas as Raw[][];
  const values: CellValue[][] = raw.map((row, i) =>
    row.map((v, j) => (v === "" ? null : typeof v === "number" && isDateFormat(formats[i][j]) ? excelToDate(v, false) : v)),
  );
  const numberFormats = formats.map((row) => row.map((f) => (f === "General" ? null : f)));
  const formulas = texts.map((row) => row.map((x) => (typeof x === "string" && x.startsWith("=") ? x.slice(1) : null)));
  const bounds = used.isNullObject ? null : { top: used.rowIndex + 1, left: used.columnIndex + 1, bottom: used.rowIndex + used.rowCount, right: used.columnIndex + used.columnCount };
  return { area, values, numberFormats, formulas, used: bounds };
}
