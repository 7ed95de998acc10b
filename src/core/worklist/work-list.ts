import type { Finding } from "../finding/finding";
import type { Classification, RecordClass } from "../metrics/classify-records";
import type { ComplianceRow } from "../metrics/compliance";
import { enterprisesBehind, type Behind } from "../explain/enterprises-behind";
import { UserError } from "../errors";
import { resolveDistrict } from "../profile/districts";
import type { Profile } from "../profile/schema";

/** A district × category that misses its target, with the enterprises to chase: 未创建 first, then 申请创建. */
export interface GapList {
  row: ComplianceRow;
  /** Enterprises still needed to meet the target (还差 N 家). */
  gap: number;
  /** In the base, neither attained nor applying, in roster order. */
  notStarted: Behind[];
  /** In the base and applying (not yet attained), in roster order. */
  applying: Behind[];
  /** Enterprises the gap can be closed with: 未创建 and, where only attained counts, 申请创建 too; fewer than the gap means the target cannot be met. */
  candidates: number;
}

/** An enterprise planned for the year that missed one of the profile's deadlines, with the finding that says so. */
export interface DeadlineMiss {
  entry: RecordClass;
  finding: Finding;
}

/** One district's work list: its categories below target and its deadline misses. */
export interface DistrictWorkList {
  district: string;
  gaps: GapList[];
  deadlineMisses: DeadlineMiss[];
}

/** The row rules that mark an enterprise planned for the year as past a deadline (see checks/rows/deadline-missed). */
export const DEADLINE_RULES: ReadonlySet<string> = new Set(["row/application-overdue", "row/application-late", "row/completion-overdue"]);

/**
 * The work lists per district, in the classification's district order: each district × category
 * whose target is missed (met false) with the enterprises of its base not attained, drawn from the
 * same classification its figures were counted from; and the enterprises with a deadline finding.
 * Districts with nothing to chase are left out.
 */
export function workLists(profile: Profile, classification: Classification, metrics: readonly ComplianceRow[], findings: readonly Finding[]): DistrictWorkList[] {
  const catIndex = new Map(profile.categories.map((c, i) => [c.id, i]));
  const byRow = new Map(classification.classes.filter((k) => k.district !== null && k.excluded === null).map((k) => [`${k.record.sheet}\u0000${k.record.row}`, k]));
  const out: DistrictWorkList[] = [];
  for (const district of classification.districts) {
    const gaps: GapList[] = [];
    for (const row of metrics) {
      if (row.district !== district || row.met !== false) continue;
      const c = catIndex.get(row.category) as number;
      const open = enterprisesBehind(classification, c, district, "base").filter((b) => !b.standing.attained);
      const notStarted = open.filter((b) => !b.standing.applying);
      const applying = open.filter((b) => b.standing.applying);
      // Where applying already counts (创建率), only 未创建 enterprises can close the gap.
      const candidates = profile.categories[c].rate === "creation" ? notStarted.length : open.length;
      gaps.push({ row, gap: row.gap ?? 0, notStarted, applying, candidates });
    }
    const deadlineMisses: DeadlineMiss[] = [];
    for (const f of findings) {
      if (!DEADLINE_RULES.has(f.rule)) continue;
      const entry = byRow.get(`${f.sheet}\u0000${f.row}`);
      if (entry !== undefined && entry.district === district) deadlineMisses.push({ entry, finding: f });
    }
    if (gaps.length > 0 || deadlineMisses.length > 0) out.push({ district, gaps, deadlineMisses });
  }
  return out;
}

/** The district `--district` names, as the classification spells it (an alias resolves through the profile). */
export function pickDistrict(profile: Profile, districts: readonly string[], text: string): string {
  const wanted = text.trim();
  const district = districts.find((d) => d === wanted) ?? districts.find((d) => d === resolveDistrict(profile, wanted)?.unit.name);
  if (district === undefined) throw new UserError("explain.badDistrict", { value: text, accepted: districts.join("、") });
  return district;
}
