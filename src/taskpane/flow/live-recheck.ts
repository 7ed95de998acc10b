// What the pane does with one edit it is told of: read the edited rows alone where that is enough,
// else the whole sheet, and check again.
import { parseAreaAddress } from "../../core/grid/address";
import { usedArea, type Area, type Grid } from "../../core/grid/grid";
import { patchArea } from "../../core/grid/patch-area";
import type { PaneWorkbook, WorkbookChange } from "./pane-workbook";
import { recheckEdit, recheckSheet, type CheckRun } from "./run-check";

/** Excel's last column (XFD): a whole-row address spans every column. */
const LAST_COLUMN = 16_384;

/** One area of an address as the host reports it ("C10", "$A$5:$R$7", "Sheet!B2", "5:7"); null for several areas, whole columns, or what it cannot read. */
export function addressArea(address: string): Area | null {
  if (address.includes(",")) return null;
  const bare = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "").trim();
  const rows = /^(\d+):(\d+)$/.exec(bare);
  if (rows) return { top: Math.min(+rows[1], +rows[2]), left: 1, bottom: Math.max(+rows[1], +rows[2]), right: LAST_COLUMN };
  return parseAreaAddress(bare);
}

/**
 * The part of a change worth reading again alone: a range edit (not an insertion or deletion) of
 * one area below the header of a checked roster sheet, clipped to the sheet's used area as last read (outside it the
 * cells were empty; the used area read with it tells whether they still are). Null when the sheet
 * must be read whole.
 */
export function changedArea(run: CheckRun, change: WorkbookChange): Area | null {
  if (!change.address || (change.changeType !== undefined && change.changeType !== "RangeEdited")) return null;
  const grid = run.grids.find((g) => g.name === change.sheet);
  const roster = run.result.rosters.read.rosters.find((r) => r.sheet === change.sheet);
  if (!grid || grid.values.length === 0 || !roster) return null;
  const area = addressArea(change.address);
  // The header band and the lines above it decide the columns: an edit there reads the sheet again.
  if (!area || area.top <= roster.table.headerRows[1]) return null;
  const used = usedArea(grid);
  const clipped = { top: Math.max(area.top, used.top), left: Math.max(area.left, used.left), bottom: Math.min(area.bottom, used.bottom), right: Math.min(area.right, used.right) };
  return clipped.top > clipped.bottom || clipped.left > clipped.right ? null : clipped;
}

/** Whether the used area now, widened by the grid's merges as readSheet widens it, is the area the grid was read over. */
function sameBounds(used: Area | null, grid: Grid): boolean {
  if (!used) return false;
  const u = { ...used };
  for (const m of grid.merges ?? []) {
    u.top = Math.min(u.top, m.top); u.left = Math.min(u.left, m.left);
    u.bottom = Math.max(u.bottom, m.bottom); u.right = Math.max(u.right, m.right);
  }
  const g = usedArea(grid);
  return u.top === g.top && u.left === g.left && u.bottom === g.bottom && u.right === g.right;
}

/** How a live re-check went: the new run, and whether only the edited rows were read (else the whole sheet). */
export interface LiveRecheck {
  run: CheckRun;
  rowsOnly: boolean;
}

/**
 * Checks again after one edit: the edited rows alone (one request) when the change is a range edit
 * inside a roster's used area that left the area as it was and recheckRows can answer; the whole
 * sheet read again otherwise (a header edit, inserted or deleted rows, a merge, a subtotal row, a
 * count table, an area that grew or shrank).
 */
export async function recheckChange(workbook: PaneWorkbook, run: CheckRun, change: WorkbookChange): Promise<LiveRecheck> {
  const area = changedArea(run, change);
  const grid = run.grids.find((g) => g.name === change.sheet);
  if (area && grid && workbook.readArea) {
    const cells = await workbook.readArea(change.sheet, area);
    const next = sameBounds(cells.used, grid) ? recheckEdit(run, patchArea(grid, cells), { sheet: change.sheet, ...area }) : null;
    if (next) return { run: next, rowsOnly: true };
  }
  if (!workbook.readSheet) return { run, rowsOnly: false };
  return { run: recheckSheet(run, await workbook.readSheet(change.sheet)), rowsOnly: false };
}
