import type { Finding } from "../../finding/finding";
import { lastValidDay } from "../../calendar/validity";
import { cleanText } from "../../normalize/text";
import type { CellProblem } from "../../roster/record";
import { recordFinding } from "../record-finding";
import type { RowRule } from "../row-rule";

/** What clerks write in 有效期至 for "no end date": a standardization certificate never means it. */
const OPEN_ENDED = new Set(["长期", "长期有效", "永久", "永久有效", "无期限", "无固定期限", "终身", "不限期"]);

/** True when a problem of a record is an expiry written as "长期" (or a sibling), not a date. */
export function isOpenEndedExpiry(p: CellProblem): boolean {
  return p.field === "expiryDate" && typeof p.raw === "string" && OPEN_ENDED.has((cleanText(p.raw) ?? "").replace(/\s/g, ""));
}

/**
 * cert/open-ended: 有效期至 says 长期. Certificates are valid three years (定级办法 应急〔2021〕83号), so
 * the record is counted by its issue date + 3 years − 1 day (as with a blank expiry), and the clerk
 * is told which date that is; without an issue date its validity is unknown, as for a blank expiry.
 * A warning, not cell/unreadable: the value is understood, it is only wrong.
 */
export const openEndedValidity: RowRule = {
  id: "cert/open-ended",
  check(ctx) {
    const out: Finding[] = [];
    const { records } = ctx;
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      for (let k = 0; k < r.problems.length; k++) {
        const p = r.problems[k];
        if (!isOpenEndedExpiry(p)) continue;
        const until = r.issueDate ? lastValidDay(r.issueDate) : null;
        const f = until
          ? recordFinding("cert/open-ended", "warning", r, "expiryDate", { raw: String(p.raw), issue: r.issueDate!, until }, until, p.raw)
          : recordFinding("cert/open-ended-no-issue", "warning", r, "expiryDate", { raw: String(p.raw) }, "date", p.raw);
        out.push({ ...f, column: p.column, cell: `${p.column}${r.row}` });
      }
    }
    return out;
  },
};
