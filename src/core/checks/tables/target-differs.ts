import type { Finding } from "../../finding/finding";
import { targetsFor } from "../../profile/targets";
import { percentText } from "../../tables/rate-compare";
import type { TableRule } from "./table-rule";
import { cellFinding, shown } from "./table-finding";

/**
 * target/differs: a district's target as the table states it differs from the target the profile
 * allocates to that district for the year (a copied row, an old allocation). A warning.
 */
export const targetDiffers: TableRule = {
  id: "target/differs",
  check({ table, profile, year }) {
    return table.rows.flatMap((row) =>
      table.groups.flatMap((group): Finding[] => {
        const cell = row.cells[group.key]?.target;
        if (!cell || cell.reading.kind !== "number" || !row.district) return [];
        const kind = cell.reading.percent ? "rate" : "count";
        const target = targetsFor(profile, group.key, year, row.district.id).find((t) => t.kind === kind);
        if (!target || Math.abs(target.value - cell.reading.value) < 1e-9) return [];
        const expected = kind === "rate" ? percentText(target.value, 0) : String(target.value);
        return [cellFinding("target/differs", "warning", table, row, group, cell, { stated: shown(cell), expected, year }, target.value, cell.reading.value)];
      }),
    );
  },
};
