import { applyEdits, type TextEdit } from "./text-edits";
import type { WorkbookName, WorkbookPart, WorkbookSheet } from "./read-workbook-part";
import { escapeXml, rootPrefix, withPrefix } from "./xml-tags";
import { rootChild, rootChildren } from "./xml-children";

/** The changes the into-copy makes to workbook.xml; everything else in it stays as it was. */
export interface WorkbookEdit {
  /** Earlier generated sheets replaced in place, with the name the new sheet takes. */
  renames: { sheet: WorkbookSheet; name: string }[];
  /** Defined names to drop (markers and sheet-scoped names of replaced sheets, stale duplicates). */
  removeNames: WorkbookName[];
  /** <sheet> elements to append, unprefixed. */
  addSheets: string[];
  /** <definedName> elements to append, unprefixed. */
  addNames: string[];
}

// CT_Workbook children that follow <definedNames>, to place it when the input has none.
const AFTER_DEFINED_NAMES = ["calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];

function appendTo(wb: WorkbookPart, local: string, body: string, prefix: string): TextEdit {
  const found = rootChild(wb.xml, wb.tags, local);
  if (found?.close) return { start: found.close.start, end: found.close.start, text: body };
  if (found) {
    const open = wb.xml.slice(found.open.start, found.open.end).replace(/\s*\/>$/, ">");
    return { start: found.open.start, end: found.open.end, text: `${open}${body}</${found.open.name}>` };
  }
  const before = rootChildren(wb.tags).find((t) => AFTER_DEFINED_NAMES.includes(t.local)) ?? wb.tags[wb.tags.length - 1];
  return { start: before.start, end: before.start, text: `<${prefix}${local}>${body}</${prefix}${local}>` };
}

/** Applies a WorkbookEdit to workbook.xml as minimal text edits. */
export function editWorkbookXml(wb: WorkbookPart, edit: WorkbookEdit): string {
  const prefix = rootPrefix(wb.tags);
  const edits: TextEdit[] = [];
  for (const { sheet, name } of edit.renames) {
    const tag = wb.xml.slice(sheet.tag.start, sheet.tag.end).replace(/(\sname\s*=\s*)(?:"[^"]*"|'[^']*')/, `$1"${escapeXml(name)}"`);
    edits.push({ start: sheet.tag.start, end: sheet.tag.end, text: tag });
  }
  // A name may be listed twice (as a replaced sheet's marker and as a stale duplicate).
  const removed = new Map(edit.removeNames.map((n) => [n.start, n]));
  for (const n of removed.values()) edits.push({ start: n.start, end: n.end, text: "" });
  if (edit.addSheets.length) edits.push(appendTo(wb, "sheets", withPrefix(edit.addSheets.join(""), prefix), prefix));
  if (edit.addNames.length) edits.push(appendTo(wb, "definedNames", withPrefix(edit.addNames.join(""), prefix), prefix));
  return applyEdits(wb.xml, edits);
}
