import type { RecordClass, Standing } from "../metrics/classify-records";
import type { Profile } from "../profile/schema";
import type { AnyFigure, GroupPart } from "../spec/spec";
import { enterpriseEntry, type EnterpriseEntry } from "./enterprise-entry";
import { figureMembers, type FigureBasis } from "./figure-members";
import { groupKey, groupMembers } from "./group-members";

/** The standing of a record counted through no category (a de-listed enterprise an indicator names by its status). */
const NO_STANDING: Standing = { category: -1, attained: false, attainedThisYear: false, applying: false, why: null };

/** The printable entry of a classified record with its standing in `category` (an index; none when it is not in that base). */
export function entryIn(entry: RecordClass, category: number): EnterpriseEntry {
  return enterpriseEntry({ entry, standing: entry.standings.find((s) => s.category === category) ?? NO_STANDING });
}

/** The category (an index; -1 for none) a part's entries show their standing in: its own, or the one its indicator is within. */
export function standingCategory(part: GroupPart, profile: Profile): number {
  const id = "indicator" in part ? profile.indicators?.find((i) => i.id === part.indicator)?.within : part.category;
  return profile.categories.findIndex((c) => c.id === id);
}

/**
 * The printable entries behind any figure, in record order: a category figure's with their standing
 * in that category, an indicator's with their standing in the category it is within (none outside it),
 * a group's part by part, each with its standing in its part's category.
 */
export function figureEntries(figure: AnyFigure, basis: FigureBasis): EnterpriseEntry[] {
  if ("parts" in figure) {
    const categories = figure.parts.map((p) => standingCategory(p, basis.profile));
    return (groupMembers(basis, [figure]).get(groupKey(figure)) ?? []).map((m) => entryIn(basis.classification.classes[m.record], categories[m.part]));
  }
  const categoryId = "indicator" in figure ? basis.profile.indicators?.find((i) => i.id === figure.indicator)?.within : figure.category;
  const category = basis.profile.categories.findIndex((c) => c.id === categoryId);
  return figureMembers(figure, basis).map((i) => entryIn(basis.classification.classes[i], category));
}
