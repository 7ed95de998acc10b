import type { RosterRecord } from "./record";

/**
 * True when a cell of `field` on the record did not parse (a CellProblem names it). An indexed loop,
 * not problems.some(callback): row rules ask this for every record × required field, and a closure
 * per question was ~18 MB of short-lived garbage on a 100k-row roster.
 */
export function hasProblemIn(record: RosterRecord, field: string): boolean {
  const problems = record.problems;
  for (let i = 0; i < problems.length; i++) if (problems[i].field === field) return true;
  return false;
}

/** True when any yes/no column of the record says yes (no array of values per record). */
export function anyFlagSet(record: RosterRecord): boolean {
  for (const key in record.flags) if (record.flags[key]) return true;
  return false;
}
