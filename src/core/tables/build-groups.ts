import type { Profile } from "../profile/schema";
import { bindingName } from "./category-by-text";
import type { MappedColumn } from "./map-columns";
import type { ColumnGroup } from "./types";

/**
 * Gathers mapped columns into one group per category (or indicator), in column order. A second
 * column for a slot the group already has is returned as a leftover, not silently dropped.
 */
export function buildGroups(mapped: readonly MappedColumn[], profile: Profile): { groups: ColumnGroup[]; leftovers: MappedColumn[] } {
  const groups: ColumnGroup[] = [];
  const leftovers: MappedColumn[] = [];
  for (const m of mapped) {
    let group = groups.find((g) => g.key === m.binding.key);
    if (!group) {
      const category = m.binding.kind === "category" ? profile.categories.find((c) => c.id === m.binding.key) : undefined;
      group = {
        key: m.binding.key,
        kind: m.binding.kind,
        name: bindingName(profile, m.binding),
        header: m.groupText,
        rateKind: category?.rate ?? "share",
        columns: {},
      };
      groups.push(group);
    }
    if (group.columns[m.slot]) {
      leftovers.push(m);
      continue;
    }
    group.columns[m.slot] = { col: m.column.col, column: m.column.column, path: m.column.path, slot: m.slot };
    // The table's own rate column says which rate it states (附件2 states 达标率 for a creation category).
    if (m.slot === "rate" && m.rateKind) group.rateKind = m.rateKind;
  }
  return { groups, leftovers };
}
