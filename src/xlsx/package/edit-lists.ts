import { applyEdits, type TextEdit } from "./text-edits";
import { attr, escapeXml, rootPrefix, scanTags, withPrefix } from "./xml-tags";

/** Entries to add to and remove from a list-shaped part (.rels, [Content_Types].xml). */
interface ListEdit {
  /** Element XML to append before the root's closing tag (written unprefixed). */
  add: string[];
  /** True for an existing entry to remove, given its attribute text. */
  remove: (attrs: string) => boolean;
  entry: string;
}

function editList(xml: string, edit: ListEdit): string {
  const tags = scanTags(xml);
  const edits: TextEdit[] = tags
    .filter((t) => t.local === edit.entry && t.kind === "empty" && edit.remove(t.attrs))
    .map((t) => ({ start: t.start, end: t.end, text: "" }));
  const close = tags[tags.length - 1];
  if (edit.add.length) edits.push({ start: close.start, end: close.start, text: withPrefix(edit.add.join(""), rootPrefix(tags)) });
  return applyEdits(xml, edits);
}

/** A relationship to add to a .rels part. */
export interface NewRelationship {
  id: string;
  type: string;
  target: string;
}

/** Adds relationships to a .rels text and removes those whose ids are listed. */
export function editRelationshipsXml(xml: string, add: readonly NewRelationship[], removeIds: ReadonlySet<string>): string {
  return editList(xml, {
    entry: "Relationship",
    add: add.map((r) => `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"/>`),
    remove: (attrs) => removeIds.has(attr(attrs, "Id") ?? ""),
  });
}

/** Adds Override entries to [Content_Types].xml and removes those of the listed parts. */
export function editContentTypesXml(xml: string, add: readonly { part: string; contentType: string }[], removeParts: ReadonlySet<string>): string {
  const removed = new Set([...removeParts].map((p) => `/${p}`.toLowerCase()));
  return editList(xml, {
    entry: "Override",
    add: add.map((o) => `<Override PartName="/${escapeXml(o.part)}" ContentType="${escapeXml(o.contentType)}"/>`),
    remove: (attrs) => removed.has((attr(attrs, "PartName") ?? "").toLowerCase()),
  });
}

/** The first "rIdN" not used by any of the given ids; the new id is added to the set. */
export function freeRelId(used: Set<string>): string {
  for (let n = 1; ; n++) {
    const id = `rId${n}`;
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}
