import type { CampaignView, RequiredField } from "../checks/row-rule";
import type { Profile } from "../profile/schema";
import type { RosterRecord } from "../roster/record";
import type { DistrictResolver } from "./district-resolver";

/**
 * Fields every roster row must fill. Category and grade are not among them: a roster kept one sheet
 * per category has no category column, and only attained rows carry a grade (a rule checks that).
 */
const REQUIRED: readonly RequiredField[] = ["name", "district", "status"];

/** What row checks need of a profile, answered through the shared membership and district resolver. */
export function campaignView(profile: Profile, membership: (r: RosterRecord) => readonly number[], districts: DistrictResolver): CampaignView {
  return {
    categoriesOf: (r) => membership(r).map((i) => profile.categories[i]),
    knowsDistrict: districts.knows,
    suggestDistrict: districts.suggest,
    requiredFields: REQUIRED,
    usccPilotAreas: [],
  };
}
