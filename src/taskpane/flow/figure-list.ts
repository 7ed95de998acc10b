import { enterpriseEntry, type EnterpriseEntry } from "../../core/explain/enterprise-entry";
import { enterprisesBehind, MEASURES, type Measure } from "../../core/explain/enterprises-behind";
import type { CheckRun } from "./run-check";

/** A figure of the compliance overview the clerk picked: a district (null = the total) and a category id. */
export interface PickedFigure {
  district: string | null;
  category: string;
}

/** The enterprises behind a picked figure, per measure, as `anbiao explain` lists them. */
export type FigureLists = Record<Measure, EnterpriseEntry[]>;

/**
 * The lists behind a district × category figure (base, attained, applying), drawn from the checked
 * rosters' classification the figures were counted from, so each list has exactly its count; null
 * when the category is not the profile's (a stale pick after a profile change).
 */
export function figureLists(run: CheckRun, figure: PickedFigure): FigureLists | null {
  const category = run.campaign.profile.categories.findIndex((c) => c.id === figure.category);
  if (category < 0) return null;
  const classification = run.result.rosters.classification;
  const lists = {} as FigureLists;
  for (const m of MEASURES) lists[m] = enterprisesBehind(classification, category, figure.district, m).map(enterpriseEntry);
  return lists;
}
