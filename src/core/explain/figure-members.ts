import { membershipOf } from "../campaign/membership";
import type { Classification } from "../metrics/classify-records";
import { indicatorHits } from "../metrics/indicator-tally";
import type { Profile } from "../profile/schema";
import type { IsoDate } from "../roster/record";
import type { AnyFigure } from "../spec/spec";
import { enterprisesBehind } from "./enterprises-behind";
import { groupKey, groupMembers } from "./group-members";

/** What the lists behind figures are drawn from: the classification every count came from, the profile and the as-of date. */
export interface FigureBasis {
  classification: Classification;
  profile: Profile;
  asOf: IsoDate;
}

/**
 * The records (indices into the classification, record order) each indicator of `ids` counted, by
 * district and for the total (null), in one pass by the tally's own test (indicatorHits). As in the
 * tally, the total is the district rows' population unless no record has a district.
 */
export function indicatorMembersByDistrict(basis: FigureBasis, ids: ReadonlySet<string>): Map<string, Map<string | null, number[]>> {
  const indicators = basis.profile.indicators ?? [];
  const out = new Map<string, Map<string | null, number[]>>();
  const wanted = new Map<number, Map<string | null, number[]>>();
  indicators.forEach((ind, i) => {
    if (!ids.has(ind.id)) return;
    const lists = new Map<string | null, number[]>([[null, []]]);
    out.set(ind.id, lists);
    wanted.set(i, lists);
  });
  if (wanted.size === 0) return out;
  const hitsOf = indicatorHits({ profile: basis.profile, membership: membershipOf(basis.profile), asOf: basis.asOf });
  const { classes, byDistrict } = basis.classification;
  const hits: number[] = [];
  classes.forEach((entry, i) => {
    const inTotal = !byDistrict || entry.district !== null;
    if (!inTotal) return;
    hitsOf(entry.record, hits);
    for (const h of hits) {
      const lists = wanted.get(h);
      if (!lists) continue;
      lists.get(null)!.push(i);
      if (entry.district === null) continue;
      let here = lists.get(entry.district);
      if (!here) lists.set(entry.district, (here = []));
      here.push(i);
    }
  });
  return out;
}

/**
 * The record indices (into classification.classes, in record order) a figure counted: a category's
 * base, attained or applying in a district (null = the total), an indicator's count, or a group's
 * parts one after another (a record twice when two parts counted it). Drawn by the same tests the
 * counts were, so its length is the figure's value.
 */
export function figureMembers(figure: AnyFigure, basis: FigureBasis): number[] {
  if ("parts" in figure) return (groupMembers(basis, [figure]).get(groupKey(figure)) ?? []).map((m) => m.record);
  if ("indicator" in figure) return indicatorMembersByDistrict(basis, new Set([figure.indicator])).get(figure.indicator)?.get(figure.district) ?? [];
  const category = basis.profile.categories.findIndex((c) => c.id === figure.category);
  if (category < 0) return [];
  const index = new Map(basis.classification.classes.map((c, i) => [c, i]));
  return enterprisesBehind(basis.classification, category, figure.district, figure.measure).map((b) => index.get(b.entry)!);
}
