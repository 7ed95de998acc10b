// Reads one sheet into a Grid in adaptive row blocks (getRangeByIndexes, ExcelApi 1.7): values for
// every block, number formats only where they change a value's meaning (percent and date columns),
// formulas and all formats only for sheets small enough to be count tables.
import { UserError } from "../core/errors";
import type { Area, CellValue, Grid } from "../core/grid/grid";
import { excelToDate } from "../xlsx/lean/cell-values";
import { isDateFormat } from "../xlsx/lean/number-formats";
import { throwIfAborted, type ReadSheetOptions } from "../port/workbook-port";
import type { ApiLevels } from "./capabilities";
import { BlockSizer, estimateBytes, SHRINK_CODES } from "./read-blocks";
import { errorCode } from "./run";
import { parseAreaList } from "./range-address";

/** Sheets up to this many cells are read whole-fidelity: every format and formula (count tables need them). */
export const FULL_FIDELITY_CELLS = 200_000;

type Raw = string | number | boolean;

/** Whether a format changes what a number means to the engine: a date or a percent. */
function meaningful(format: string): boolean {
  return format !== "General" && (format.includes("%") || isDateFormat(format));
}

/** Column runs [start, length] (0-based within the area) of a set of columns. */
function runs(cols: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const c of [...cols].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === c) last[1]++;
    else out.push([c, 1]);
  }
  return out;
}

function union(a: Area, list: readonly Area[]): Area {
  const u = { ...a };
  for (const m of list) {
    u.top = Math.min(u.top, m.top); u.left = Math.min(u.left, m.left);
    u.bottom = Math.max(u.bottom, m.bottom); u.right = Math.max(u.right, m.right);
  }
  return u;
}

/** Reads bounds and (1.13) merges in one sync; above 512 merged areas the merges are dropped, as Grid allows. */
async function readBounds(ctx: Excel.RequestContext, ws: Excel.Worksheet, levels: ApiLevels): Promise<{ used: Area | null; merges?: Area[] }> {
  const bounds = () => {
    const used = ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
    return { used, toArea: (): Area | null => (used.isNullObject ? null : { top: used.rowIndex + 1, left: used.columnIndex + 1, bottom: used.rowIndex + used.rowCount, right: used.columnIndex + used.columnCount }) };
  };
  if (levels.has("1.13")) {
    const b = bounds();
    const merged = b.used.getMergedAreasOrNullObject().load("address,areaCount");
    try {
      await ctx.sync();
      return { used: b.toArea(), merges: merged.isNullObject ? [] : parseAreaList(merged.address) };
    } catch (err) {
      if (errorCode(err) === "InvalidObjectPath" || errorCode(err) === "InvalidOperationInCellEditMode") throw err;
      // Fall through: read without merges (more than 512 areas, or a host that refuses).
    }
  }
  const b = bounds();
  await ctx.sync();
  return { used: b.toArea() };
}

/** One sheet's Grid as Excel holds it. */
export async function readSheetGrid(ctx: Excel.RequestContext, levels: ApiLevels, name: string, options: ReadSheetOptions = {}): Promise<Grid> {
  const { signal, onProgress } = options;
  throwIfAborted(signal);
  const ws = ctx.workbook.worksheets.getItemOrNullObject(name).load("name,visibility");
  const { used, merges } = await readBounds(ctx, ws, levels);
  if (ws.isNullObject) throw new UserError("adapter.sheetMissing", { sheet: name });
  const hidden = ws.visibility !== "Visible";
  if (!used) return { name: ws.name, origin: { row: 1, col: 1 }, values: [], ...(merges ? { merges } : {}), numberFormats: [], formulas: [], hidden };
  const area = union(used, merges ?? []);
  const width = area.right - area.left + 1, height = area.bottom - area.top + 1;
  const full = width * height <= FULL_FIDELITY_CELLS;
  const values: CellValue[][] = new Array(height);
  const formats: (string | null)[][] = new Array(height);
  const formulas: (string | null)[][] | undefined = full ? new Array(height) : undefined;
  const noFormulas = Object.freeze(new Array<string | null>(width).fill(null)) as (string | null)[];
  // Columns whose formats are loaded with every block; null until the first block has shown them.
  let formatCols: Set<number> | null = full ? null : null;
  let fixups: { col: number; row: number; rows: number }[] = [];
  const sizer = new BlockSizer(width);
  let row = 0;
  onProgress?.({ sheet: ws.name, rowsRead: 0, totalRows: height });
  const applyFormats = (r0: number, c: number, fmts: string[][]) => {
    for (let i = 0; i < fmts.length; i++) {
      const f = fmts[i][0];
      formats[r0 + i][c] = f === "General" ? null : f;
      const v = values[r0 + i][c];
      if (typeof v === "number" && isDateFormat(f)) values[r0 + i][c] = excelToDate(v, false);
    }
  };
  while (row < height || fixups.length > 0) {
    throwIfAborted(signal);
    const n = Math.min(sizer.next, height - row);
    const top = area.top - 1 + row;
    const block = n > 0 ? ws.getRangeByIndexes(top, area.left - 1, n, width).load(full ? "values,numberFormat,formulas" : formatCols === null ? "values,numberFormat" : "values") : null;
    const colLoads = n > 0 && !full && formatCols !== null ? runs([...formatCols]).map(([c, len]) => ({ c, range: ws.getRangeByIndexes(top, area.left - 1 + c, n, len).load("numberFormat") })) : [];
    const fixLoads = fixups.map((f) => ({ ...f, range: ws.getRangeByIndexes(area.top - 1 + f.row, area.left - 1 + f.col, f.rows, 1).load("numberFormat") }));
    try {
      // eslint-disable-next-line anbiao/no-sync-in-loop -- one sync per block of thousands of rows, sized to the payload limit
      await ctx.sync();
    } catch (err) {
      const code = errorCode(err);
      if (code === undefined || !SHRINK_CODES.has(code)) throw err;
      if (!sizer.shrink()) throw new UserError("adapter.tooLarge", { sheet: ws.name, rows: height });
      continue;
    }
    for (const f of fixLoads) applyFormats(f.row, f.col, f.range.numberFormat as string[][]);
    fixups = [];
    if (!block) break;
    const raw = block.values as Raw[][] | null;
    if (raw === null) {
      if (!sizer.shrink()) throw new UserError("adapter.tooLarge", { sheet: ws.name, rows: height });
      continue;
    }
    const blockFormats = full || formatCols === null ? (block.numberFormat as string[][]) : null;
    const blockFormulas = full ? (block.formulas as Raw[][]) : null;
    for (let i = 0; i < n; i++) {
      const src = raw[i];
      const out: CellValue[] = new Array(width);
      const fmt: (string | null)[] = new Array(width).fill(null);
      for (let j = 0; j < width; j++) {
        const v = src[j];
        const f = blockFormats ? blockFormats[i][j] : null;
        if (f !== null && f !== "General") fmt[j] = f;
        out[j] = v === "" ? null : typeof v === "number" && f !== null && isDateFormat(f) ? excelToDate(v, false) : v;
      }
      values[row + i] = out;
      formats[row + i] = fmt;
      if (formulas) {
        const fr = blockFormulas![i];
        let frow: (string | null)[] | null = null;
        for (let j = 0; j < width; j++) {
          const x = fr[j];
          if (typeof x === "string" && x.startsWith("=")) (frow ??= new Array(width).fill(null))[j] = x.slice(1);
        }
        formulas[row + i] = frow ?? noFormulas;
      }
    }
    if (!full) {
      if (formatCols === null) {
        formatCols = new Set();
        for (let j = 0; j < width; j++) {
          for (let i = 0; i < n; i++) if (typeof raw[i][j] === "number" && blockFormats![i][j] && meaningful(blockFormats![i][j])) { formatCols.add(j); break; }
        }
      } else {
        for (const { c, range } of colLoads) {
          const fm = range.numberFormat as string[][];
          for (let i = 0; i < n; i++) {
            for (let k = 0; k < fm[i].length; k++) {
              const f = fm[i][k];
              formats[row + i][c + k] = f === "General" ? null : f;
              const v = values[row + i][c + k];
              if (typeof v === "number" && isDateFormat(f)) values[row + i][c + k] = excelToDate(v, false);
            }
          }
        }
        // A number in a column not yet known to need formats: fetch that column's formats for this block next sync.
        for (let j = 0; j < width; j++) {
          if (formatCols.has(j)) continue;
          for (let i = 0; i < n; i++) if (typeof raw[i][j] === "number") { fixups.push({ col: j, row, rows: n }); formatCols.add(j); break; }
        }
      }
    }
    sizer.grow(n, estimateBytes(raw) * (full ? 3 : 1));
    row += n;
    onProgress?.({ sheet: ws.name, rowsRead: row, totalRows: height });
  }
  const grid: Grid = { name: ws.name, origin: { row: area.top, col: area.left }, values, ...(merges ? { merges } : {}), numberFormats: formats, ...(formulas ? { formulas } : {}), hidden };
  if (merges) clearMergeSlaves(grid, merges);
  return grid;
}

/** Merged slave cells keep nothing in a Grid: Excel reports their own (master-like) formats. */
function clearMergeSlaves(grid: Grid, merges: readonly Area[]): void {
  const { row: top, col: left } = grid.origin;
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        const fr = grid.numberFormats?.[r - top];
        if (fr && fr[c - left] !== null) fr[c - left] = null;
      }
    }
  }
}
