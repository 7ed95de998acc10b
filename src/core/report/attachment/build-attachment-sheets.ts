import type { SheetSpec } from "../../spec/spec";
import type { ReportData } from "../report-data";
import { attachmentSheet } from "./attachment-sheet";

/** Excel's limit on sheet-name length. */
const MAX_NAME = 31;

/** A sheet name Excel accepts: no []:*?/\, not quoted, at most 31 characters, unique among `taken`. */
export function sheetNameFor(label: string, taken: ReadonlySet<string>): string {
  const clean = label.replace(/[[\]:*?/\\]/g, "_").replace(/^'+|'+$/g, "").trim().slice(0, MAX_NAME) || "附件";
  let name = clean;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${clean.slice(0, MAX_NAME - String(n).length - 2)}(${n})`;
  return name;
}

/**
 * Every attachment layout of the report's profile as a sheet, in the profile's order: named by its
 * label (附件1, 附件2, 表1 …), marked "attachment-" + layout id so a later run replaces it.
 */
export function buildAttachmentSheets(data: ReportData): SheetSpec[] {
  const taken = new Set<string>();
  return (data.profile.attachments ?? []).map((layout) => {
    const name = sheetNameFor(layout.label, taken);
    taken.add(name.toLowerCase());
    return attachmentSheet(layout, data, name);
  });
}
