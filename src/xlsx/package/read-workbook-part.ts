import { type Package, partText, relsPartOf } from "./package";
import { readRelationships, relType, type Relationship } from "./read-relationships";
import { attr, decodeXml, scanTags, type XmlTag } from "./xml-tags";

/** A <sheet> entry of workbook.xml: tab position, name, ids and the part it names. */
export interface WorkbookSheet {
  index: number;
  name: string;
  sheetId: number;
  rId: string;
  /** The worksheet (or chartsheet, dialogsheet) part. */
  part?: string;
  tag: XmlTag;
}

/** A <definedName> of workbook.xml with its text span (open tag start to close tag end). */
export interface WorkbookName {
  name: string;
  localSheetId?: number;
  /** The formula text, entities decoded. */
  formula: string;
  start: number;
  end: number;
}

/** What the into-copy needs to know of a package's workbook part. */
export interface WorkbookPart {
  /** Part name of the workbook ("xl/workbook.xml"). */
  part: string;
  relsPart: string;
  xml: string;
  tags: XmlTag[];
  sheets: WorkbookSheet[];
  names: WorkbookName[];
  rels: Relationship[];
  /** The prefix r:id attributes are written with ("r" nearly always). */
  relPrefix: string;
}

/** The workbook part the package's root relationships name, or undefined when there is none. */
export function workbookPartName(pkg: Package): string | undefined {
  return readRelationships(pkg, "").find((r) => relType(r) === "officeDocument" && !r.external)?.part;
}

function readNames(xml: string, tags: XmlTag[]): WorkbookName[] {
  // Each open tag's close is the next </definedName> after it: found walking back once, so that
  // 100,000 names cost one pass, not a search of the rest of the tags for each.
  const nextClose: (XmlTag | undefined)[] = new Array(tags.length);
  let following: XmlTag | undefined;
  for (let i = tags.length - 1; i >= 0; i--) {
    nextClose[i] = following;
    if (tags[i].local === "definedName" && tags[i].kind === "close") following = tags[i];
  }
  const names: WorkbookName[] = [];
  tags.forEach((tag, i) => {
    if (tag.local !== "definedName" || tag.kind === "close") return;
    const close = tag.kind === "empty" ? tag : nextClose[i];
    const local = attr(tag.attrs, "localSheetId");
    const inner = close && close !== tag ? xml.slice(tag.end, close.start) : "";
    names.push({
      name: attr(tag.attrs, "name") ?? "",
      localSheetId: local === undefined ? undefined : Number(local),
      formula: decodeXml(inner),
      start: tag.start,
      end: (close ?? tag).end,
    });
  });
  return names;
}

/** Reads workbook.xml and its relationships into sheets (tab order), defined names and rels. */
export function readWorkbookPart(pkg: Package, part: string): WorkbookPart {
  const xml = partText(pkg, part) ?? "";
  const tags = scanTags(xml);
  const rels = readRelationships(pkg, part);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const declared = namespaces(xml);
  const rAttr = Object.keys(declared).find((p) => declared[p] === REL_NS) ?? "r";
  const sheets = tags
    .filter((t) => t.local === "sheet" && t.kind !== "close")
    .map((tag, index) => {
      const rId = attr(tag.attrs, `${rAttr}:id`) ?? "";
      return { index, name: attr(tag.attrs, "name") ?? "", sheetId: Number(attr(tag.attrs, "sheetId") ?? 0), rId, part: byId.get(rId)?.part, tag };
    });
  return { part, relsPart: relsPartOf(part), xml, tags, sheets, names: readNames(xml, tags), rels, relPrefix: rAttr };
}

/** The relationships namespace URI that r:id attributes belong to. */
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Namespace prefixes declared anywhere in a text, prefix → URI. */
export function namespaces(xml: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of xml.matchAll(/xmlns:([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]] ??= m[2] ?? m[3];
  return out;
}
