import { attribute, elementPrefix, startTags } from "./xml-text";
import { partText, type XlsxPackage } from "./package-parts";
import { readRelationships } from "./relationships";

/** One worksheet as the workbook lists it, in tab order. */
export interface SheetEntry {
  name: string;
  part: string;
  hidden: boolean;
}

/** What the workbook part says: its sheets, the parts shared by all sheets, and the date system. */
export interface WorkbookInfo {
  sheets: SheetEntry[];
  sharedStringsPart: string | null;
  stylesPart: string | null;
  date1904: boolean;
}

const DEFAULT_WORKBOOK = "xl/workbook.xml";

/** The main workbook part named by the package relationships (Excel's own is xl/workbook.xml). */
function workbookPart(pkg: XlsxPackage): string {
  const main = readRelationships(pkg, "").find((r) => r.kind === "officeDocument");
  return main?.part ?? DEFAULT_WORKBOOK;
}

/** The id attribute of a <sheet> tag, whatever prefix binds the relationships namespace ("r:id"). */
function relationshipId(tag: string): string | null {
  const m = /\s([A-Za-z_][\w.-]*):id\s*=/.exec(tag);
  return m ? attribute(tag, `${m[1]}:id`) : null;
}

/** Reads sheet names, order, hidden state and part names; null when the package has no workbook part. */
export function readWorkbookInfo(pkg: XlsxPackage): WorkbookInfo | null {
  const part = workbookPart(pkg);
  const text = partText(pkg, part);
  if (text === null) return null;
  const rels = readRelationships(pkg, part);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const prefix = elementPrefix(text, "workbook");
  const sheets: SheetEntry[] = [];
  for (const tag of startTags(text, prefix + "sheet")) {
    const rel = byId.get(relationshipId(tag) ?? "");
    // Chart sheets and dialog sheets hold no cells; the ExcelJS path leaves them out too.
    if (!rel || rel.kind !== "worksheet") continue;
    const state = attribute(tag, "state");
    sheets.push({ name: attribute(tag, "name") ?? "", part: rel.part, hidden: state === "hidden" || state === "veryHidden" });
  }
  const pr = startTags(text, prefix + "workbookPr")[0];
  const date1904 = pr !== undefined && /^(1|true)$/.test(attribute(pr, "date1904") ?? "");
  return {
    sheets,
    sharedStringsPart: rels.find((r) => r.kind === "sharedStrings")?.part ?? null,
    stylesPart: rels.find((r) => r.kind === "styles")?.part ?? null,
    date1904,
  };
}
