import type { Grid } from "../grid/grid";
import { columnLetter } from "../grid/address";
import { districtUnits } from "../profile/districts";
import type { Profile } from "../profile/schema";
import { headerPaths } from "../roster/header-paths";
import { buildGroups } from "./build-groups";
import { findHeaderBand } from "./find-header-band";
import { findLabelColumn } from "./find-label-column";
import { mapColumns } from "./map-columns";
import { readRows } from "./read-rows";
import type { NotATable, RecognizedTable, TableRow } from "./types";

function notTable(sheet: string, reason: string, params: Record<string, string | number> = {}): NotATable {
  return { notTable: true, sheet, reason, params: { sheet, ...params } };
}

function duplicates(rows: readonly TableRow[]): RecognizedTable["duplicateRows"] {
  const seen = new Set<string>();
  const out: RecognizedTable["duplicateRows"] = [];
  for (const row of rows) {
    if (!row.district) continue;
    if (seen.has(row.district.id)) out.push({ row: row.row, label: row.label, district: row.district.name });
    seen.add(row.district.id);
  }
  return out;
}

/**
 * Recognises an attachment-shaped count table in a sheet: the column naming the districts, the
 * header rows above the first district (or 合计), each column's category and slot (matched against
 * the profile's attachment layouts, else by words), the district rows and the totals row. A sheet
 * without such a table gives the reason as a catalog key.
 */
export function recognizeCountTable(grid: Grid, profile: Profile): RecognizedTable | NotATable {
  if (grid.values.length === 0) return notTable(grid.name, "table/empty-sheet");
  const label = findLabelColumn(grid, profile);
  if (!label) return notTable(grid.name, "table/no-districts", { label: profile.districts.label });
  const band = findHeaderBand(grid.values, label.index, label.firstRow);
  if (!band) return notTable(grid.name, "table/no-header", { row: grid.origin.row + label.firstRow });
  const labelCol = grid.origin.col + label.index;
  const columns = headerPaths(grid, band[0], band[1]).filter((c) => c.col !== labelCol && c.path.length > 0);
  const mapping = mapColumns(columns, profile);
  const { groups, leftovers } = buildGroups(mapping.mapped, profile);
  if (groups.length === 0) {
    const headers = columns.map((c) => c.path.join("/")).slice(0, 6).join("、");
    return notTable(grid.name, "table/no-categories", { headers: headers || "—" });
  }
  const body = readRows(grid, label.index, band[1] + 1, groups, profile);
  const seen = new Set(body.rows.flatMap((r) => (r.district ? [r.district.id] : [])));
  return {
    sheet: grid.name,
    attachment: mapping.layout ? { id: mapping.layout.id, label: mapping.layout.label } : null,
    headerRows: [grid.origin.row + band[0], grid.origin.row + band[1]],
    labelColumn: columnLetter(labelCol),
    groups,
    rows: body.rows,
    totals: body.totals,
    unmatchedColumns: [...mapping.unmatched, ...leftovers.map((m) => m.column)].map((c) => ({ column: c.column, header: c.path.join("/") })),
    missingDistricts: districtUnits(profile).filter((u) => !seen.has(u.id)).map((u) => u.name),
    duplicateRows: duplicates(body.rows),
    subtotalRows: body.subtotalRows,
  };
}

/** True when recognition found no count table. */
export function isNotATable(result: RecognizedTable | NotATable): result is NotATable {
  return "notTable" in result;
}
