import type ExcelJS from "exceljs";
import type { CellSpec, SheetSpec } from "../core/spec/spec";
import { areaAddress, cellAddress } from "../core/grid/address";
import { markerName } from "../core/spec/marker";
import { conditionalStyle } from "./apply-style";
import { assignSheetStyles } from "./sheet-styles";
import { xmlSafeText } from "./xml-safe-text";

const PAPER = { A4: 9, A3: 8 } as const;

/** Text from the input may hold characters XML forbids (U+FFFE from "&#xFFFE;"): they are replaced, never written. */
function safe<T>(value: T): T {
  return (typeof value === "string" ? xmlSafeText(value) : value) as T;
}

function cellValue(c: CellSpec): ExcelJS.CellValue {
  if (c.formula !== undefined) {
    const result = c.result === null || c.result === undefined ? undefined : safe(c.result);
    return { formula: safe(c.formula), result } as ExcelJS.CellFormulaValue;
  }
  if (c.link !== undefined) return { text: xmlSafeText(String(c.value ?? "")), hyperlink: safe(c.link) } as ExcelJS.CellHyperlinkValue;
  return safe(c.value ?? null) as ExcelJS.CellValue;
}

function writeTables(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  if (spec.tables.length === 0) return;
  // A findings table may hold a hundred thousand rows: index the cells once instead of searching per cell.
  const byPosition = new Map(spec.cells.map((c) => [`${c.row}:${c.col}`, c]));
  const text = (row: number, col: number) => byPosition.get(`${row}:${col}`);
  for (const table of spec.tables) {
    const columns: ExcelJS.TableColumnProperties[] = [];
    for (let col = table.area.left; col <= table.area.right; col++) {
      // Specs always give header texts; a missing one still needs a unique, language-free name.
      columns.push({ name: xmlSafeText(String(text(table.area.top, col)?.value ?? col)), filterButton: table.autoFilter });
    }
    const rows: ExcelJS.CellValue[][] = [];
    for (let row = table.area.top + 1; row <= table.area.bottom; row++) {
      const r: ExcelJS.CellValue[] = [];
      for (let col = table.area.left; col <= table.area.right; col++) {
        const c = text(row, col);
        r.push(c ? cellValue(c) : null);
      }
      rows.push(r);
    }
    ws.addTable({
      name: table.name,
      ref: cellAddress(table.area.top, table.area.left),
      headerRow: true,
      style: { theme: "TableStyleLight1", showRowStripes: true },
      columns,
      rows,
    });
  }
}

function writeValidations(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  for (const v of spec.validations ?? []) {
    const dv: ExcelJS.DataValidation = {
      type: v.type,
      operator: v.operator,
      formulae: v.formulae,
      allowBlank: v.allowBlank,
      showInputMessage: v.prompt !== undefined,
      promptTitle: v.prompt?.title,
      prompt: v.prompt?.text,
      showErrorMessage: v.error !== undefined,
      errorStyle: "stop",
      errorTitle: v.error?.title,
      error: v.error?.text,
    } as ExcelJS.DataValidation;
    (ws as unknown as { dataValidations: { add(address: string, dv: ExcelJS.DataValidation): void } }).dataValidations.add(areaAddress(v.area), dv);
  }
}

function writeProtection(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  if (!spec.protection) return;
  for (const area of spec.protection.unlocked) {
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) ws.getCell(r, c).protection = { locked: false };
    }
  }
  // Formula cells are locked by default; saying so in their style makes the intent readable in the file.
  for (const c of spec.cells) if (c.formula !== undefined) ws.getCell(c.row, c.col).protection = { locked: true };
  // No password: the user can unprotect deliberately (审阅 › 撤销工作表保护) when the bureau allows it.
  const allowed: Record<string, boolean> = { sheet: true, formatColumns: true, formatRows: true };
  for (const a of spec.protection.allow ?? []) allowed[a] = true;
  (ws as unknown as { sheetProtection: Record<string, boolean> }).sheetProtection = allowed;
}

/** Writes one SheetSpec into an empty ExcelJS worksheet: values first, then layout and formats. */
export function writeSheet(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  writeTables(ws, spec);
  for (const c of spec.cells) ws.getCell(c.row, c.col).value = cellValue(c);
  for (const m of spec.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  assignSheetStyles(ws, spec);
  spec.columnWidths.forEach((w, i) => {
    if (w !== undefined) ws.getColumn(i + 1).width = w;
  });
  for (const col of spec.hiddenColumns ?? []) ws.getColumn(col).hidden = true;
  for (const [row, height] of Object.entries(spec.rowHeights)) ws.getRow(Number(row)).height = height;
  if (spec.freeze) {
    ws.views = [{ state: "frozen", xSplit: spec.freeze.columns, ySplit: spec.freeze.rows, topLeftCell: cellAddress(spec.freeze.rows + 1, spec.freeze.columns + 1) }];
  }
  if (spec.print) {
    const p = spec.print;
    ws.pageSetup = {
      ...ws.pageSetup,
      orientation: p.orientation,
      paperSize: PAPER[p.paperSize] as ExcelJS.PageSetup["paperSize"],
      fitToPage: p.fitToWidth,
      fitToWidth: p.fitToWidth ? 1 : undefined,
      fitToHeight: p.fitToWidth ? 0 : undefined,
      horizontalCentered: p.horizontallyCentered ?? false,
      printTitlesRow: p.titleRows ? `${p.titleRows.first}:${p.titleRows.last}` : undefined,
      margins: p.margins,
    } as ExcelJS.PageSetup;
    if (p.footer) ws.headerFooter = { ...ws.headerFooter, oddFooter: p.footer };
  }
  for (const cf of spec.conditionalFormats) {
    ws.addConditionalFormatting({
      ref: areaAddress(cf.area),
      rules: [{ type: "expression", priority: 1, formulae: [cf.formula], style: conditionalStyle(cf.style) }],
    });
  }
  if (spec.tabColor) ws.properties.tabColor = { argb: `FF${spec.tabColor}` };
  writeValidations(ws, spec);
  writeProtection(ws, spec);
  if (spec.hidden) ws.state = "hidden";
  wb.definedNames.add(`'${ws.name.replace(/'/g, "''")}'!$A$1`, markerName(spec.marker));
}
