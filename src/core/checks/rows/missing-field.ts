import type { Finding } from "../../finding/finding";
import type { RosterRecord } from "../../roster/record";
import { recordFinding } from "../record-finding";
import type { RequiredField, RowRule } from "../row-rule";

function isMissing(r: RosterRecord, field: RequiredField): boolean {
  if (field === "category") return r.categories.length === 0 && !Object.values(r.flags).some(Boolean);
  // A cell that did not parse is not missing: the unreadable-cell rule reports it with its raw text.
  if (r.problems.some((p) => p.field === field)) return false;
  return r[field] === null || r[field] === "";
}

/** row/missing-field: a field the campaign needs is empty on an enterprise row. */
export const missingField: RowRule = {
  id: "row/missing-field",
  check(ctx) {
    const out: Finding[] = [];
    for (const r of ctx.records) {
      for (const f of ctx.campaign.requiredFields) if (isMissing(r, f)) out.push(recordFinding("row/missing-field", "error", r, f, { field: f, fieldKey: `roster.field.${f}` }));
    }
    return out;
  },
};
