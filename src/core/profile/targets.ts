import { resolveDistrict } from "./districts";
import type { Profile, TargetEntry, TargetSpec, YearTargets } from "./schema";

/**
 * A target resolved for one year: kind and value (a rate 0–1 or a count), how it compares,
 * what a rate is a share of (category/indicator ids; the category's own base when absent), whether
 * a count is cumulative or new that year, per district/sector, deadline, the year that set it
 * (earlier than asked when "/" carried it) and whether it is the district's own or the city's.
 */
export interface Target {
  kind: "rate" | "count";
  value: number;
  op: ">=" | ">" | "=";
  of?: string[];
  basis: "cumulative" | "new";
  per?: "district" | "sector";
  by?: string;
  quote?: string;
  source?: string;
  note?: string;
  /** The year whose entry set this target. */
  fromYear: number;
  scope: "city" | "district";
}

function toTarget(value: number | TargetSpec, fromYear: number, scope: Target["scope"]): Target {
  if (typeof value === "number") return { kind: "rate", value, op: ">=", basis: "cumulative", fromYear, scope };
  const { rate, count, op, basis, ...rest } = value;
  const kind = rate !== undefined ? "rate" : "count";
  return { kind, value: (rate ?? count) as number, op: op ?? ">=", basis: basis ?? "cumulative", ...rest, fromYear, scope };
}

function entryTargets(entry: TargetEntry): (number | TargetSpec)[] | "carry" {
  const values = Array.isArray(entry) ? entry : [entry];
  if (values.every((v) => v === "/")) return "carry";
  return values.filter((v): v is number | TargetSpec => v !== "/");
}

/**
 * Targets a year's entry sets, following "/" back to the latest earlier year with a target. A year
 * of the campaign's period with no entry also keeps the earlier target; years outside it need one.
 */
function resolveYear(targets: YearTargets | undefined, year: number, scope: Target["scope"], lastYear: number): Target[] {
  if (!targets) return [];
  const years = Object.keys(targets).map(Number).filter((y) => y <= year).sort((a, b) => b - a);
  if (years.length === 0 || (years[0] !== year && year > lastYear)) return [];
  for (const y of years) {
    const found = entryTargets(targets[String(y)]);
    if (found !== "carry") return found.map((v) => toTarget(v, y, scope));
  }
  return [];
}

// The listed unit ids of a profile, gathered once: targets are looked up for every district × category.
const unitIdCache = new WeakMap<Profile, Set<string>>();

function unitIds(profile: Profile): Set<string> {
  let ids = unitIdCache.get(profile);
  if (!ids) {
    ids = new Set(profile.districts.mode === "listed" ? profile.districts.units.map((u) => u.id) : []);
    unitIdCache.set(profile, ids);
  }
  return ids;
}

/** Resolves a district id, official name or alias to the unit id; the text itself when nothing matches. */
function districtId(profile: Profile, district: string): string {
  if (unitIds(profile).has(district)) return district;
  return resolveDistrict(profile, district)?.unit.id ?? district;
}

/**
 * Every target of a category or indicator for a year (a count and a rate may both apply). With a
 * district: that district's own targets where the notice allocates them, else the city's rates and
 * per-district counts (a city-wide count does not apply to one district).
 */
export function targetsFor(profile: Profile, id: string, year: number, district?: string): Target[] {
  const owner = profile.categories.find((c) => c.id === id) ?? profile.indicators?.find((i) => i.id === id);
  if (!owner) return [];
  const last = profile.period.to;
  if (district === undefined) return resolveYear(owner.targets, year, "city", last);
  const own = resolveYear(owner.districtTargets?.[districtId(profile, district)], year, "district", last);
  if (own.length > 0) return own;
  return resolveYear(owner.targets, year, "city", last).filter((t) => t.kind === "rate" || t.per === "district");
}

/** The first (primary) target of a category or indicator for a year and optionally a district; null when none. */
export function targetFor(profile: Profile, categoryId: string, year: number, district?: string): Target | null {
  return targetsFor(profile, categoryId, year, district)[0] ?? null;
}
