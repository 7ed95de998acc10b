import { recordFinding } from "../record-finding";
import type { RowRule } from "../row-rule";

/** row/unknown-district: the district is none the campaign lists; suggests the nearest name. */
export const unknownDistrict: RowRule = {
  id: "row/unknown-district",
  check(ctx) {
    return ctx.records
      .filter((r) => r.district !== null && !ctx.campaign.knowsDistrict(r.district))
      .map((r) => {
        const suggestion = ctx.campaign.suggestDistrict(r.district as string);
        return recordFinding(suggestion ? "row/unknown-district" : "row/unknown-district-no-hint", "error", r, "district", { value: r.district, suggestion }, suggestion, r.district);
      });
  },
};
