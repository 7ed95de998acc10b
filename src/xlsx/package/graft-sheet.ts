import { freePartName, type Package, partText, relativeTarget } from "./package";
import { readRelationships, relType } from "./read-relationships";
import { inlineSharedStrings } from "./inline-strings";
import { remapSheetStyles, remapTableStyles } from "./remap-styles";
import { attr, escapeXml } from "./xml-tags";
import { maxOf } from "../../core/collections/extremes";

/** A part to add to the output: name, text, content type. */
export interface NewPart {
  part: string;
  xml: string;
  contentType: string;
}

/** A scratch sheet made ready for the input package: its XML, .rels text and table parts. */
export interface GraftedSheet {
  sheetXml: string;
  relsXml?: string;
  tables: NewPart[];
}

/** What a graft needs of the input: style maps, strings, free names, and names already taken. */
export interface GraftContext {
  scratch: Package;
  strings: readonly string[];
  xf: readonly number[];
  dxf: readonly number[];
  /** The output package, to find free part names in. */
  output: Package;
  reserved: Set<string>;
  /** Table ids in use in the output; grows as tables are added. */
  tableIds: Set<number>;
  /** Lower-cased table and defined names in use (they share one namespace); grows too. */
  names: Set<string>;
  tableContentType: string;
}

const REL_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';

function freeTableName(name: string, taken: Set<string>): string {
  let out = name;
  for (let n = 2; taken.has(out.toLowerCase()); n++) out = `${name}_${n}`;
  taken.add(out.toLowerCase());
  return out;
}

function graftTable(ctx: GraftContext, scratchPart: string): NewPart {
  let xml = partText(ctx.scratch, scratchPart) ?? "";
  const id = maxOf(ctx.tableIds, 0) + 1;
  ctx.tableIds.add(id);
  const name = freeTableName(attr(/<table\b[^>]*>/.exec(xml)?.[0] ?? "", "name") ?? "Table", ctx.names);
  xml = xml.replace(/<table\b[^>]*>/, (open) =>
    open.replace(/(\sid=")\d+"/, `$1${id}"`).replace(/(\s(?:name|displayName)=")[^"]*"/g, `$1${escapeXml(name)}"`));
  const part = freePartName(ctx.output, "xl/tables/table", ".xml", ctx.reserved);
  return { part, xml: remapTableStyles(xml, ctx.dxf), contentType: ctx.tableContentType };
}

/**
 * Prepares one sheet of the scratch workbook for the input package: shared strings inlined, style
 * indices remapped, tables renumbered to free part names, ids and names, and in-workbook
 * hyperlinks written as locations (ExcelJS writes them as external "#…" targets).
 */
export function graftSheet(ctx: GraftContext, scratchSheet: string, outputSheet: string): GraftedSheet {
  let sheetXml = remapSheetStyles(inlineSharedStrings(partText(ctx.scratch, scratchSheet) ?? "", ctx.strings), ctx.xf, ctx.dxf);
  const tables: NewPart[] = [];
  const rels: string[] = [];
  const locations = new Map<string, string>();
  for (const rel of readRelationships(ctx.scratch, scratchSheet)) {
    if (rel.external && rel.target.startsWith("#")) {
      locations.set(rel.id, escapeXml(rel.target.slice(1)));
      continue;
    }
    let target = rel.target;
    if (!rel.external && relType(rel) === "table" && rel.part) {
      const table = graftTable(ctx, rel.part);
      tables.push(table);
      target = relativeTarget(outputSheet, table.part);
    } else if (!rel.external) {
      throw new Error(`scratch sheet ${scratchSheet} refers to an unexpected part ${rel.target}`);
    }
    const mode = rel.external ? ' TargetMode="External"' : "";
    rels.push(`<Relationship Id="${escapeXml(rel.id)}" Type="${escapeXml(rel.type)}" Target="${escapeXml(target)}"${mode}/>`);
  }
  // One pass over the sheet for every in-workbook link (a findings sheet has one per finding).
  if (locations.size) {
    sheetXml = sheetXml.replace(/<hyperlink\b([^>]*?)\sr:id="([^"]*)"([^>]*?)\/>/g, (whole: string, a: string, id: string, b: string) => {
      const location = locations.get(id);
      return location === undefined ? whole : `<hyperlink${(a + b).replace(/\slocation="[^"]*"/, "")} location="${location}"/>`;
    });
  }
  const relsXml = rels.length ? `${REL_HEAD}${rels.join("")}</Relationships>` : undefined;
  return { sheetXml, relsXml, tables };
}
