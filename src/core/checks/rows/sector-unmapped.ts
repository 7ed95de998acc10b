import type { Finding } from "../../finding/finding";
import { OUT_OF_SCOPE } from "../../roster/out-of-scope";
import { recordFinding } from "../record-finding";
import type { RowRule } from "../row-rule";

/**
 * row/sector-unmapped: the row's 行业 is none of the sector table's rows (附件2's 行业(领域)), so
 * the table does not count it; suggests the nearest spelling when one is near (烟花炮竹 → 烟花爆竹).
 * Rows out of every base, and rows without a 行业, raise nothing: they count in no row anyway.
 */
export const sectorUnmapped: RowRule = {
  id: "row/sector-unmapped",
  check(ctx) {
    const table = ctx.campaign.sectorTable;
    if (!table) return [];
    // A loop, not flatMap: no empty array per record whose 行业 maps.
    const out: Finding[] = [];
    const { records } = ctx;
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      if (r.sector === null || (r.status !== null && OUT_OF_SCOPE.has(r.status))) continue;
      const hit = table.rowOf(r.sector);
      if (hit.row !== null) continue;
      const hint = hit.suggestion === null ? {} : { hintKey: "row/sector-unmapped.hint", suggestion: hit.suggestion };
      out.push(recordFinding("row/sector-unmapped", "warning", r, "sector", { value: r.sector, table: table.label, ...hint }, hit.suggestion, r.sector));
    }
    return out;
  },
};
