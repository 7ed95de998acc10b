import type { IsoDate } from "../roster/record";

function parts(date: IsoDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function format(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}

/**
 * The same calendar day n years later; 29 February becomes 28 February in a common year, the way
 * certificates issued on a leap day are dated.
 */
export function addYears(date: IsoDate, n: number): IsoDate {
  const [y, m, d] = parts(date);
  const target = new Date(Date.UTC(y + n, m - 1, d));
  if (target.getUTCMonth() !== m - 1) return format(new Date(Date.UTC(y + n, m, 0)));
  return format(target);
}

/** The day n days later (n may be negative). */
export function addDays(date: IsoDate, n: number): IsoDate {
  const [y, m, d] = parts(date);
  return format(new Date(Date.UTC(y, m - 1, d + n)));
}

/** Days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** The year of an ISO date. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** Today's date in the local calendar of the machine, as ISO. */
export function isoToday(now: Date = new Date()): IsoDate {
  const local = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  return format(local);
}

/** True when text is a real calendar date "YYYY-MM-DD". */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = parts(text);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
