import type { Finding, Severity } from "../../finding/finding";
import type { MessageParams } from "../../i18n/lang";
import { percentText } from "../../tables/rate-compare";
import type { ColumnGroup, RecognizedTable, TableCell, TableRow } from "../../tables/types";

/** A finding about one cell of a count table, its message parameters led by sheet, cell, row label and group. */
export function cellFinding(
  rule: string,
  severity: Severity,
  table: RecognizedTable,
  row: TableRow,
  group: ColumnGroup,
  cell: TableCell,
  params: MessageParams = {},
  expected?: unknown,
  actual?: unknown,
): Finding {
  return {
    rule,
    severity,
    sheet: table.sheet,
    row: cell.row,
    column: cell.column,
    cell: cell.address,
    params: { sheet: table.sheet, cell: cell.address, label: row.label, group: group.name, ...params },
    expected,
    actual,
  };
}

/** The header text of a cell's column (the leaf), for messages. */
export function headerOf(group: ColumnGroup, cell: TableCell): string {
  const column = Object.values(group.columns).find((c) => c?.col === cell.col);
  return column?.path[column.path.length - 1] ?? cell.column;
}

/** A cell's content as a message shows it. */
export function shown(cell: TableCell): string {
  const r = cell.reading;
  if (r.kind === "blank") return "";
  if (r.kind === "number") return r.percent ? percentText(r.value, r.decimals) : String(r.value);
  return r.text;
}
