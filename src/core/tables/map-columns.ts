import { headerLeaves, type HeaderLeaf } from "../profile/header";
import type { AttachmentLayout, Profile } from "../profile/schema";
import type { HeaderColumn } from "../roster/types";
import { bindingByText, type Binding } from "./category-by-text";
import { headerDistance } from "./header-match";
import { metricOfLeaf, rateKindOfMetric, slotOfMetric } from "./leaf-slot";
import type { RateKind, Slot } from "./types";
import { minOf } from "../collections/extremes";

/** A header column mapped to a category (or indicator) and a slot, with the group text the sheet writes. */
export interface MappedColumn {
  column: HeaderColumn;
  binding: Binding;
  slot: Slot;
  rateKind: RateKind | null;
  /** The sheet's text for the group (the leaf's own text for a one-level header). */
  groupText: string;
}

/** Columns mapped against one layout (or, layout null, by words alone), and the header columns left over. */
export interface ColumnMapping {
  layout: AttachmentLayout | null;
  mapped: MappedColumn[];
  unmatched: HeaderColumn[];
}

function groupTexts(column: HeaderColumn): string[] {
  return column.path.slice(0, -1);
}

function leafText(column: HeaderColumn): string {
  return column.path[column.path.length - 1] ?? "";
}

/** Distance of a sheet column to a layout leaf: leaf text, and the nearest group's text against any of the sheet's groups. */
function leafDistance(column: HeaderColumn, leaf: HeaderLeaf): number | null {
  const leafD = headerDistance(leafText(column), leaf.node.text);
  if (leafD === null) return null;
  const group = leaf.groups[leaf.groups.length - 1];
  if (!group) return leafD;
  const groupD = groupTexts(column)
    .map((t) => headerDistance(t, group.text))
    .filter((d): d is number => d !== null);
  return groupD.length === 0 ? null : leafD + minOf(groupD);
}

function mapByLayout(columns: HeaderColumn[], layout: AttachmentLayout): MappedColumn[] {
  const leaves = headerLeaves(layout.headerRows).filter((l) => slotOfMetric(l.node.metric) !== null && (l.category || l.indicator));
  const used = new Set<HeaderLeaf>();
  const out: MappedColumn[] = [];
  for (const column of columns) {
    let best: { leaf: HeaderLeaf; distance: number } | null = null;
    for (const leaf of leaves) {
      if (used.has(leaf)) continue;
      const distance = leafDistance(column, leaf);
      if (distance !== null && (best === null || distance < best.distance)) best = { leaf, distance };
    }
    if (!best) continue;
    used.add(best.leaf);
    const { leaf } = best;
    const binding: Binding = leaf.category ? { key: leaf.category, kind: "category" } : { key: leaf.indicator as string, kind: "indicator" };
    const groups = groupTexts(column);
    out.push({
      column,
      binding,
      slot: slotOfMetric(leaf.node.metric) as Slot,
      rateKind: rateKindOfMetric(leaf.node.metric),
      groupText: groups[groups.length - 1] ?? leafText(column),
    });
  }
  return out;
}

/** Maps a column by words alone: the category its groups (or, one level deep, its own text) name, the metric its leaf names. */
function mapByWords(column: HeaderColumn, profile: Profile): MappedColumn | null {
  const metric = metricOfLeaf(leafText(column));
  const slot = slotOfMetric(metric ?? undefined);
  if (metric === null || slot === null) return null;
  const groups = groupTexts(column);
  const candidates = groups.length > 0 ? [...groups].reverse() : [leafText(column)];
  for (const text of candidates) {
    const binding = bindingByText(profile, text);
    if (binding) return { column, binding, slot, rateKind: rateKindOfMetric(metric), groupText: text };
  }
  return null;
}

/**
 * Maps header columns to categories and slots: against each of the profile's attachment layouts
 * (header texts compared with small wording differences tolerated), keeping the layout that maps
 * the most columns; columns no layout leaf fits are mapped by their words, or left unmatched.
 */
export function mapColumns(columns: HeaderColumn[], profile: Profile): ColumnMapping {
  let best: { layout: AttachmentLayout; mapped: MappedColumn[] } | null = null;
  for (const layout of profile.attachments ?? []) {
    if (layout.rows.source !== "districts") continue;
    const mapped = mapByLayout(columns, layout);
    if (mapped.length >= 2 && (best === null || mapped.length > best.mapped.length)) best = { layout, mapped };
  }
  const mapped = best?.mapped ?? [];
  const unmatched: HeaderColumn[] = [];
  for (const column of columns) {
    if (mapped.some((m) => m.column === column)) continue;
    const byWords = mapByWords(column, profile);
    if (byWords) mapped.push(byWords);
    else unmatched.push(column);
  }
  mapped.sort((a, b) => a.column.col - b.column.col);
  return { layout: best?.layout ?? null, mapped, unmatched };
}
