import type { Finding } from "../../finding/finding";
import { firstXmlForbidden } from "../../normalize/xml-forbidden";
import type { RosterRecord } from "../../roster/record";
import { recordFinding } from "../record-finding";
import type { RowRule } from "../row-rule";

const TEXT_FIELDS = ["name", "uscc", "district", "sector", "scale", "certificateNumber", "remark"] as const;

function flag(out: Finding[], r: RosterRecord, field: string, text: string): void {
  const code = firstXmlForbidden(text);
  if (code) out.push(recordFinding("cell/xml-forbidden", "warning", r, field, { field, fieldKey: `roster.field.${field}`, code }, undefined, code));
}

/**
 * cell/xml-forbidden: a roster text holding a character XML cannot carry (U+FFFE, a control
 * character): written workbooks show it as U+FFFD, so the clerk is told which cell it was.
 */
export const xmlForbidden: RowRule = {
  id: "cell/xml-forbidden",
  check(ctx) {
    const out: Finding[] = [];
    // No pair list per record: 100,000 records × 7 fields would be 700,000 short-lived arrays.
    const { records } = ctx;
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      for (let k = 0; k < TEXT_FIELDS.length; k++) {
        const field = TEXT_FIELDS[k];
        const v = r[field];
        if (typeof v === "string") flag(out, r, field, v);
      }
      const categories = r.categories;
      for (let k = 0; k < categories.length; k++) flag(out, r, "category", categories[k]);
    }
    return out;
  },
};
