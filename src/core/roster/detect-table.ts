import type { Grid } from "../grid/grid";
import { findHeaderBand, HEADER_SCAN_ROWS } from "./find-header-band";
import { headerPaths } from "./header-paths";
import { mapColumns } from "./map-columns";
import { headerMatcher } from "./match-header";
import { readPreamble } from "./preamble";
import { isBlankRow } from "./row-text";
import type { MapOptions, NotRoster, RosterTable } from "./types";

function notRoster(sheet: string, reason: string, params: Record<string, string | number> = {}): NotRoster {
  return { notRoster: true, sheet, reason, params: { sheet, ...params } };
}

function bodyRows(grid: Grid, bottom: number): [number, number] | null {
  let first = -1, last = -1;
  for (let r = bottom + 1; r < grid.values.length; r++) {
    if (isBlankRow(grid.values[r])) continue;
    if (first < 0) first = r;
    last = r;
  }
  return first < 0 ? null : [grid.origin.row + first, grid.origin.row + last];
}

/**
 * Finds the roster table of a sheet: its header band (1–3 rows, possibly under titles, a 填报 line
 * or notes), each column's header path and field, and the rows below. A sheet without a header row
 * naming at least two roster headers, or without an enterprise-name column, is not a roster: the
 * result then says why (a catalog key with the sheet and row).
 */
export function detectRosterTable(grid: Grid, options: MapOptions = {}): RosterTable | NotRoster {
  if (grid.values.length === 0) return notRoster(grid.name, "roster.notRoster.empty");
  const band = findHeaderBand(grid.values, headerMatcher(options.extraFields));
  if (!band) {
    const last = grid.origin.row + Math.min(grid.values.length, HEADER_SCAN_ROWS) - 1;
    return notRoster(grid.name, "roster.notRoster.noHeader", { first: grid.origin.row, last });
  }
  const [top, bottom] = band;
  const columns = headerPaths(grid, top, bottom);
  const mapping = mapColumns(columns, options);
  const headerRows: [number, number] = [grid.origin.row + top, grid.origin.row + bottom];
  if (!mapping.fields.name) {
    const found = mapping.columns.filter((c) => c.field !== null).map((c) => c.header).join("、");
    return notRoster(grid.name, "roster.notRoster.noName", { row: headerRows[0], found });
  }
  return {
    sheet: grid.name,
    headerRows,
    bodyRows: bodyRows(grid, bottom),
    columns,
    mapping,
    preamble: readPreamble(grid.values, top, grid.origin.row),
    mergesKnown: grid.merges !== undefined,
  };
}

/** True when detection found a roster table rather than a reason it is not one. */
export function isRosterTable(t: RosterTable | NotRoster): t is RosterTable {
  return !("notRoster" in t);
}
