import { recordFinding } from "../record-finding";
import type { RowRule } from "../row-rule";

/**
 * row/unknown-district: the district is none the campaign knows; suggests the nearest name. Where
 * the notice lists its districts that is an error; where the list is open it is a look-alike of a
 * far more common unit (a likely typo), a warning: the row is left out of every district until fixed.
 */
export const unknownDistrict: RowRule = {
  id: "row/unknown-district",
  check(ctx) {
    const severity = ctx.campaign.districtsOpen ? "warning" : "error";
    return ctx.records
      .filter((r) => r.district !== null && !ctx.campaign.knowsDistrict(r.district))
      .map((r) => {
        const suggestion = ctx.campaign.suggestDistrict(r.district as string);
        return recordFinding(suggestion ? "row/unknown-district" : "row/unknown-district-no-hint", severity, r, "district", { value: r.district, suggestion }, suggestion, r.district);
      });
  },
};
