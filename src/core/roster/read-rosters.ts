import type { Grid } from "../grid/grid";
import { isEnterpriseListing } from "../spec/marker";
import { detectRosterTable, isRosterTable } from "./detect-table";
import { readRosterTable } from "./read-roster";
import { resolveOverrideField } from "./resolve-override";
import type { NotRoster, ReadRosterOptions, RosterReadResult } from "./types";

/** Every sheet of a workbook read as rosters: the rosters, the sheets that are not (with why), and overrides no sheet used. */
export interface RostersReadResult {
  rosters: RosterReadResult[];
  skippedSheets: NotRoster[];
  /** Override keys that named no column in any roster sheet. */
  unusedOverrides: string[];
}

/** Reads every sheet that holds a roster; the others are reported with a reason, never dropped silently. */
export function readRosters(grids: readonly Grid[], options: ReadRosterOptions = {}): RostersReadResult {
  // Check override targets once, so an unknown field is an error even when no sheet is a roster.
  for (const target of Object.values(options.overrides ?? {})) resolveOverrideField(target, options.extraFields);
  const rosters: RosterReadResult[] = [];
  const skippedSheets: NotRoster[] = [];
  for (const grid of grids) {
    if (grid.generated !== undefined && isEnterpriseListing(grid.generated)) {
      skippedSheets.push({ notRoster: true, sheet: grid.name, reason: "roster.notRoster.generated", params: { sheet: grid.name } });
      continue;
    }
    const table = detectRosterTable(grid, options);
    if (isRosterTable(table)) rosters.push(readRosterTable(grid, table, options));
    else skippedSheets.push(table);
  }
  const keys = Object.keys(options.overrides ?? {});
  const unusedOverrides = keys.filter((k) => rosters.every((r) => r.mapping.unusedOverrides.includes(k)));
  return { rosters, skippedSheets, unusedOverrides };
}
