import { appendAll } from "../collections";
import { summarizeFindings, type Finding } from "../finding/finding";
import { complianceOf, type ComplianceRow } from "../metrics/compliance";
import type { Profile } from "../profile/schema";
import { cityRows } from "./city-rows";
import type { ConsolidatePeriod } from "./read-submission";
import type { SkippedFile } from "./skipped-file";
import type { RosterEntry, Submission } from "./submission";

/** How a file (or a district that sent none) stands: received, not returned, superseded by a later return, with errors, or not read at all (not a workbook). */
export type SubmissionStatus = "received" | "missing" | "duplicate" | "withErrors" | "skipped";

/** One line of 报送情况: a district and the file it sent (none when missing), with its status and finding counts. */
export interface SubmissionRow {
  district: string | null;
  file: string | null;
  receivedAt: string | null;
  status: SubmissionStatus;
  errors: number;
  warnings: number;
  /** What was read: table sheets and roster size, for the reader of the sheet. */
  tableSheets: string[];
  rosterRecords: number;
  /** Why nothing was read from the file (skipped, or unreadable), as a catalog key; absent otherwise. */
  reason?: SkippedFile["reason"];
}

/** The city's consolidation: who returned what, the city figures with compliance, and every finding by file. */
export interface Consolidation {
  rows: SubmissionRow[];
  metrics: ComplianceRow[];
  findings: Finding[];
  /** Every district of the run: the expected ones in order, then others that sent files. */
  districts: string[];
  missing: string[];
}

const byTime = (a: Submission, b: Submission) => a.receivedAt.localeCompare(b.receivedAt) || a.file.localeCompare(b.file);

/** The latest file per district that has a part, and a warning naming both files for every earlier one. */
function winners(subs: readonly Submission[], has: (s: Submission) => boolean, part: string, superseded: Set<Submission>, findings: Finding[]): Map<string, Submission> {
  const out = new Map<string, Submission>();
  for (const s of subs) {
    if (s.district === null || !has(s)) continue;
    const earlier = out.get(s.district);
    if (earlier) {
      superseded.add(earlier);
      findings.push({ rule: "consolidate/returned-twice", severity: "warning", file: s.file, params: { district: s.district, partKey: part, earlier: earlier.file, earlierAt: earlier.receivedAt, later: s.file, laterAt: s.receivedAt } });
    }
    out.set(s.district, s);
  }
  return out;
}

function mismatches(table: Submission, roster: Submission, district: string, profile: Profile): Finding[] {
  const out: Finding[] = [];
  for (const s of table.stated) {
    const r = roster.rosterRows.find((x) => x.district === district && x.category === s.category);
    if (!r) continue;
    const name = profile.categories.find((c) => c.id === s.category)?.name ?? s.category;
    for (const slot of ["base", "attained", "applying"] as const) {
      const stated = s[slot];
      if (stated === null || stated === r[slot] || (slot === "base" && !s.hasBase)) continue;
      out.push({ rule: "consolidate/table-roster-mismatch", severity: "warning", file: table.file, params: { district, category: name, slotKey: `slot.${slot}`, table: stated, roster: r[slot], rosterFile: roster.file }, expected: r[slot], actual: stated });
    }
  }
  return out;
}

function duplicateEnterprises(rosters: readonly Submission[]): Finding[] {
  const seen = new Map<string, { entry: RosterEntry; file: string }>();
  const out: Finding[] = [];
  for (const s of rosters) {
    for (const e of s.enterprises) {
      const first = seen.get(e.uscc);
      if (!first) {
        seen.set(e.uscc, { entry: e, file: s.file });
        continue;
      }
      if (first.entry.district === e.district) continue;
      out.push({
        rule: "consolidate/duplicate-uscc",
        severity: "warning",
        file: s.file,
        sheet: e.sheet,
        row: e.row,
        params: { uscc: e.uscc, name: e.name || first.entry.name, district: e.district, file: s.file, otherDistrict: first.entry.district, otherFile: first.file },
      });
    }
  }
  return out;
}

/**
 * Puts the returned files together: per district the latest table and the latest roster (earlier
 * returns are warned about, both named), the same enterprise in two districts' rosters, a table's
 * counts that differ from the same district's roster, districts that sent nothing; then the city's
 * figures (district rows and totals) judged against the year's targets.
 */
export function consolidate(submissions: readonly Submission[], profile: Profile, period: ConsolidatePeriod, expected: readonly string[], skipped: readonly SkippedFile[] = []): Consolidation {
  const subs = [...submissions].sort(byTime);
  const cross: Finding[] = [];
  const superseded = new Set<Submission>();
  const tables = winners(subs, (s) => s.stated.length > 0, "part.table", superseded, cross);
  const rosters = winners(subs, (s) => s.rosterRecords > 0, "part.roster", superseded, cross);
  const winning = new Set([...tables.values(), ...rosters.values()]);
  const districts = [...expected];
  for (const s of subs) if (s.district !== null && !districts.includes(s.district)) districts.push(s.district);
  for (const s of subs) {
    if (s.district !== null && s.stated.length === 0 && s.rosterRecords === 0) {
      cross.push({ rule: "consolidate/nothing-read", severity: "error", file: s.file, params: { file: s.file } });
    }
  }
  for (const [district, table] of tables) {
    const roster = rosters.get(district);
    if (roster) appendAll(cross, mismatches(table, roster, district, profile));
  }
  appendAll(cross, duplicateEnterprises(districts.flatMap((d) => (rosters.has(d) ? [rosters.get(d) as Submission] : []))));
  // A district whose files hold nothing filled has sent something: consolidate/nothing-read says what.
  const missing = districts.filter((d) => !subs.some((s) => s.district === d));
  for (const district of missing) cross.push({ rule: "consolidate/not-returned", severity: "warning", params: { district } });

  const findings: Finding[] = [];
  for (const s of subs) appendAll(findings, s.findings);
  appendAll(findings, cross);
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.file === undefined) continue;
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  const counts = (file: string) => summarizeFindings(byFile.get(file) ?? []);
  const rowOf = (s: Submission): SubmissionRow => {
    const c = counts(s.file);
    const status: SubmissionStatus = superseded.has(s) && !winning.has(s) ? "duplicate" : c.errors > 0 ? "withErrors" : "received";
    const unreadable = s.findings.find((f) => f.rule === "consolidate/unreadable");
    const reason = unreadable ? { reason: { key: "consolidate.skip.unreadable", params: { detail: unreadable.params.detail } } } : {};
    return { district: s.district, file: s.file, receivedAt: s.receivedAt, status, errors: c.errors, warnings: c.warnings, tableSheets: s.tableSheets, rosterRecords: s.rosterRecords, ...reason };
  };
  const rows: SubmissionRow[] = [];
  for (const district of districts) {
    const sent = subs.filter((s) => s.district === district);
    if (sent.length === 0) rows.push({ district, file: null, receivedAt: null, status: "missing", errors: 0, warnings: 0, tableSheets: [], rosterRecords: 0 });
    else appendAll(rows, sent.map(rowOf));
  }
  appendAll(rows, subs.filter((s) => s.district === null).map(rowOf));
  // Files that are no workbook are listed last, so the clerk sees nothing given was silently dropped.
  for (const k of skipped) rows.push({ district: null, file: k.file, receivedAt: k.receivedAt, status: "skipped", errors: 0, warnings: 0, tableSheets: [], rosterRecords: 0, reason: k.reason });
  const metrics = complianceOf(cityRows(profile, districts, tables, rosters), profile, period.year, period.asOf);
  return { rows, metrics, findings, districts, missing };
}
