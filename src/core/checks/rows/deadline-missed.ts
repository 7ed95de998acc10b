import type { Finding } from "../../finding/finding";
import { holdsValidCertificate, inScope } from "../../metrics/counted-status";
import type { RosterRecord } from "../../roster/record";
import { recordFinding } from "../record-finding";
import type { RowRule } from "../row-rule";

/** Planned for the reporting year: applying or creating, or its 申请/计划创建年度 is the year. */
function plannedFor(r: RosterRecord, year: number): boolean {
  return r.status === "applying" || r.status === "creating" || r.applying === true || r.applying === year;
}

/**
 * row/application-overdue, row/application-late, row/completion-overdue: past a yearly deadline of
 * the notice (沁阳: 三级 applications by 05-31, completion by 11-30), an enterprise planned for the
 * year that has not applied (no application date, no applying status), applied after the day, or is
 * still not attained. Warnings: the row stays in every count.
 */
export const deadlineMissed: RowRule = {
  id: "row/deadline-missed",
  check(ctx) {
    const out: Finding[] = [];
    const due = (ctx.campaign.rowDeadlines ?? []).filter((d) => ctx.asOf > d.by);
    if (due.length === 0) return out;
    const { records } = ctx;
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      if (!inScope(r) || !plannedFor(r, ctx.year) || holdsValidCertificate(r, ctx.asOf)) continue;
      for (const d of due) {
        const params = { by: d.by, what: d.what, year: ctx.year };
        if (d.check === "completion") {
          out.push(recordFinding("row/completion-overdue", "warning", r, "status", params, d.by, null));
          continue;
        }
        const date = d.field ? r.extras[d.field] : undefined;
        if (typeof date === "string" && date > d.by) out.push(recordFinding("row/application-late", "warning", r, d.field ?? "applying", { ...params, date }, d.by, date));
        else if (typeof date !== "string" && r.status !== "applying" && r.status !== "creating") out.push(recordFinding("row/application-overdue", "warning", r, d.field ?? "applying", params, d.by, null));
      }
    }
    return out;
  },
};
