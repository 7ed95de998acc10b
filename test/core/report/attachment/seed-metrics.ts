import { complianceOf, type ComplianceRow } from "../../../../src/core/metrics/compliance";
import { rateOf, type MetricRow } from "../../../../src/core/metrics/metric-row";
import { findBuiltinProfile } from "../../../../src/core/profile";
import type { Profile } from "../../../../src/core/profile/schema";
import { suzhouSeedTable } from "./seed-tables";

/** The Suzhou profile as built in. */
export const suzhou: Profile = findBuiltinProfile("suzhou-2022") as Profile;

/** A printed count: "/" (no such enterprises) reads as 0. */
function count(text: string): number {
  return text === "/" ? 0 : Number(text);
}

/**
 * Metrics equal to the figures the Suzhou notice prints in 附件1 and 附件2: per district and per
 * category (base, attained, applying where printed), and the printed 合计 as the city totals.
 */
export function suzhouSeedMetrics(): ComplianceRow[] {
  const rows: MetricRow[] = [];
  for (const [label, id] of [["附件1", "attachment-1"], ["附件2", "attachment-2"]] as const) {
    const table = suzhouSeedTable(label);
    const layout = suzhou.attachments!.find((a) => a.id === id)!;
    for (const printed of table.rows) {
      let at = 0;
      for (const group of layout.headerRows.filter((n) => n.children)) {
        const figures: Record<string, number> = { base: 0, attained: 0, applying: 0 };
        for (const leaf of group.children!) {
          const text = printed.cells[at++];
          if (leaf.metric === "base" || leaf.metric === "attained" || leaf.metric === "applying") figures[leaf.metric] = count(text);
        }
        const category = suzhou.categories.find((c) => c.id === group.category)!;
        const { base, attained, applying } = figures;
        rows.push({
          district: printed.label === "合计" ? null : printed.label,
          category: category.id,
          categoryName: category.name,
          base,
          attained,
          // The notice does not say which were attained in 2022; no category of 附件1/2 has a target of new enterprises.
          attainedThisYear: 0,
          applying,
          creationRate: rateOf(attained + applying, base),
          attainmentRate: rateOf(attained, base),
        });
      }
    }
  }
  return complianceOf(rows, suzhou, 2022);
}
