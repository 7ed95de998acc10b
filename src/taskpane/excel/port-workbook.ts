// The pane's workbook over a WorkbookPort (Excel through Office.js, or the strict fake in tests):
// every clerk action is one or a few port calls, and nothing here knows Office.js.
import type { Finding } from "../../core/finding/finding";
import type { Area, Grid } from "../../core/grid/grid";
import type { SheetSpec } from "../../core/spec/spec";
import type { CellEdit } from "../../core/tables/fix";
import type { CellSnapshot, CellWrite, SheetInfo, WorkbookPort } from "../../port/workbook-port";
import type { PaneWorkbook, ReadProgress, WorkbookChange, WrittenSummary } from "../flow/pane-workbook";
import { readUserSheets } from "./read-user-sheets";

/** Who the open workbook is: a key to remember the clerk's mapping by, and the name to show. */
export interface WorkbookIdentity {
  key: string;
  label: string;
}

/** The identity of a workbook without a document URL (new, unsaved, or a host that does not tell): its user sheets' names. */
export function identityOf(sheets: readonly SheetInfo[], documentUrl: string | null): WorkbookIdentity {
  const names = sheets.filter((s) => !s.ours).map((s) => s.name);
  const file = documentUrl ? decodeURIComponent(documentUrl.split(/[\\/]/).pop() ?? documentUrl) : "";
  return { key: documentUrl ? `excel:${documentUrl}` : `excel-sheets:${names.join("|")}`, label: file || names.join("、") };
}

/** A fix-rates edit as the port writes it: the formula (or constant) and the percent format a rate needs. */
function cellWrite(e: CellEdit): CellWrite {
  return { sheet: e.sheet, row: e.row, col: e.col, formula: e.formula, value: e.formula ? undefined : e.value, numberFormat: e.numberFormat };
}

/** Findings that point at a row, by sheet, for the sheets the clerk owns. */
function rowFindingsBySheet(findings: readonly Finding[], userSheets: ReadonlySet<string>): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.sheet === undefined || f.row === undefined || !userSheets.has(f.sheet)) continue;
    const list = out.get(f.sheet);
    if (list) list.push(f);
    else out.set(f.sheet, [f]);
  }
  return out;
}

/** The pane's workbook in Excel: reads and writes in place through the port, flags, summary, rate formulas and change events. */
export function portWorkbook(port: WorkbookPort, identity: WorkbookIdentity, canWatch: boolean, selectionEvents = false): PaneWorkbook {
  // What editCells returned, newest last: restoring walks back through them.
  const snapshots: CellSnapshot[] = [];
  let userSheets = new Set<string>();
  return {
    key: identity.key,
    label: identity.label,
    abilities: { inPlace: true, download: null, watch: canWatch },
    async readGrids(onProgress: (p: ReadProgress) => void, signal: AbortSignal): Promise<Grid[]> {
      const grids = await readUserSheets(port, onProgress, signal);
      userSheets = new Set(grids.map((g) => g.name));
      return grids;
    },
    readSheet: (sheet) => port.readSheet(sheet),
    ...(port.readArea ? { readArea: (sheet: string, area: Area) => port.readArea!(sheet, area) } : {}),
    async select(sheet, address) {
      await port.select(sheet, address);
    },
    async flagRows(findings) {
      // Earlier flags go first, so a sheet whose findings are gone is clean again.
      await port.clearFlags();
      let rows = 0;
      for (const [sheet, list] of rowFindingsBySheet(findings, userSheets)) rows += (await port.addFlags(sheet, list)).rows;
      return rows;
    },
    async clearFlags() {
      await port.clearFlags();
    },
    async writeSheets(specs: readonly SheetSpec[]): Promise<WrittenSummary> {
      const result = await port.writeSheets(specs);
      return { names: result.written.map((w) => w.name), sheets: result.written.map((w) => ({ spec: w.spec, name: w.name })), skipped: result.skipped.map((s) => ({ key: s.message, sheet: s.sheet })) };
    },
    async removeGenerated() {
      return (await port.removeGeneratedSheets()).length;
    },
    async applyEdits(edits) {
      snapshots.push(await port.editCells(edits.map(cellWrite)));
    },
    async restoreEdits() {
      let cells = 0;
      while (snapshots.length > 0) {
        const last = snapshots[snapshots.length - 1];
        await port.restoreCells(last);
        snapshots.pop();
        cells += last.cells.length;
      }
      return cells;
    },
    ...(selectionEvents && port.onSelectionChanged
      ? { onSelect: (sheets: readonly string[], onSelect: (selection: { sheet: string; address: string }) => void) => port.onSelectionChanged!(sheets, onSelect) }
      : {}),
    async watch(sheets, onChange: (change: WorkbookChange) => void) {
      const stops: (() => Promise<void>)[] = [];
      for (const sheet of sheets) stops.push(await port.onSheetChanged(sheet, (c) => onChange({ sheet: c.sheet, address: c.address, changeType: c.changeType })));
      return async () => {
        for (const stop of stops) await stop();
      };
    },
  };
}
