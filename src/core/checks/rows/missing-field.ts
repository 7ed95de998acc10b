import type { Finding } from "../../finding/finding";
import type { RosterRecord } from "../../roster/record";
import { anyFlagSet, hasProblemIn } from "../../roster/record-problems";
import { recordFinding } from "../record-finding";
import type { RequiredField, RowRule } from "../row-rule";

function isMissing(r: RosterRecord, field: RequiredField): boolean {
  if (field === "category") return r.categories.length === 0 && !anyFlagSet(r);
  // A cell that did not parse is not missing: the unreadable-cell rule reports it with its raw text.
  if (hasProblemIn(r, field)) return false;
  return r[field] === null || r[field] === "";
}

/** row/missing-field: a field the campaign needs is empty on an enterprise row. */
export const missingField: RowRule = {
  id: "row/missing-field",
  check(ctx) {
    const out: Finding[] = [];
    const { records } = ctx;
    const fields = ctx.campaign.requiredFields;
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      for (let k = 0; k < fields.length; k++) {
        const f = fields[k];
        if (isMissing(r, f)) out.push(recordFinding("row/missing-field", "error", r, f, { field: f, fieldKey: `roster.field.${f}` }));
      }
    }
    return out;
  },
};
