import { type Package, partText, relsPartOf, resolveTarget } from "./package";
import { attr, scanTags } from "./xml-tags";

/** One relationship of a part: its id, type URI, raw target and, when internal, the part it names. */
export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The resolved part name of an internal target. */
  part?: string;
}

/** The relationships a part holds (empty when it has no .rels part). */
export function readRelationships(pkg: Package, part: string): Relationship[] {
  const xml = partText(pkg, relsPartOf(part));
  if (xml === undefined) return [];
  return readRelationshipsXml(xml, part);
}

/** Parses a .rels text; `part` is the source part its targets are relative to. */
export function readRelationshipsXml(xml: string, part: string): Relationship[] {
  return scanTags(xml)
    .filter((t) => t.local === "Relationship" && t.kind !== "close")
    .map((t) => {
      const target = attr(t.attrs, "Target") ?? "";
      const external = attr(t.attrs, "TargetMode") === "External";
      return {
        id: attr(t.attrs, "Id") ?? "",
        type: attr(t.attrs, "Type") ?? "",
        target,
        external,
        part: external ? undefined : resolveTarget(part, target),
      };
    });
}

/** The last path segment of a relationship type URI ("worksheet", "styles", "table"). */
export function relType(rel: Relationship): string {
  return rel.type.slice(rel.type.lastIndexOf("/") + 1);
}
