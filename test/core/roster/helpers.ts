import type { Grid } from "../../../src/core/grid/grid";
import type { ColumnMapping, RosterReadResult } from "../../../src/core/roster";
import { readXlsxFile } from "../../../src/xlsx/read-file";
import { valuesOnlyGrid, writeFixtureWorkbook, type SheetFixture } from "./fixtures/sheet-fixture";

/** A compact view of a mapping: column letters → field id, "flag:<key>", "index", or null. */
export function mappingView(mapping: ColumnMapping): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const c of mapping.columns) {
    out[c.column] = c.role === "flag" ? `flag:${c.flagKey}` : c.role === "index" ? "index" : c.field;
  }
  return out;
}

/** The records of a result as [row, name, district] triples. */
export function rowsNamesDistricts(result: RosterReadResult): [number, string | null, string | null][] {
  return result.records.map((r) => [r.row, r.name, r.district]);
}

/** The sheet's Grid as the file adapter reads it back from an ExcelJS-written .xlsx (merges known). */
export async function gridFromXlsx(sheet: SheetFixture): Promise<Grid> {
  const path = await writeFixtureWorkbook(`${sheet.name}.xlsx`, [sheet]);
  const [grid] = await readXlsxFile(path);
  return grid;
}

/** Both ways a sheet reaches core: through an .xlsx file (merges known) and as values alone. */
export async function bothSources(sheet: SheetFixture): Promise<[string, Grid][]> {
  return [
    ["xlsx", await gridFromXlsx(sheet)],
    ["values only", valuesOnlyGrid(sheet)],
  ];
}
