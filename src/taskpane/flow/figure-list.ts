import { enterpriseEntry, type EnterpriseEntry } from "../../core/explain/enterprise-entry";
import { enterprisesBehind, holds, MEASURES, type Measure } from "../../core/explain/enterprises-behind";
import { figureEntries } from "../../core/explain/figure-entries";
import type { GroupPart } from "../../core/spec/spec";
import type { CheckRun } from "./run-check";

/** The cell of an inserted summary sheet a figure was picked from (a selection in Excel). */
export interface FigureSource {
  sheet: string;
  address: string;
}

/**
 * A figure the clerk picked: a district (null = the total) and a category id, from the compliance
 * overview or, with its measure, from a count cell selected in an inserted summary sheet.
 */
export interface PickedCategoryFigure {
  district: string | null;
  category: string;
  /** The measure of the selected cell; the list opens on it. */
  measure?: Measure;
  from?: FigureSource;
}

/** An indicator's count picked by selecting its cell in an inserted summary sheet. */
export interface PickedIndicatorFigure {
  district: string | null;
  indicator: string;
  from?: FigureSource;
}

/** A count over a group (a stage's categories, a 附件2 row, a share's denominator) picked by selecting its cell. */
export interface PickedGroupFigure {
  district: string | null;
  parts: GroupPart[];
  from?: FigureSource;
}

/** Any figure the pane lists the enterprises of. */
export type PickedFigure = PickedCategoryFigure | PickedIndicatorFigure | PickedGroupFigure;

/** The enterprises behind a picked figure, per measure, as `anbiao explain` lists them. */
export type FigureLists = Record<Measure, EnterpriseEntry[]>;

/**
 * The lists behind a district × category figure, one per measure, drawn from the checked
 * rosters' classification the figures were counted from, so each list has exactly its count; null
 * when the category is not the profile's (a stale pick after a profile change).
 */
export function figureLists(run: CheckRun, figure: PickedCategoryFigure): FigureLists | null {
  const category = run.campaign.profile.categories.findIndex((c) => c.id === figure.category);
  if (category < 0) return null;
  const classification = run.result.rosters.classification;
  // One pass over the records for the base; every other measure is a part of it.
  const base = enterprisesBehind(classification, category, figure.district, "base");
  const lists = {} as FigureLists;
  for (const m of MEASURES) lists[m] = base.filter((b) => holds(b.standing, m)).map(enterpriseEntry);
  return lists;
}

/** The enterprises behind an indicator's count, as `anbiao explain --indicator` lists them; null when the indicator is not the profile's. */
export function indicatorList(run: CheckRun, figure: PickedIndicatorFigure): EnterpriseEntry[] | null {
  const { profile, asOf } = run.campaign;
  if (!profile.indicators?.some((i) => i.id === figure.indicator)) return null;
  return figureEntries({ district: figure.district, indicator: figure.indicator }, { classification: run.result.rosters.classification, profile, asOf });
}

/** The enterprises behind a group's count, part by part, as `anbiao explain` and 明细 list them. */
export function groupList(run: CheckRun, figure: PickedGroupFigure): EnterpriseEntry[] {
  const { profile, asOf } = run.campaign;
  return figureEntries({ district: figure.district, parts: figure.parts }, { classification: run.result.rosters.classification, profile, asOf });
}
