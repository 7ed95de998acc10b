import { indicatorMembersByDistrict, type FigureBasis } from "../../explain/figure-members";
import type { IndicatorMembers } from "./detail-rows";

/**
 * The records each of `ids` (indicator ids some sheet reports) counted, laid out per scope of
 * `scopes` (districts then the total, as detailRows lays them out): with districts, each district's
 * list and an empty total (the districts' rows together are the total's); without, the one total.
 */
export function indicatorMembers(basis: FigureBasis, ids: ReadonlySet<string>, scopes: readonly (string | null)[]): IndicatorMembers[] {
  const lists = indicatorMembersByDistrict(basis, ids);
  const byDistrict = basis.classification.byDistrict;
  return (basis.profile.indicators ?? []).flatMap((ind, indicator) => {
    const mine = lists.get(ind.id);
    if (!mine) return [];
    const byScope = scopes.map((s) => (byDistrict ? (s === null ? [] : (mine.get(s) ?? [])) : (mine.get(null) ?? [])));
    return [{ indicator, id: ind.id, byScope }];
  });
}
