// How a generated sheet is recognised: a worksheet custom property (ExcelApi 1.12) or, at every
// level, the workbook-level defined name core/spec already uses in files. Both are read, so a sheet
// marked on an older Excel is still recognised on a newer one.
import { isMarkerName, markerName } from "../core/spec/marker";
import type { GeneratedMarker } from "../core/spec/spec";
import type { SheetInfo, SheetVisibility } from "../port/workbook-port";
import type { ApiLevels } from "./capabilities";

/** The custom property key of the marker (its value is the marker name). */
export const MARKER_PROPERTY = "anbiao.marker";

const VISIBILITY: Record<string, SheetVisibility> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

/** A listed sheet with its host id, for later calls in the same action. */
export interface ScannedSheet extends SheetInfo {
  id: string;
}

/** The sheet a defined name's formula refers to ("='附件1'!$A$1" → "附件1"), or null for #REF!. */
export function sheetOfFormula(formula: string): string | null {
  const f = formula.replace(/^=/, "");
  const bang = f.lastIndexOf("!");
  if (bang < 0) return null;
  return f.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
}

/** The defined-name formula that marks a sheet: its A1, so the marker follows a rename. */
export function markerFormula(sheet: string): string {
  return `='${sheet.replace(/'/g, "''")}'!$A$1`;
}

/** The marker name of a spec's marker. */
export function markerOf(marker: GeneratedMarker): string {
  return markerName(marker);
}

/**
 * Lists the sheets in tab order with whether each is ours: sync 1 reads the sheets and names,
 * sync 2 (queued here, synced by the caller's next sync) the custom properties and used ranges.
 */
export async function scanSheets(ctx: Excel.RequestContext, levels: ApiLevels, withUsed: boolean): Promise<{ sheets: ScannedSheet[]; markerNames: Map<string, string> }> {
  const sheets = ctx.workbook.worksheets.load("items/name,items/id,items/position,items/visibility");
  const names = ctx.workbook.names.load("items/name,items/formula");
  await ctx.sync();
  const byName = new Map<string, string>();
  const markerNames = new Map<string, string>();
  for (const n of names.items) {
    if (!isMarkerName(n.name)) continue;
    const sheet = sheetOfFormula(String(n.formula));
    markerNames.set(n.name, sheet ?? "");
    if (sheet !== null) byName.set(sheet.toLowerCase(), n.name);
  }
  const items = sheets.items;
  const props = levels.has("1.12") ? items.map((ws) => ws.customProperties.getItemOrNullObject(MARKER_PROPERTY).load("value")) : [];
  const used = withUsed ? items.map((ws) => ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount")) : [];
  if (props.length + used.length > 0) await ctx.sync();
  const result = items.map((ws, i) => {
    const prop = props[i];
    const marker = prop && !prop.isNullObject ? String(prop.value) : byName.get(ws.name.toLowerCase());
    const u = used[i];
    const info: ScannedSheet = {
      id: ws.id,
      name: ws.name,
      position: ws.position,
      visibility: VISIBILITY[String(ws.visibility)] ?? "visible",
      used: u && !u.isNullObject ? { top: u.rowIndex + 1, left: u.columnIndex + 1, bottom: u.rowIndex + u.rowCount, right: u.columnIndex + u.columnCount } : null,
      ours: marker !== undefined,
      ...(marker !== undefined ? { marker } : {}),
    };
    return info;
  });
  return { sheets: result, markerNames };
}
