import { t } from "../i18n/translate";
import type { AttachmentLayout, HeaderNode, Profile } from "../profile/schema";

/** Id of the fill-in table made from the profile's categories when no attachment has district rows with bases. */
export const FILL_IN_LAYOUT_ID = "fill-in";

function hasBase(nodes: readonly HeaderNode[]): boolean {
  return nodes.some((n) => n.metric === "base" || (n.children !== undefined && hasBase(n.children)));
}

/** True for an attachment a district can fill for itself: one row per district, with base counts. */
export function isDistrictCountLayout(layout: AttachmentLayout): boolean {
  return layout.rows.source === "districts" && hasBase(layout.headerRows);
}

/**
 * A district-rowed table of every category — base, attained, applying (creation-rate categories)
 * and the rate — for campaigns whose attachments are city-wide (targets, phases, sectors) or
 * state rates without their counts: the counts the city's attachments are computed from.
 */
export function fillInLayout(profile: Profile): AttachmentLayout {
  const groups: HeaderNode[] = profile.categories.map((c) => ({
    text: c.name,
    category: c.id,
    children: [
      { text: t("col.base"), metric: "base" },
      { text: t("col.attained"), metric: "attained" },
      ...(c.rate === "creation" ? [{ text: t("col.applying"), metric: "applying" } as HeaderNode] : []),
      c.rate === "creation" ? { text: t("col.creationRate"), metric: "creationRate" } : { text: t("col.attainmentRate"), metric: "attainmentRate" },
    ],
  }));
  return {
    id: FILL_IN_LAYOUT_ID,
    label: t("template.sheet.fillIn"),
    title: t("template.fillIn.title", { title: profile.title, district: profile.districts.label }),
    kind: "district-table",
    headerRows: [{ text: profile.districts.label, metric: "label" }, ...groups],
    rows: { source: "districts" },
    totalsRow: { label: "合计" },
    numberFormats: { base: "0", attained: "0", applying: "0", creationRate: "0.0%", attainmentRate: "0.0%" },
    notApplicable: "/",
  };
}

/**
 * The tables a district fills: the profile's district-rowed attachments with bases, or the fill-in
 * table of its categories when it has none (the city's attachments are then computed from it).
 */
export function templateLayouts(profile: Profile): AttachmentLayout[] {
  const own = (profile.attachments ?? []).filter(isDistrictCountLayout);
  return own.length > 0 ? own : profile.categories.length > 0 ? [fillInLayout(profile)] : [];
}
