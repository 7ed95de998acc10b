import type { RecordClass, Standing } from "../metrics/classify-records";
import type { AnyFigure } from "../spec/spec";
import { enterpriseEntry, type EnterpriseEntry } from "./enterprise-entry";
import { figureMembers, type FigureBasis } from "./figure-members";

/** The standing of a record counted through no category (a de-listed enterprise an indicator names by its status). */
const NO_STANDING: Standing = { category: -1, attained: false, attainedThisYear: false, applying: false, why: null };

/** The printable entry of a classified record with its standing in `category` (an index; none when it is not in that base). */
export function entryIn(entry: RecordClass, category: number): EnterpriseEntry {
  return enterpriseEntry({ entry, standing: entry.standings.find((s) => s.category === category) ?? NO_STANDING });
}

/**
 * The printable entries behind any figure, in record order: a category figure's with their standing
 * in that category, an indicator's with their standing in the category it is within (none outside it).
 */
export function figureEntries(figure: AnyFigure, basis: FigureBasis): EnterpriseEntry[] {
  const categoryId = "indicator" in figure ? basis.profile.indicators?.find((i) => i.id === figure.indicator)?.within : figure.category;
  const category = basis.profile.categories.findIndex((c) => c.id === categoryId);
  return figureMembers(figure, basis).map((i) => entryIn(basis.classification.classes[i], category));
}
