import { standingCategory } from "../../explain/figure-entries";
import type { FigureBasis } from "../../explain/figure-members";
import { placeLabel } from "../../explain/group-label";
import { groupKey, groupMembers } from "../../explain/group-members";
import type { Lang } from "../../i18n/lang";
import type { GroupFigure } from "../../spec/spec";
import type { GroupEntry } from "./group-rows";

/** The group figures some sheet reports as entries for groupRows, and the place labels their rows show. */
export function groupEntries(input: FigureBasis & { lang: Lang }, figures: readonly GroupFigure[], scopes: readonly (string | null)[]): { entries: GroupEntry[]; labels: string[] } {
  const labels: string[] = [];
  const labelIndex = new Map<string, number>();
  const labelOf = (text: string) => {
    let i = labelIndex.get(text);
    if (i === undefined) labelIndex.set(text, (i = labels.push(text) - 1));
    return i;
  };
  const scopeOf = new Map(scopes.map((s, i) => [s, i]));
  const members = groupMembers(input, figures);
  const entries: GroupEntry[] = [];
  const seen = new Set<string>();
  for (const f of figures) {
    const key = groupKey(f);
    if (seen.has(key)) continue;
    seen.add(key);
    const partLabels = f.parts.map((p) => labelOf(placeLabel(p, input.profile, input.lang)));
    const partCategories = f.parts.map((p) => standingCategory(p, input.profile));
    const scope = scopeOf.get(f.district) ?? scopes.length - 1;
    const items = (members.get(key) ?? []).map((m) => ({ record: m.record, category: partCategories[m.part], label: partLabels[m.part] }));
    entries.push({ key, scope, family: partLabels.join(","), total: f.district === null, parts: f.parts.length, items });
  }
  return { entries, labels };
}
