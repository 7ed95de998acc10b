import { attribute, decodeXmlText, elementPrefix, startTags } from "./xml-text";
import { isMarkerName } from "../../core/spec/marker";
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
  /** The add-in's sheet markers (anbiao.gen.* defined names) by the sheet they point at. */
  markers: Map<string, string>;
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

/**
 * The sheet each marker name points at: `<definedName name="anbiao.gen.…">'明细'!$A$1</definedName>`
 * (quotes doubled inside a quoted sheet name). Other defined names are not read.
 */
function sheetMarkers(text: string, prefix: string): Map<string, string> {
  const markers = new Map<string, string>();
  const open = `<${prefix}definedName`;
  const close = `</${prefix}definedName>`;
  for (let at = text.indexOf(open); at >= 0; at = text.indexOf(open, at + open.length)) {
    const gt = text.indexOf(">", at);
    const end = gt < 0 ? -1 : text.indexOf(close, gt);
    if (end < 0) break;
    const name = attribute(text.slice(at, gt + 1), "name");
    if (name === null || !isMarkerName(name)) continue;
    const ref = decodeXmlText(text.slice(gt + 1, end));
    const m = /^(?:'((?:[^']|'')+)'|([^!]+))!/.exec(ref);
    if (m) markers.set(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], name);
  }
  return markers;
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
    markers: sheetMarkers(text, prefix),
    sharedStringsPart: rels.find((r) => r.kind === "sharedStrings")?.part ?? null,
    stylesPart: rels.find((r) => r.kind === "styles")?.part ?? null,
    date1904,
  };
}
