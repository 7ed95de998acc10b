import type { Finding } from "../../finding/finding";
import { recordFinding } from "../record-finding";
import type { RowRule } from "../row-rule";
import { isOpenEndedExpiry } from "./open-ended-validity";

/** cell/unreadable: a value that did not parse as its column expects; its raw text is kept, never zeroed. An expiry of 长期 is cert/open-ended instead. */
export const unreadableCell: RowRule = {
  id: "cell/unreadable",
  check(ctx) {
    const out: Finding[] = [];
    const { records } = ctx;
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      for (let k = 0; k < r.problems.length; k++) {
        const p = r.problems[k];
        if (isOpenEndedExpiry(p)) continue;
        const f = recordFinding("cell/unreadable", "error", r, p.field, { field: p.field, fieldKey: `roster.field.${p.field}`, raw: String(p.raw), expected: p.expected, expectedKey: `checks.expected.${p.expected}` }, p.expected, p.raw);
        out.push({ ...f, column: p.column, cell: `${p.column}${r.row}` });
      }
    }
    return out;
  },
};
