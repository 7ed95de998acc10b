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

/** Reads --progress ("2022,2023,2024"): two or more distinct years, none after the as-of year; undefined when not given. */
export function parseProgress(value: string | undefined, asOf: string): number[] | undefined {
  if (value === undefined) return undefined;
  const parts = value.split(/[,，\s]+/).filter(Boolean);
  const years = [...new Set(parts.map(Number))].sort((a, b) => a - b);
  if (parts.some((p) => !/^\d{4}$/.test(p)) || years.length < 2 || years[years.length - 1] > yearOf(asOf)) {
    throw new UserError("cli.badProgress", { value, year: yearOf(asOf) });
  }
  return years;
}
