import { type Package, relsPartOf } from "./package";
import { readRelationships } from "./read-relationships";

function referrers(pkg: Package): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const name of pkg.keys()) {
    const m = /^(.*?)_rels\/([^/]+)\.rels$/.exec(name);
    if (!m) continue;
    const source = m[1] + m[2];
    for (const rel of readRelationships(pkg, source)) {
      if (rel.external || !rel.part) continue;
      if (!out.has(rel.part)) out.set(rel.part, new Set());
      out.get(rel.part)?.add(source);
    }
  }
  return out;
}

/**
 * Removes what a part refers to that nothing else refers to (tables, drawings, comments of a
 * replaced generated sheet), transitively, and the part's own .rels; the part itself stays so it
 * can be overwritten in place. Returns the removed part names.
 */
export function removeOwnedParts(pkg: Package, root: string): string[] {
  const refs = referrers(pkg);
  const removed = new Set<string>([root]);
  const queue = [root];
  for (let source = queue.shift(); source !== undefined; source = queue.shift()) {
    for (const rel of readRelationships(pkg, source)) {
      if (rel.external || !rel.part || removed.has(rel.part) || !pkg.has(rel.part)) continue;
      const owners = refs.get(rel.part) ?? new Set();
      if ([...owners].every((o) => removed.has(o))) {
        removed.add(rel.part);
        queue.push(rel.part);
      }
    }
  }
  const out: string[] = [];
  for (const part of removed) {
    for (const name of part === root ? [relsPartOf(part)] : [part, relsPartOf(part)]) {
      if (pkg.delete(name)) out.push(name);
    }
  }
  return out;
}
