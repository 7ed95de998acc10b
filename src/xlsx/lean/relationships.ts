import { elementPrefix, attribute, startTags } from "./xml-text";
import { partFolder, partText, relsPartOf, resolveTarget, type XlsxPackage } from "./package-parts";

/** One relationship of a part: its id, its type's last path segment ("worksheet") and the resolved part name. */
export interface Relationship {
  id: string;
  kind: string;
  part: string;
}

/** The relationships of a part (empty when it has none); external targets are left out. */
export function readRelationships(pkg: XlsxPackage, part: string): Relationship[] {
  const text = partText(pkg, relsPartOf(part));
  if (text === null) return [];
  const prefix = elementPrefix(text, "Relationship");
  const rels: Relationship[] = [];
  for (const tag of startTags(text, prefix + "Relationship")) {
    const id = attribute(tag, "Id"), type = attribute(tag, "Type"), target = attribute(tag, "Target");
    if (id === null || type === null || target === null || attribute(tag, "TargetMode") === "External") continue;
    rels.push({ id, kind: type.slice(type.lastIndexOf("/") + 1), part: resolveTarget(partFolder(part), target) });
  }
  return rels;
}
