import ExcelJS from "exceljs";
import type { SheetSpec } from "../core/spec/spec";
import { isMarkerName } from "../core/spec/marker";
import { placeSheets, type ExistingSheet } from "../core/spec/place-sheets";
import { writeSheet } from "./write-sheet";
import { deflateStored } from "./package/deflate-stored";
import { drawCharts } from "./package/draw-charts";
import { fillBulkSheets } from "./package/fill-bulk-sheets";

interface DefinedNameModel {
  name: string;
  ranges: string[];
}

function definedNames(wb: ExcelJS.Workbook): DefinedNameModel[] {
  return (wb.definedNames.model as unknown as DefinedNameModel[]) ?? [];
}

function sheetOfRange(range: string): string {
  const bang = range.lastIndexOf("!");
  const sheet = bang < 0 ? range : range.slice(0, bang);
  return sheet.replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
}

/** The workbook's sheets with the marker names that point at them. */
export function existingSheets(wb: ExcelJS.Workbook): ExistingSheet[] {
  const markers = new Map<string, string>();
  for (const dn of definedNames(wb)) {
    if (isMarkerName(dn.name) && dn.ranges[0]) markers.set(sheetOfRange(dn.ranges[0]), dn.name);
  }
  return wb.worksheets.map((ws) => ({ name: ws.name, marker: markers.get(ws.name) }));
}

/**
 * Adds generated sheets to a loaded workbook: earlier generated sheets with the same marker are
 * replaced, users' sheets are never touched (a clashing name gets a suffix). Returns the names used.
 */
export function addGeneratedSheets(wb: ExcelJS.Workbook, specs: readonly SheetSpec[]): string[] {
  const placements = placeSheets(existingSheets(wb), specs);
  for (const p of placements) {
    if (p.replaces === undefined) continue;
    const old = wb.getWorksheet(p.replaces);
    if (old) wb.removeWorksheet(old.id);
    for (const dn of definedNames(wb)) {
      if (isMarkerName(dn.name) && dn.ranges[0] && sheetOfRange(dn.ranges[0]) === p.replaces) wb.definedNames.remove(dn.ranges[0], dn.name);
    }
  }
  for (const p of placements) writeSheet(wb, wb.addWorksheet(p.name), { ...p.spec, name: p.name });
  return placements.map((p) => p.name);
}

/** A new workbook holding only the given sheets (charts and bulk rows added at package level). */
export async function newWorkbookBytes(specs: readonly SheetSpec[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "anbiao";
  const names = addGeneratedSheets(wb, specs);
  const stored = await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } });
  return fillBulkSheets(deflateStored(drawCharts(new Uint8Array(stored), specs, names)), specs, names);
}
