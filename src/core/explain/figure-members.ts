import { membershipOf } from "../campaign/membership";
import type { Classification } from "../metrics/classify-records";
import { indicatorHits } from "../metrics/indicator-tally";
import type { Profile } from "../profile/schema";
import type { IsoDate } from "../roster/record";
import type { AnyFigure, IndicatorFigure } from "../spec/spec";
import { enterprisesBehind } from "./enterprises-behind";

/** What the lists behind figures are drawn from: the classification every count came from, the profile and the as-of date. */
export interface FigureBasis {
  classification: Classification;
  profile: Profile;
  asOf: IsoDate;
}

/** The records (indices into the classification, record order) an indicator's count took, by the tally's own test. */
function indicatorMembers(figure: IndicatorFigure, basis: FigureBasis): number[] {
  const which = (basis.profile.indicators ?? []).findIndex((i) => i.id === figure.indicator);
  if (which < 0) return [];
  const hitsOf = indicatorHits({ profile: basis.profile, membership: membershipOf(basis.profile), asOf: basis.asOf });
  const { classes, byDistrict } = basis.classification;
  const hits: number[] = [];
  const out: number[] = [];
  classes.forEach((entry, i) => {
    // As in the tally: the total is the district rows' population unless no record has a district.
    if (figure.district === null ? byDistrict && entry.district === null : entry.district !== figure.district) return;
    hitsOf(entry.record, hits);
    if (hits.includes(which)) out.push(i);
  });
  return out;
}

/**
 * The record indices (into classification.classes, in record order) a figure counted: a category's
 * base, attained or applying in a district (null = the total), or an indicator's count. Drawn by the
 * same tests the counts were, so its length is the figure's value.
 */
export function figureMembers(figure: AnyFigure, basis: FigureBasis): number[] {
  if ("indicator" in figure) return indicatorMembers(figure, basis);
  const category = basis.profile.categories.findIndex((c) => c.id === figure.category);
  if (category < 0) return [];
  const index = new Map(basis.classification.classes.map((c, i) => [c, i]));
  return enterprisesBehind(basis.classification, category, figure.district, figure.measure).map((b) => index.get(b.entry)!);
}
