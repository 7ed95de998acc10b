import type { Grade, IsoDate, RosterRecord } from "../roster/record";
import { yearOf } from "../calendar/iso-date";
import { holdsValidCertificate, inScope, isApplying, isAttained } from "./counted-status";
import { rateOf, type MetricRow } from "./metric-row";

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
}

interface Tally {
  base: number;
  attained: number;
  attainedThisYear: number;
  applying: number;
}

const emptyTally = (): Tally => ({ base: 0, attained: 0, attainedThisYear: 0, applying: 0 });

/**
 * Base, attained, applying and both rates per district × category, then the totals (district null),
 * in official district order and profile category order. One pass over the records.
 * The totals are one population with the district rows: the enterprises of some district (a 合计 is
 * the sum of the rows above it). A record with no district counts nowhere (its row finding says
 * why), unless no record has a district at all: then the roster is not kept by district and the
 * totals are every record.
 */
export function computeMetrics(input: MetricsInput): MetricRow[] {
  const nCat = input.categories.length;
  const districtIndex = new Map(input.districts.map((d, i) => [d, i]));
  const order = [...input.districts];
  const tallies: Tally[][] = order.map(() => input.categories.map(emptyTally));
  const total: Tally[] = input.categories.map(emptyTally);
  const byDistrict = input.records.some((r) => input.districtOf(r) !== null);
  for (const record of input.records) {
    if (!inScope(record)) continue;
    const cats = input.membership(record);
    if (cats.length === 0) continue;
    const district = input.districtOf(record);
    let row: Tally[] | null = null;
    if (district !== null) {
      let i = districtIndex.get(district);
      if (i === undefined) {
        i = order.length;
        districtIndex.set(district, i);
        order.push(district);
        tallies.push(input.categories.map(emptyTally));
      }
      row = tallies[i];
    } else if (byDistrict) continue;
    const applying = isApplying(record, input.year);
    const certified = holdsValidCertificate(record, input.asOf) && !(input.revoked?.(record) ?? false);
    const issuedThisYear = record.issueDate !== null && yearOf(record.issueDate) === input.year;
    for (const c of cats) {
      const category = input.categories[c];
      const attained = isAttained(record, category.requiredGrade, certified, category.gradeCount);
      for (const t of row ? [row[c], total[c]] : [total[c]]) {
        t.base++;
        if (attained) {
          t.attained++;
          if (issuedThisYear) t.attainedThisYear++;
        }
        else if (applying) t.applying++;
      }
    }
  }
  const rows: MetricRow[] = [];
  const emit = (district: string | null, t: Tally[]) => {
    for (let c = 0; c < nCat; c++) {
      const cat = input.categories[c];
      const { base, attained, attainedThisYear, applying } = t[c];
      rows.push({ district, category: cat.id, categoryName: cat.name, base, attained, attainedThisYear, applying, creationRate: rateOf(attained + applying, base), attainmentRate: rateOf(attained, base) });
    }
  };
  order.forEach((d, i) => emit(d, tallies[i]));
  emit(null, total);
  return rows;
}
