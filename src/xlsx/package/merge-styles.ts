import type { TextEdit } from "./text-edits";
import { applyEdits } from "./text-edits";
import { attr, rootPrefix, scanTags, withPrefix, type XmlTag } from "./xml-tags";
import { rootChild, rootChildren, type XmlCollection } from "./xml-children";

/** The input's styles with the scratch workbook's appended, and where each scratch index landed. */
export interface MergedStyles {
  xml: string;
  /** Scratch cellXfs index → index in the merged cellXfs. */
  xf: number[];
  /** Scratch dxfs index → index in the merged dxfs. */
  dxf: number[];
}

// CT_Stylesheet's child order: a missing collection is inserted before the first later one present.
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
const FIRST_CUSTOM_NUMFMT = 164;

function setAttr(item: string, name: string, value: string | number): string {
  return item.replace(new RegExp(`(\\s${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`), `$1"${value}"`);
}

/** Reuses an identical existing item, else appends: returns each item's index and the items to add. */
function appendUnique(existing: readonly string[], items: readonly string[]): { map: number[]; added: string[] } {
  const index = new Map<string, number>();
  existing.forEach((x, i) => index.set(x, i)); // later duplicates do not shadow the first
  const added: string[] = [];
  const map = items.map((item) => {
    let at = index.get(item);
    if (at === undefined) {
      at = existing.length + added.length;
      added.push(item);
      index.set(item, at);
    }
    return at;
  });
  return { map, added };
}

function mapNumFmts(input: XmlCollection | undefined, scratch: XmlCollection | undefined): { map: Map<number, number>; added: string[] } {
  const byCode = new Map<string, number>();
  let next = FIRST_CUSTOM_NUMFMT;
  for (const item of input?.items ?? []) {
    const id = Number(attr(item, "numFmtId"));
    const code = attr(item, "formatCode");
    if (code !== undefined && !byCode.has(code)) byCode.set(code, id);
    next = Math.max(next, id + 1);
  }
  const map = new Map<number, number>();
  const added: string[] = [];
  for (const item of scratch?.items ?? []) {
    const id = Number(attr(item, "numFmtId"));
    const code = attr(item, "formatCode") ?? "";
    let to = byCode.get(code);
    if (to === undefined) {
      to = next++;
      byCode.set(code, to);
      added.push(setAttr(item, "numFmtId", to));
    }
    map.set(id, to);
  }
  return { map, added };
}

function remap(item: string, name: string, map: (n: number) => number): string {
  return item.replace(new RegExp(`(\\s${name}\\s*=\\s*)(?:"(\\d+)"|'(\\d+)')`, "g"), (_, pre: string, a?: string, b?: string) => `${pre}"${map(Number(a ?? b))}"`);
}

/** Items to append to one of styles.xml's collections (numFmts, cellXfs…), by its local name. */
export interface Growth {
  local: string;
  added: string[];
}

/** Text edits appending items to styles.xml collections, creating a missing collection in schema order and updating counts. */
export function growEdits(xml: string, tags: readonly XmlTag[], growth: Growth[], prefix: string): TextEdit[] {
  const edits: TextEdit[] = [];
  const children = rootChildren(tags);
  const closeRoot = tags[tags.length - 1];
  for (const { local, added } of growth) {
    if (added.length === 0) continue;
    const body = withPrefix(added.join(""), prefix);
    const found = rootChild(xml, tags, local);
    if (!found) {
      const later = ORDER.slice(ORDER.indexOf(local) + 1);
      const before = children.find((c) => later.includes(c.local));
      const at = before ? before.start : closeRoot.start;
      edits.push({ start: at, end: at, text: `<${prefix}${local} count="${added.length}">${body}</${prefix}${local}>` });
      continue;
    }
    const count = found.items.length + added.length;
    const open = xml.slice(found.open.start, found.open.end);
    const counted = /\scount\s*=/.test(open) ? setAttr(open, "count", count) : open;
    if (found.close) {
      edits.push({ start: found.open.start, end: found.open.end, text: counted });
      edits.push({ start: found.close.start, end: found.close.start, text: body });
    } else {
      const opened = counted.replace(/\s*\/>$/, ">");
      edits.push({ start: found.open.start, end: found.open.end, text: `${opened}${body}</${found.open.name}>` });
    }
  }
  return edits;
}

/**
 * Appends the scratch workbook's number formats, fonts, fills, borders, cell formats and
 * differential formats to the input's styles.xml (identical entries are reused, so a second run
 * does not grow it), leaving every existing entry where it was.
 */
export function mergeStyles(inputXml: string, scratchXml: string): MergedStyles {
  const tags = scanTags(inputXml);
  const stags = scanTags(scratchXml);
  const get = (local: string) => rootChild(inputXml, tags, local);
  const sget = (local: string) => rootChild(scratchXml, stags, local);
  const numFmts = mapNumFmts(get("numFmts"), sget("numFmts"));
  const fonts = appendUnique(get("fonts")?.items ?? [], sget("fonts")?.items ?? []);
  const fills = appendUnique(get("fills")?.items ?? [], sget("fills")?.items ?? []);
  const borders = appendUnique(get("borders")?.items ?? [], sget("borders")?.items ?? []);
  const numFmt = (n: number) => numFmts.map.get(n) ?? n;
  const xfItems = (sget("cellXfs")?.items ?? []).map((xf) => {
    let out = remap(xf, "numFmtId", numFmt);
    out = remap(out, "fontId", (n) => fonts.map[n] ?? 0);
    out = remap(out, "fillId", (n) => fills.map[n] ?? 0);
    out = remap(out, "borderId", (n) => borders.map[n] ?? 0);
    // The input's first cell style ("Normal") is the parent of every grafted format.
    return remap(out, "xfId", () => 0);
  });
  const xfs = appendUnique(get("cellXfs")?.items ?? [], xfItems);
  const dxfItems = (sget("dxfs")?.items ?? []).map((d) => remap(d, "numFmtId", numFmt));
  const dxfs = appendUnique(get("dxfs")?.items ?? [], dxfItems);
  const growth: Growth[] = [
    { local: "numFmts", added: numFmts.added },
    { local: "fonts", added: fonts.added },
    { local: "fills", added: fills.added },
    { local: "borders", added: borders.added },
    { local: "cellXfs", added: xfs.added },
    { local: "dxfs", added: dxfs.added },
  ];
  const xml = applyEdits(inputXml, growEdits(inputXml, tags, growth, rootPrefix(tags)));
  return { xml, xf: xfs.map, dxf: dxfs.map };
}
