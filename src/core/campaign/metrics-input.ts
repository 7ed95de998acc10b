import type { MetricsInput } from "../metrics/classify-records";
import { clauseHolds } from "../profile/match";
import type { Profile } from "../profile/schema";
import type { IsoDate, RosterRecord } from "../roster/record";
import { districtResolver, type DistrictResolver } from "./district-resolver";
import { membershipOf } from "./membership";

/** What classifying a campaign's records needs, for a period: the profile's categories, membership, districts and 摘牌 clauses. */
export function metricsInputOf(
  profile: Profile,
  records: readonly RosterRecord[],
  period: { asOf: IsoDate; year: number },
  districts: DistrictResolver = districtResolver(profile, records.map((r) => r.district)),
  membership: (r: RosterRecord) => readonly number[] = membershipOf(profile),
): MetricsInput {
  const revokedClauses = profile.revoked ?? [];
  return {
    records,
    categories: profile.categories,
    membership,
    districtOf: (r) => districts.nameOf(r.district),
    districts: districts.order,
    revoked: (r) => revokedClauses.some((clause) => clauseHolds(r, clause)),
    ...period,
  };
}
