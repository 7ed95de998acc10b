import type { Grid } from "../../core/grid/grid";
import { throwIfAborted, type WorkbookPort } from "../../port/workbook-port";
import type { ReadProgress } from "../flow/pane-workbook";

/** Rows a sheet's used range spans (0 for an empty sheet). */
function heightOf(used: { top: number; bottom: number } | null): number {
  return used ? used.bottom - used.top + 1 : 0;
}

/**
 * Reads every sheet the clerk owns (generated ones are ours and skipped), one port read per sheet,
 * with progress as rows read of the whole workbook's total; aborting stops between blocks.
 */
export async function readUserSheets(port: WorkbookPort, onProgress: (p: ReadProgress) => void, signal: AbortSignal): Promise<Grid[]> {
  const sheets = (await port.listSheets()).filter((s) => !s.ours);
  const heights = sheets.map((s) => heightOf(s.used));
  let total = heights.reduce((n, h) => n + h, 0);
  let done = 0;
  const grids: Grid[] = [];
  for (const [k, sheet] of sheets.entries()) {
    throwIfAborted(signal);
    const grid = await port.readSheet(sheet.name, {
      signal,
      onProgress: (p) => {
        // The read's own height (merges may widen the used range) replaces the listed one.
        if (p.totalRows !== heights[k]) {
          total += p.totalRows - heights[k];
          heights[k] = p.totalRows;
        }
        onProgress({ source: sheet.name, read: done + p.rowsRead, total });
      },
    });
    done += heights[k];
    grids.push(grid);
  }
  return grids;
}
