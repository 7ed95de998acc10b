import { membershipOf } from "../../campaign/membership";
import type { Classification } from "../../metrics/classify-records";
import { indicatorHits } from "../../metrics/indicator-tally";
import type { Profile } from "../../profile/schema";
import type { IsoDate } from "../../roster/record";
import type { IndicatorMembers } from "./detail-rows";

/**
 * The records each of `ids` (indicator ids some sheet reports) counted, per scope of `scopes`
 * (districts then the total, as detailRows lays them out), in one pass by the tally's own test
 * (indicatorHits), so each district's list has its count's length. As in the tally, a record
 * without a district counts only when no record has one.
 */
export function indicatorMembers(classification: Classification, profile: Profile, asOf: IsoDate, ids: ReadonlySet<string>, scopes: readonly (string | null)[]): IndicatorMembers[] {
  const indicators = profile.indicators ?? [];
  const wanted = indicators.flatMap((ind, i) => (ids.has(ind.id) ? [{ indicator: i, id: ind.id, byScope: scopes.map((): number[] => []) }] : []));
  if (wanted.length === 0) return [];
  const slot = new Map(wanted.map((w) => [w.indicator, w]));
  const scopeOf = new Map(scopes.map((s, i) => [s, i]));
  const hitsOf = indicatorHits({ profile, membership: membershipOf(profile), asOf });
  const hits: number[] = [];
  classification.classes.forEach((entry, i) => {
    const scope = classification.byDistrict ? (entry.district === null ? undefined : scopeOf.get(entry.district)) : 0;
    if (scope === undefined) return;
    hitsOf(entry.record, hits);
    for (const h of hits) slot.get(h)?.byScope[scope].push(i);
  });
  return wanted;
}
