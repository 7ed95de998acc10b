import type { Grade, IsoDate, RosterRecord } from "../roster/record";
import { yearOf } from "../calendar/iso-date";
import { validOn } from "../calendar/validity";
import { holdsValidCertificate, inScope, isApplying, isAttained } from "./counted-status";

/** A category as metrics need it. */
export interface MetricCategory {
  id: string;
  name: string;
  requiredGrade: Grade | "any";
  /** "exact": only the required grade counts as attained (二级 only); default "or-better" (二级以上). */
  gradeCount?: "exact" | "or-better";
}

/** What metrics are computed from: records, categories, membership and district resolution. */
export interface MetricsInput {
  records: readonly RosterRecord[];
  categories: readonly MetricCategory[];
  /** Indexes into `categories` of the categories a record belongs to. */
  membership(record: RosterRecord): readonly number[];
  /** The record's district in the profile's spelling, or null when it resolves to none. */
  districtOf(record: RosterRecord): string | null;
  /** Districts in official order; districts seen in records but not listed follow in first-seen order. */
  districts: readonly string[];
  asOf: IsoDate;
  year: number;
  /** True when the record's certificate was withdrawn (摘牌): it then counts as attained nowhere. */
  revoked?(record: RosterRecord): boolean;
  /** Whether any record of the whole roster has a district, given when classifying only some of its records (a live re-check). */
  byDistrict?: boolean;
}

/** Why a record counts in no base at all: out of scope (关停…), in no category, or with no district while others have one. */
export type Exclusion = "out-of-scope" | "no-category" | "no-district";

/**
 * Why a record in a base is not attained there: no grade; a grade without certificate dates and a
 * status that does not say attained; a certificate not valid on the as-of date; withdrawn (摘牌); a
 * grade below the category's.
 */
export type NotAttained = "no-grade" | "no-dates" | "lapsed" | "revoked" | "grade";

/** A record's standing in one category whose base it is in. */
export interface Standing {
  /** Index into the categories. */
  category: number;
  attained: boolean;
  /** Attained with a certificate issued in the reporting year. */
  attainedThisYear: boolean;
  /** Applying or creating and not attained (attained wins: a record is counted once). */
  applying: boolean;
  /** Why not attained; null when attained. */
  why: NotAttained | null;
}

/** One record classified: the district it counts in, why it counts nowhere, or its standing per category. */
export interface RecordClass {
  record: RosterRecord;
  district: string | null;
  /** Null when the record is in some base; then `standings` lists its categories. */
  excluded: Exclusion | null;
  standings: Standing[];
}

/** Every record classified, in record order, with the districts in output order (official, then first seen). */
export interface Classification {
  classes: RecordClass[];
  districts: string[];
  /** False when no record has a district: the totals are then every record, and no district row is counted. */
  byDistrict: boolean;
}

const NO_STANDINGS: Standing[] = Object.freeze([]) as unknown as Standing[];

function whyNot(record: RosterRecord, asOf: IsoDate, revoked: boolean, certified: boolean): NotAttained {
  if (record.grade === null) return "no-grade";
  if (revoked && holdsValidCertificate(record, asOf)) return "revoked";
  if (!certified) return validOn(record, asOf) === null ? "no-dates" : "lapsed";
  return "grade";
}

/** A record's standings in its categories, from the values (besides its grade) they depend on. */
function standingsOf(record: RosterRecord, cats: readonly number[], categories: readonly MetricCategory[], certified: boolean, applying: boolean, issuedThisYear: boolean, why: NotAttained): Standing[] {
  const standings = cats.map((c): Standing => {
    const category = categories[c];
    const attained = isAttained(record, category.requiredGrade, certified, category.gradeCount);
    return Object.freeze({
      category: c,
      attained,
      attainedThisYear: attained && issuedThisYear,
      applying: !attained && applying,
      why: attained ? null : why,
    });
  });
  return Object.freeze(standings) as unknown as Standing[];
}

/** Most distinct membership arrays whose standings classifyRecords keeps (one per combination of category values). */
const STANDINGS_MEMO_LIMIT = 4096;
const GRADE_SLOT = new Map<Grade | null, number>([[null, 0], [1, 1], [2, 2], [3, 3], ["micro", 4]]);
const WHY_SLOT: Record<NotAttained, number> = { "no-grade": 0, "no-dates": 1, lapsed: 2, revoked: 3, grade: 4 };

/**
 * The one classification every count and every list comes from: for each record, whether it is in a
 * base (and in which district), and per category attained, applying or neither and why. The totals
 * are one population with the district rows: a record with no district counts nowhere (its row
 * finding says why), unless no record has a district at all.
 */
export function classifyRecords(input: MetricsInput): Classification {
  const seen = new Set(input.districts);
  const districts = [...input.districts];
  const byDistrict = input.byDistrict ?? input.records.some((r) => input.districtOf(r) !== null);
  const classes: RecordClass[] = [];
  // Membership hands back one array per combination of values; bounded, and scoped to this call.
  const standingsByCats = new Map<readonly number[], (Standing[] | undefined)[]>();
  const { records } = input;
  // Indexed, not for-of: no iterator result per record before the loop is optimized.
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    const district = input.districtOf(record);
    // Plain literals, not a spread of a shared head: no copy per record of 100,000.
    if (!inScope(record)) {
      classes.push({ record, district, standings: NO_STANDINGS, excluded: "out-of-scope" });
      continue;
    }
    const cats = input.membership(record);
    if (cats.length === 0) {
      classes.push({ record, district, standings: NO_STANDINGS, excluded: "no-category" });
      continue;
    }
    if (district === null && byDistrict) {
      classes.push({ record, district, standings: NO_STANDINGS, excluded: "no-district" });
      continue;
    }
    if (district !== null && !seen.has(district)) {
      seen.add(district);
      districts.push(district);
    }
    const applying = isApplying(record, input.year);
    const revoked = input.revoked?.(record) ?? false;
    const certified = holdsValidCertificate(record, input.asOf) && !revoked;
    const issuedThisYear = record.issueDate !== null && yearOf(record.issueDate) === input.year;
    const why = whyNot(record, input.asOf, revoked, certified);
    // Standings depend only on these few values: records sharing them share one frozen list, not 100,000 fresh ones.
    const grade = GRADE_SLOT.get(record.grade);
    const slot = ((grade ?? 0) * 64) | (WHY_SLOT[why] << 3) | (certified ? 4 : 0) | (applying ? 2 : 0) | (issuedThisYear ? 1 : 0);
    let slots = grade === undefined ? undefined : standingsByCats.get(cats);
    if (slots === undefined && grade !== undefined && standingsByCats.size < STANDINGS_MEMO_LIMIT) standingsByCats.set(cats, (slots = []));
    let standings = slots?.[slot];
    if (standings === undefined) {
      standings = standingsOf(record, cats, input.categories, certified, applying, issuedThisYear, why);
      if (slots) slots[slot] = standings;
    }
    classes.push({ record, district, excluded: null, standings });
  }
  return { classes, districts, byDistrict };
}
