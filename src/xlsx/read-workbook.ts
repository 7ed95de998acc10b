import ExcelJS from "exceljs";
import type { Area, CellValue, Grid } from "../core/grid/grid";
import { parseAreaAddress } from "../core/grid/address";
import { readCellValue } from "./cell-value";

function sheetMerges(ws: ExcelJS.Worksheet): Area[] {
  // ExcelJS keeps merges in a private map keyed by master address; model.merges lists "A1:C1".
  const list = (ws.model as unknown as { merges?: string[] }).merges ?? [];
  return list.map((a) => parseAreaAddress(a)).filter((a): a is Area => a !== null);
}

/** Converts one ExcelJS worksheet into a Grid over its used range (values, merges, formats, formulas). */
export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const merges = sheetMerges(ws);
  let top = Infinity, left = Infinity, bottom = 0, right = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.value === null || cell.value === undefined) return;
      top = Math.min(top, r); bottom = Math.max(bottom, r);
      left = Math.min(left, c); right = Math.max(right, c);
    });
  });
  for (const m of merges) {
    top = Math.min(top, m.top); left = Math.min(left, m.left);
    bottom = Math.max(bottom, m.bottom); right = Math.max(right, m.right);
  }
  const hidden = ws.state === "hidden" || ws.state === "veryHidden";
  if (bottom === 0) return { name: ws.name, origin: { row: 1, col: 1 }, values: [], merges, numberFormats: [], formulas: [], hidden };
  const width = right - left + 1;
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = top; r <= bottom; r++) {
    const vrow: CellValue[] = new Array(width).fill(null);
    const frow: (string | null)[] = new Array(width).fill(null);
    const xrow: (string | null)[] = new Array(width).fill(null);
    const row = ws.getRow(r);
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (c < left || c > right) return;
      // A merged slave cell repeats its master's value in ExcelJS; a Grid keeps it only in the master.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const read = readCellValue(cell.value);
      vrow[c - left] = read.value;
      xrow[c - left] = read.formula;
      frow[c - left] = cell.numFmt ?? null;
    });
    values.push(vrow);
    numberFormats.push(frow);
    formulas.push(xrow);
  }
  return { name: ws.name, origin: { row: top, col: left }, values, merges, numberFormats, formulas, hidden };
}

/** Reads every worksheet of a loaded ExcelJS workbook into Grids, in tab order. */
export function workbookToGrids(wb: ExcelJS.Workbook): Grid[] {
  return wb.worksheets.map(worksheetToGrid);
}
