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

/** Reads repeatable or comma-separated `--map 所在板块=district` pairs into header → field overrides. */
export function parseMapPairs(values: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of values.flatMap((v) => v.split(/[,，]/))) {
    if (pair.trim() === "") continue;
    const eq = pair.search(/[=＝]/);
    if (eq <= 0 || eq === pair.length - 1) throw new UserError("cli.badMap", { value: pair });
    out[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return out;
}
