import { isIsoDate, isoToday, yearOf } from "../core/calendar/iso-date";
import { UserError } from "../core/errors";

/** Reads --as-of (default today) and --year (default the as-of year), rejecting malformed values. */
export function parsePeriod(opts: { asOf?: string; year?: string }, now: Date = new Date()): { asOf: string; year: number } {
  const asOf = opts.asOf ?? isoToday(now);
  if (!isIsoDate(asOf)) throw new UserError("cli.badAsOf", { value: asOf });
  if (opts.year === undefined) return { asOf, year: yearOf(asOf) };
  if (!/^\d{4}$/.test(opts.year)) throw new UserError("cli.badYear", { value: opts.year });
  return { asOf, year: Number(opts.year) };
}
