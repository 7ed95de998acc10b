import { columnLetter } from "../grid/address";
import type { CellValue, Grid } from "../grid/grid";
import { UserError } from "../errors";
import { labelKey } from "../normalize/text";
import { blankRecord } from "./blank-record";
import { bodyMergePatches, patchedRow } from "./body-merges";
import { classifyRow, type RowLayout } from "./classify-row";
import { columnReader, type CellReader } from "./column-readers";
import { detectRosterTable, isRosterTable } from "./detect-table";
import type { RosterRecord } from "./record";
import type { ReadRosterOptions, RosterMessage, RosterReadResult, RosterTable, SkippedRow, SubtotalRow } from "./types";

/** Where the columns deciding a row's kind sit in the grid's rows. */
export function layoutOf(grid: Grid, table: RosterTable): RowLayout {
  const { fields, columns } = table.mapping;
  const at = (col: number | undefined) => (col === undefined ? -1 : col - grid.origin.col);
  const name = fields.name;
  return {
    name: at(name?.col),
    uscc: at(fields.uscc?.col),
    district: at(fields.district?.col),
    index: at(columns.find((c) => c.role === "index")?.col),
    nameHeaderKey: labelKey(name?.path[name.path.length - 1] ?? ""),
  };
}

function duplicateProblems(table: RosterTable): RosterMessage[] {
  return table.mapping.duplicates.map((d) => ({
    key: "roster.problem.duplicateField",
    params: { sheet: table.sheet, row: table.headerRows[0], column: d.column.column, header: d.column.header, field: d.field, takenBy: d.takenBy },
  }));
}

function subtotalValues(row: readonly CellValue[], letters: readonly string[]): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  row.forEach((v, c) => {
    if (v !== null && !(typeof v === "string" && v.trim() === "")) out[letters[c]] = v;
  });
  return out;
}

/** Reads one enterprise row into a record through the table's column readers (district not yet filled down). */
export function recordReader(grid: Grid, table: RosterTable, options: ReadRosterOptions): (row: readonly CellValue[], sheetRow: number) => RosterRecord {
  // Parallel arrays walked by index: the row loop runs readers × rows times (1.8M on a 100k-row
  // roster), and a destructured for-of there allocated until it was optimized.
  const readers: CellReader[] = [];
  const readerColumns: number[] = [];
  const columnsOf: Record<string, string> = {};
  for (const c of table.mapping.columns) {
    const reader = columnReader(c, options.extraFields ?? []);
    if (reader) {
      readers.push(reader);
      readerColumns.push(c.col - grid.origin.col);
    }
    if (c.field !== null) columnsOf[c.field] = c.column;
  }
  Object.freeze(columnsOf);
  const hasFlags = table.mapping.columns.some((c) => c.role === "flag");
  const hasExtras = table.mapping.columns.some((c) => c.role === "extra");
  return (row, sheetRow) => {
    const rec = blankRecord(grid.name, sheetRow, columnsOf, hasFlags, hasExtras);
    for (let k = 0; k < readers.length; k++) readers[k](row[readerColumns[k]] ?? null, rec);
    return rec;
  };
}

/**
 * Reads a detected roster table into records: one per enterprise row, with district filled down
 * over merged or blank-below cells; 小计/合计 rows kept apart; blank, note and nameless rows
 * skipped with their reason. Structural problems name the sheet and row.
 */
export function readRosterTable(grid: Grid, table: RosterTable, options: ReadRosterOptions = {}): RosterReadResult {
  const layout = layoutOf(grid, table);
  const width = grid.values[0]?.length ?? 0;
  const letters = Array.from({ length: width }, (_, c) => columnLetter(grid.origin.col + c));
  const readRecord = recordReader(grid, table, options);
  const firstBody = table.headerRows[1] - grid.origin.row + 1;
  const lastBody = table.bodyRows ? table.bodyRows[1] - grid.origin.row : -1;
  const merged = bodyMergePatches(grid, firstBody, [layout.name, layout.uscc].filter((c) => c >= 0));
  const problems: RosterMessage[] = [...duplicateProblems(table), ...merged.problems];
  const records: RosterRecord[] = [];
  const subtotals: SubtotalRow[] = [];
  const skipped: SkippedRow[] = [];
  const fixed = layout.district < 0 ? (options.sheetDistrict?.(grid.name, table.preamble) ?? null) : null;
  let district: string | null = fixed?.value ?? null;
  let inNotes = false;
  let firstData = -1, lastData = -1;
  for (let r = firstBody; r <= lastBody; r++) {
    const row = patchedRow(grid.values[r], merged.patches, r);
    const sheetRow = grid.origin.row + r;
    const kind = classifyRow(row, layout, inNotes);
    if (kind.kind === "record") {
      if (inNotes) problems.push({ key: "roster.problem.rowAfterNotes", params: { sheet: grid.name, row: sheetRow } });
      inNotes = false;
      const rec = readRecord(row, sheetRow);
      if (layout.district >= 0) {
        if (rec.district === null) rec.district = district;
        else district = rec.district;
      } else if (fixed) rec.district = fixed.value;
      records.push(rec);
    } else if (kind.kind === "subtotal" || kind.kind === "total") {
      const own = layout.district >= 0 && layout.district !== kind.labelColumn ? row[layout.district] : null;
      const named = kind.prefix !== "" ? kind.prefix : typeof own === "string" && own.trim() !== "" ? own.trim() : kind.kind === "subtotal" ? district : null;
      subtotals.push({ row: sheetRow, label: kind.label, kind: kind.kind, ...(named ? { district: named } : {}), values: subtotalValues(row, letters) });
      // A subtotal closes its district: a blank district below it is not the one above.
      district = fixed?.value ?? null;
    } else {
      if (kind.kind === "note") inNotes = true;
      if (kind.kind === "section") district = kind.district;
      skipped.push({ row: sheetRow, reason: `roster.skip.${kind.kind}` });
      continue;
    }
    if (firstData < 0) firstData = sheetRow;
    lastData = sheetRow;
  }
  if (records.length === 0) problems.push({ key: "roster.problem.noRecords", params: { sheet: grid.name, row: table.headerRows[1] } });
  const dataRows: [number, number] | null = firstData < 0 ? null : [firstData, lastData];
  return { sheet: grid.name, table: { ...table, dataRows }, mapping: table.mapping, records, subtotals, skipped, ...(fixed ? { sheetDistrict: fixed } : {}), problems };
}

/** Reads one sheet as a roster; a sheet that is not one is a UserError naming the sheet and why. */
export function readRoster(grid: Grid, options: ReadRosterOptions = {}): RosterReadResult {
  const table = detectRosterTable(grid, options);
  if (!isRosterTable(table)) throw new UserError(table.reason, table.params);
  return readRosterTable(grid, table, options);
}
