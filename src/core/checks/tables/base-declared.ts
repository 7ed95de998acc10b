import type { Finding } from "../../finding/finding";
import type { Category } from "../../profile/schema";
import { countOf } from "../../tables/figures";
import type { TableRule } from "./table-rule";
import { cellFinding } from "./table-finding";

/** The base the notice's own text declares for a category (not a table's figure); null when it declares none. */
export function declaredBase(category: Category): number | null {
  const fromText = category.bases?.find((b) => b.source === "text");
  return fromText?.value ?? category.declaredBase ?? null;
}

/**
 * base/declared-differs: the table's total base of a category (its totals row, else the sum of its
 * rows) differs from the base the notice declares. A warning, not an error: bases move as
 * enterprises close, open or move between districts.
 */
export const baseDeclared: TableRule = {
  id: "base/declared-differs",
  check({ table, profile }) {
    return table.groups.flatMap((group): Finding[] => {
      const category = group.kind === "category" ? profile.categories.find((c) => c.id === group.key) : undefined;
      const declared = category ? declaredBase(category) : null;
      const column = group.columns.base;
      if (declared === null || !column) return [];
      const totalCell = table.totals?.cells[group.key]?.base;
      let tableBase = countOf(totalCell?.reading);
      if (tableBase === null) {
        const values = table.rows.map((r) => countOf(r.cells[group.key]?.base?.reading));
        if (values.some((v) => v === null)) return [];
        tableBase = (values as number[]).reduce((a, b) => a + b, 0);
      }
      if (tableBase === declared) return [];
      const params = { declared, stated: tableBase, source: totalCell ? "total" : "sum" };
      if (totalCell && table.totals) return [cellFinding("base/declared-differs", "warning", table, table.totals, group, totalCell, params, declared, tableBase)];
      return [{
        rule: "base/declared-differs",
        severity: "warning",
        sheet: table.sheet,
        column: column.column,
        params: { sheet: table.sheet, cell: column.column, label: "", group: group.name, ...params },
        expected: declared,
        actual: tableBase,
      }];
    });
  },
};
