import type { Finding } from "../../finding/finding";
import { usccCheck } from "../../normalize/uscc";
import { recordFinding } from "../record-finding";
import type { RowRule } from "../row-rule";

/**
 * uscc/*: a USCC of the wrong length or alphabet, with O or I typed for 0 or 1, or failing its check
 * character (GB 32100-2015). A failing organization-code part (GB 11714) alone is a warning, as is a
 * failing check in an early pilot area the profile lists: codes issued before the national standard
 * do not always follow it.
 */
export const usccFormat: RowRule = {
  id: "uscc/format",
  check(ctx) {
    const out: Finding[] = [];
    const { records } = ctx;
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      if (!r.uscc) continue;
      const result = usccCheck(r.uscc);
      if (result.ok) continue;
      const area = r.uscc.slice(2, 8);
      const pilot = ctx.campaign.usccPilotAreas.some((prefix) => area.startsWith(prefix));
      const severity = result.problem === "org-check-digit" || (result.problem === "check-digit" && pilot) ? "warning" : "error";
      const rule = `uscc/${result.problem}${severity === "warning" && result.problem === "check-digit" ? "-pilot" : ""}`;
      out.push(recordFinding(rule, severity, r, "uscc", { value: r.uscc, expected: result.expected ?? "", length: r.uscc.length }, result.expected, r.uscc));
    }
    return out;
  },
};
