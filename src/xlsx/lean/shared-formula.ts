import { columnLetter, columnNumber } from "../../core/grid/address";

// A cell reference not glued to a name, a sheet qualifier ("A1!") or a function call ("LOG10(").
const REFERENCE = /"(?:[^"]|"")*"|'(?:[^']|'')*'!|(?<![\w.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(!])/g;
const LAST_COLUMN = 16384;

/**
 * The formula of a shared-formula dependent: the master's formula with its relative references
 * moved by the dependent's offset from the master, as Excel and ExcelJS do. String literals and
 * quoted sheet names are left alone; absolute ($) parts do not move.
 */
export function slideFormula(formula: string, fromRow: number, fromCol: number, toRow: number, toCol: number): string {
  const dr = toRow - fromRow, dc = toCol - fromCol;
  return formula.replace(REFERENCE, (whole: string, colAbs?: string, letters?: string, rowAbs?: string, digits?: string) => {
    if (letters === undefined || digits === undefined) return whole;
    const col = columnNumber(letters);
    if (col > LAST_COLUMN) return whole;
    const newCol = colAbs ? col : col + dc;
    const newRow = rowAbs ? Number(digits) : Number(digits) + dr;
    if (newCol < 1 || newRow < 1) return "#REF!";
    return `${colAbs}${columnLetter(newCol)}${rowAbs}${newRow}`;
  });
}
