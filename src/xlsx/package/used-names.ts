import { type Package, partText } from "./package";
import { PART_TYPES } from "./part-types";
import type { WorkbookPart } from "./read-workbook-part";
import { CONTENT_TYPES } from "./content-types";
import { attr, scanTags } from "./xml-tags";

/** Table ids and the names grafted tables must avoid (tables and defined names share one namespace). */
export function usedTableNames(pkg: Package, wb: WorkbookPart): { tableIds: Set<number>; names: Set<string> } {
  const tableIds = new Set<number>();
  const names = new Set(wb.names.map((n) => n.name.toLowerCase()));
  const tableParts = scanTags(partText(pkg, CONTENT_TYPES) ?? "")
    .filter((t) => t.local === "Override" && attr(t.attrs, "ContentType") === PART_TYPES.table)
    .map((t) => (attr(t.attrs, "PartName") ?? "").replace(/^\//, ""));
  for (const part of tableParts) {
    const root = scanTags(partText(pkg, part) ?? "").find((t) => t.local === "table");
    if (!root) continue;
    tableIds.add(Number(attr(root.attrs, "id") ?? 0));
    for (const key of ["name", "displayName"]) {
      const name = attr(root.attrs, key);
      if (name) names.add(name.toLowerCase());
    }
  }
  return { tableIds, names };
}
