import { addDays, daysBetween } from "../calendar/iso-date";
import { validUntil } from "../calendar/validity";
import type { Classification, RecordClass } from "../metrics/classify-records";
import type { IsoDate } from "../roster/record";

/** A certificate the radar reports: one expiring within the window, or one lapsed but still marked attained. */
export interface RadarCertificate {
  entry: RecordClass;
  validUntil: IsoDate;
  /** Days from the as-of date to the last valid day; negative once lapsed. */
  daysLeft: number;
  lapsed: boolean;
}

/** Certificates expiring in one month (YYYY-MM) in one district (null = every district). */
export interface MonthCount {
  district: string | null;
  month: string;
  count: number;
}

/** The renewal radar: the certificates by district and date, and the expiries of the next 12 months. */
export interface RenewalRadar {
  asOf: IsoDate;
  within: number;
  /** By district in the classification's order (records without district last), then by date. */
  certificates: RadarCertificate[];
  /** The next 12 months from the as-of month, per district then for all. */
  months: string[];
  byMonth: MonthCount[];
}

/** The 12 months from the as-of date's month, as YYYY-MM. */
function nextMonths(asOf: IsoDate): string[] {
  let y = Number(asOf.slice(0, 4));
  let m = Number(asOf.slice(5, 7));
  const out: string[] = [];
  for (let i = 0; i < 12; i++) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/**
 * Every certificate of an enterprise in some base that expires within `within` days of the as-of
 * date (the last valid day no later than as-of + within), and every one already lapsed while the
 * roster still marks it attained (已达标): those drop out of the attained count. Sorted by district,
 * then date; with the counts of expiries per district and month for the next 12 months.
 */
export function renewalRadar(classification: Classification, asOf: IsoDate, within: number): RenewalRadar {
  const until = addDays(asOf, within);
  const months = nextMonths(asOf);
  const monthIndex = new Map(months.map((m, i) => [m, i]));
  const order = new Map(classification.districts.map((d, i) => [d, i]));
  const certificates: RadarCertificate[] = [];
  const counts = new Map<string | null, number[]>([...classification.districts.map((d): [string, number[]] => [d, new Array<number>(12).fill(0)]), [null, new Array<number>(12).fill(0)]]);
  for (const entry of classification.classes) {
    if (entry.excluded !== null || entry.record.grade === null) continue;
    const last = validUntil(entry.record);
    if (last === null) continue;
    const lapsed = last < asOf;
    if (!lapsed) {
      const m = monthIndex.get(last.slice(0, 7));
      if (m !== undefined) {
        for (const d of entry.district === null ? [null] : [entry.district, null]) counts.get(d)![m]++;
      }
    }
    if (lapsed ? entry.record.status === "attained" : last <= until) certificates.push({ entry, validUntil: last, daysLeft: daysBetween(asOf, last), lapsed });
  }
  const rank = (c: RadarCertificate) => (c.entry.district === null ? Infinity : (order.get(c.entry.district) ?? Infinity));
  certificates.sort((a, b) => rank(a) - rank(b) || (a.validUntil < b.validUntil ? -1 : a.validUntil > b.validUntil ? 1 : 0));
  const byMonth: MonthCount[] = [];
  for (const [district, n] of counts) months.forEach((month, i) => byMonth.push({ district, month, count: n[i] }));
  return { asOf, within, certificates, months, byMonth };
}
