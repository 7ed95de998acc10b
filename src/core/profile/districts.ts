import { labelKey } from "../normalize/text";
import { districtKeys } from "./district-key";
import { editDistance } from "./edit-distance";
import type { District, Profile } from "./schema";

/** A district text resolved to a unit: through its official name or one of its aliases. */
export interface DistrictMatch {
  unit: District;
  via: "name" | "alias";
}

/** The listed units of a profile; empty when its districts are open (the roster's values are the districts). */
export function districtUnits(profile: Profile): District[] {
  return profile.districts.mode === "listed" ? profile.districts.units : [];
}

/** The units a profile names: its listed units, or the ones an open notice mentions (named). */
export function knownDistrictUnits(profile: Profile): District[] {
  return profile.districts.mode === "listed" ? profile.districts.units : (profile.districts.named ?? []);
}

/** A profile's units indexed by comparison key: each key with the first unit (in list order) it belongs to. */
interface UnitIndex {
  units: District[];
  byName: Map<string, number>;
  byAlias: Map<string, number>;
}

// Keys of a profile's units, indexed once per profile: tables and metrics resolve a district for many
// cells and rows, and a lookup must not walk every unit (a profile may list thousands).
const keyCache = new WeakMap<Profile, UnitIndex>();

function unitIndex(profile: Profile): UnitIndex {
  let hit = keyCache.get(profile);
  if (!hit) {
    const units = knownDistrictUnits(profile);
    const byName = new Map<string, number>(), byAlias = new Map<string, number>();
    units.forEach((unit, i) => {
      for (const k of districtKeys(unit.name)) if (!byName.has(k)) byName.set(k, i);
      for (const alias of unit.aliases) for (const k of districtKeys(alias)) if (!byAlias.has(k)) byAlias.set(k, i);
    });
    hit = { units, byName, byAlias };
    keyCache.set(profile, hit);
  }
  return hit;
}

/** The first unit (in list order) that any of the keys names in an index, or -1. */
function firstUnit(index: Map<string, number>, keys: readonly string[]): number {
  let best = -1;
  for (const k of keys) {
    const i = index.get(k);
    if (i !== undefined && (best < 0 || i < best)) best = i;
  }
  return best;
}

/**
 * Finds the unit a roster's district text means: by official name first, then by alias, comparing
 * labelKeys and tolerating a trailing 市/区/县/镇/乡/街道 ("昆山市" → 昆山, "梅李镇" → 梅李). For an
 * open district list only the units the notice names can match; null when nothing matches.
 */
export function resolveDistrict(profile: Profile, text: string): DistrictMatch | null {
  if (labelKey(text) === "") return null;
  const keys = districtKeys(text);
  const index = unitIndex(profile);
  const byName = firstUnit(index.byName, keys);
  if (byName >= 0) return { unit: index.units[byName], via: "name" };
  const byAlias = firstUnit(index.byAlias, keys);
  return byAlias >= 0 ? { unit: index.units[byAlias], via: "alias" } : null;
}

/** The smallest edit distance between any comparison keys of two district texts. */
export function districtDistance(a: string, b: string): number {
  let best = Infinity;
  for (const x of districtKeys(a)) for (const y of districtKeys(b)) best = Math.min(best, editDistance(x, y));
  return best;
}

/**
 * The official name of the unit nearest to an unknown district text (edit distance over names and
 * aliases), for a "did you mean" message; null when nothing is close (more than half the text differs).
 */
export function suggestDistrict(profile: Profile, text: string): string | null {
  const key = labelKey(text);
  if (key === "") return null;
  let best: { name: string; distance: number } | null = null;
  for (const unit of knownDistrictUnits(profile)) {
    for (const candidate of [unit.name, ...unit.aliases]) {
      const distance = districtDistance(text, candidate);
      if (best === null || distance < best.distance) best = { name: unit.name, distance };
    }
  }
  if (best === null) return null;
  return best.distance <= Math.max(1, Math.floor([...key].length / 2)) ? best.name : null;
}
