import { UserError } from "../../core/errors";
import type { SheetSpec } from "../../core/spec/spec";
import { placeSheets, type SheetPlacement } from "../../core/spec/place-sheets";
import { addCharts } from "./add-charts";
import { checkKeepable } from "./check-keepable";
import { refuseMalformed } from "./check-well-formed";
import { CONTENT_TYPES } from "./content-types";
import { editContentTypesXml, editRelationshipsXml, freeRelId, type NewRelationship } from "./edit-lists";
import { editWorkbookXml, type WorkbookEdit } from "./edit-workbook";
import { existingSheets, markerNames } from "./existing-sheets";
import { graftSheet, type GraftContext } from "./graft-sheet";
import { mergeStyles } from "./merge-styles";
import { freePartName, type Package, partText, relativeTarget, relsPartOf, setPartText } from "./package";
import { PART_TYPES, REL_TYPES } from "./part-types";
import { relType } from "./read-relationships";
import { readWorkbookPart, type WorkbookPart, workbookPartName } from "./read-workbook-part";
import { removeOwnedParts } from "./remove-part-tree";
import { scratchWorkbook, type ScratchWorkbook } from "./scratch-workbook";
import { filterDatabaseName, streamBulkRows } from "./stream-bulk-rows";
import { usedTableNames } from "./used-names";
import { unzipPackage } from "./unzip-package";
import { zipPackage } from "./zip-package";
import { escapeXml } from "./xml-tags";
import { appendAll } from "../../core/collections/append-all";
import { maxOf } from "../../core/collections/extremes";

/** Everything the into-copy changes besides the parts it writes whole. */
interface Plan {
  workbook: WorkbookEdit;
  addRels: NewRelationship[];
  removeRelIds: Set<string>;
  addTypes: { part: string; contentType: string }[];
  removedParts: Set<string>;
}

function openInput(input: Uint8Array, label: string): { pkg: Package; wb: WorkbookPart; stylesPart?: string } {
  const pkg = unzipPackage(input, label);
  const name = workbookPartName(pkg);
  if (!name || !pkg.has(name)) throw new UserError("input.notXlsx", { file: label, detail: "no workbook part", detailKey: "input.detail.noWorkbook" });
  // The workbook part and its lists are read before checkKeepable: they must parse first.
  refuseMalformed(pkg, [name, relsPartOf(name), CONTENT_TYPES], label);
  const wb = readWorkbookPart(pkg, name);
  if (!pkg.has(wb.relsPart)) throw new UserError("input.notXlsx", { file: label, detail: `no ${wb.relsPart}` });
  const stylesPart = wb.rels.find((r) => relType(r) === "styles" && !r.external)?.part;
  checkKeepable(pkg, name, [name, wb.relsPart, CONTENT_TYPES, ...(stylesPart ? [stylesPart] : [])], label);
  if (!wb.tags.some((t) => t.local === "sheets")) throw new UserError("input.notXlsx", { file: label, detail: "no sheet list" });
  return { pkg, wb, stylesPart };
}

/** Removes what earlier generated sheets owned; they are rewritten in place (same tab, part, sheetId). */
function clearReplaced(pkg: Package, wb: WorkbookPart, placements: readonly SheetPlacement[], plan: Plan): void {
  const markers = markerNames(wb);
  let replaced = false;
  for (const p of placements) {
    const old = wb.sheets.find((s) => s.name === p.replaces);
    if (!old?.part) continue;
    replaced = true;
    for (const part of removeOwnedParts(pkg, old.part)) plan.removedParts.add(part);
    plan.workbook.renames.push({ sheet: old, name: p.name });
    appendAll(plan.workbook.removeNames, wb.names.filter((n) => n.localSheetId === old.index));
    appendAll(plan.workbook.removeNames, markers.filter((m) => m.sheet.toLowerCase() === old.name.toLowerCase()));
  }
  // The calculation chain lists the old sheets' formula cells; Excel rebuilds it when it is absent.
  const calc = wb.rels.find((r) => relType(r) === "calcChain" && r.part);
  if (replaced && calc?.part && pkg.delete(calc.part)) {
    plan.removedParts.add(calc.part);
    plan.removeRelIds.add(calc.id);
  }
}

/** Appends the scratch styles to the input's (or adds a styles part when the input has none). */
function graftStyles(pkg: Package, wb: WorkbookPart, stylesPart: string | undefined, scratch: ScratchWorkbook, plan: Plan, reserved: Set<string>) {
  const input = stylesPart ? partText(pkg, stylesPart) : undefined;
  if (input !== undefined && stylesPart) {
    const merged = mergeStyles(input, scratch.stylesXml);
    setPartText(pkg, stylesPart, merged.xml);
    return merged;
  }
  const part = pkg.has("xl/styles.xml") ? freePartName(pkg, "xl/styles", ".xml", reserved) : "xl/styles.xml";
  setPartText(pkg, part, scratch.stylesXml);
  plan.addRels.push({ id: freeRelId(new Set(wb.rels.map((r) => r.id).concat(plan.addRels.map((r) => r.id)))), type: REL_TYPES.styles, target: relativeTarget(wb.part, part) });
  plan.addTypes.push({ part, contentType: PART_TYPES.styles });
  // The scratch styles become the workbook's own, so every index stays as it is.
  return { xf: [], dxf: [] };
}

function writeSheetPart(pkg: Package, ctx: GraftContext, scratchPart: string, placement: SheetPlacement, part: string, plan: Plan): void {
  const grafted = graftSheet(ctx, scratchPart, part);
  setPartText(pkg, part, grafted.sheetXml);
  if (grafted.relsXml) setPartText(pkg, relsPartOf(part), grafted.relsXml);
  for (const table of grafted.tables) {
    setPartText(pkg, table.part, table.xml);
    plan.addTypes.push({ part: table.part, contentType: table.contentType });
  }
  appendAll(plan.addTypes, addCharts(pkg, part, placement.name, placement.spec.charts ?? [], ctx.reserved));
  if (placement.spec.bulk) streamBulkRows(pkg, part, placement.spec.bulk);
}

/** Copies the scratch defined names (markers, print titles) with their sheet scope moved to the output tab. */
function graftNames(wb: WorkbookPart, scratch: ScratchWorkbook, outIndex: number[], plan: Plan): void {
  for (const n of scratch.wb.names) {
    let xml = scratch.wb.xml.slice(n.start, n.end);
    if (n.localSheetId !== undefined) xml = xml.replace(/(\slocalSheetId=")\d+"/, `$1${outIndex[n.localSheetId]}"`);
    const scope = n.localSheetId === undefined ? undefined : outIndex[n.localSheetId];
    // A stale name of the same name and scope (a marker left by a deleted sheet) would be a duplicate.
    const stale = wb.names.filter((o) => o.name.toLowerCase() === n.name.toLowerCase() && o.localSheetId === scope);
    appendAll(plan.workbook.removeNames, stale);
    plan.workbook.addNames.push(xml);
  }
}

/**
 * A copy of an .xlsx with generated sheets added at the package level: new sheet parts (and their
 * tables and styles) are grafted in and listed in workbook.xml, its .rels and [Content_Types].xml;
 * every other part is copied unchanged. Earlier generated sheets (same marker) are replaced in
 * place; users' sheets are never touched. Refuses inputs whose copy could not keep everything.
 */
export async function intoCopyBytes(input: Uint8Array, label: string, specs: SheetSpec[]): Promise<Uint8Array> {
  const { pkg, wb, stylesPart } = openInput(input, label);
  const placements = placeSheets(existingSheets(wb), specs);
  const scratch = await scratchWorkbook(placements);
  const plan: Plan = { workbook: { renames: [], removeNames: [], addSheets: [], addNames: [] }, addRels: [], removeRelIds: new Set(), addTypes: [], removedParts: new Set() };
  clearReplaced(pkg, wb, placements, plan);
  const reserved = new Set<string>();
  const styles = graftStyles(pkg, wb, stylesPart, scratch, plan, reserved);
  const ctx: GraftContext = { scratch: scratch.pkg, strings: scratch.strings, xf: styles.xf, dxf: styles.dxf, output: pkg, reserved, ...usedTableNames(pkg, wb), tableContentType: PART_TYPES.table };
  const relIds = new Set([...wb.rels.map((r) => r.id), ...plan.addRels.map((r) => r.id)]);
  let sheetId = maxOf(wb.sheets.map((s) => s.sheetId), 0);
  const outIndex: number[] = [];
  placements.forEach((p, k) => {
    const old = wb.sheets.find((s) => s.name === p.replaces && s.part);
    let part = old?.part;
    if (old && part) outIndex.push(old.index);
    else {
      part = freePartName(pkg, "xl/worksheets/sheet", ".xml", reserved);
      const id = freeRelId(relIds);
      plan.workbook.addSheets.push(`<sheet name="${escapeXml(p.name)}" sheetId="${++sheetId}" ${wb.relPrefix}:id="${id}"/>`);
      plan.addRels.push({ id, type: REL_TYPES.worksheet, target: relativeTarget(wb.part, part) });
      plan.addTypes.push({ part, contentType: PART_TYPES.worksheet });
      outIndex.push(wb.sheets.length + plan.workbook.addSheets.length - 1);
    }
    writeSheetPart(pkg, ctx, scratch.wb.sheets[k].part ?? "", p, part, plan);
    const filter = p.spec.bulk ? filterDatabaseName(p.name, outIndex[k], p.spec.bulk) : null;
    if (filter) plan.workbook.addNames.push(filter);
  });
  graftNames(wb, scratch, outIndex, plan);
  setPartText(pkg, wb.part, editWorkbookXml(wb, plan.workbook));
  setPartText(pkg, wb.relsPart, editRelationshipsXml(partText(pkg, wb.relsPart) ?? "", plan.addRels, plan.removeRelIds));
  setPartText(pkg, CONTENT_TYPES, editContentTypesXml(partText(pkg, CONTENT_TYPES) ?? "", plan.addTypes, plan.removedParts));
  return zipPackage(pkg);
}
