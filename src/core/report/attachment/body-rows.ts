import type { AttachmentLayout, Phase, Profile } from "../../profile/schema";
import { districtUnits } from "../../profile/districts";
import type { ComplianceRow } from "../../metrics/compliance";

/** One body row of an attachment: what it is labelled and what it reports. */
export interface BodyRow {
  /** The outer label (表1's 二级标准化, a form's 要素); consecutive equal groups merge. */
  group?: string;
  label: string;
  /** The district the row reports in metrics' spelling; null for city-wide rows. */
  district: string | null;
  /** The category or indicator the row reports, where rows (not columns) carry it. */
  id?: string;
  /** Which of the year's targets the row shows (0 = the primary one). */
  targetIndex: number;
  /** The official table's fixed cells, by official leaf index (序号, 行业, 牵头部门). */
  fixed?: readonly string[];
  /** The 序号 to print: a form item's number (null = none), else the row's position. */
  index: number | null;
  /** The sectors a row stands for (Quanzhou's 行业): the figures, per district, say nothing about them. */
  sectors?: readonly string[];
  /** The phase a category is due in (phased plans). */
  phase?: Phase;
}

/**
 * Districts in official order (the profile's names, as the notice prints them), then any other
 * district the figures hold (a roster's unlisted or open districts), so that the rows add up to
 * the metrics' totals whenever every record resolved to some district.
 */
function districtRows(profile: Profile, metrics: readonly ComplianceRow[]): BodyRow[] {
  const names = districtUnits(profile).map((u) => u.name);
  for (const m of metrics) if (m.district !== null && !names.includes(m.district)) names.push(m.district);
  return names.map((name, i) => ({ label: name, district: name, targetIndex: 0, index: i + 1 }));
}

/** The body rows of a layout, from its row source. */
export function bodyRows(layout: AttachmentLayout, profile: Profile, metrics: readonly ComplianceRow[]): BodyRow[] {
  const rows = layout.rows;
  switch (rows.source) {
    case "districts":
      return districtRows(profile, metrics);
    case "categories": {
      const ids = rows.categories ?? profile.categories.map((c) => c.id);
      return ids.map((id, i) => {
        const category = profile.categories.find((c) => c.id === id);
        const phase = profile.phases?.find((p) => p.id === category?.phase || p.categories.includes(id));
        return { label: category?.name ?? id, district: null, id, targetIndex: 0, index: i + 1, phase };
      });
    }
    case "explicit":
      return rows.rows.map((r, i) => ({
        group: r.group,
        label: r.label ?? r.group ?? "",
        district: null,
        id: r.category ?? r.indicator,
        targetIndex: r.target ?? 0,
        fixed: r.cells,
        sectors: r.sectors,
        index: i + 1,
      }));
    case "form":
      // A form's 要素 is its label (merged over the element's items); 序号 and 经验要点 are fixed cells.
      return rows.groups.flatMap((g) =>
        g.items.map((item) => ({ label: g.label, district: null, targetIndex: 0, index: item.no, fixed: [item.no === null ? "" : String(item.no), g.label, item.text] })),
      );
  }
}
