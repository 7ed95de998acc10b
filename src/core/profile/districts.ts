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

interface UnitKeys {
  unit: District;
  name: string[];
  aliases: string[][];
}

// Keys of a profile's units, computed once per profile: tables resolve a district for many cells.
const keyCache = new WeakMap<Profile, UnitKeys[]>();

function unitKeys(profile: Profile): UnitKeys[] {
  let hit = keyCache.get(profile);
  if (!hit) {
    hit = knownDistrictUnits(profile).map((unit) => ({ unit, name: districtKeys(unit.name), aliases: unit.aliases.map(districtKeys) }));
    keyCache.set(profile, hit);
  }
  return hit;
}

const meets = (keys: readonly string[], candidate: readonly string[]) => candidate.some((k) => keys.includes(k));

/**
 * Finds the unit a roster's district text means: by official name first, then by alias, comparing
 * labelKeys and tolerating a trailing 市/区/县/镇/乡/街道 ("昆山市" → 昆山, "梅李镇" → 梅李). For an
 * open district list only the units the notice names can match; null when nothing matches.
 */
export function resolveDistrict(profile: Profile, text: string): DistrictMatch | null {
  if (labelKey(text) === "") return null;
  const keys = districtKeys(text);
  const units = unitKeys(profile);
  const byName = units.find((u) => meets(keys, u.name));
  if (byName) return { unit: byName.unit, via: "name" };
  const byAlias = units.find((u) => u.aliases.some((a) => meets(keys, a)));
  return byAlias ? { unit: byAlias.unit, via: "alias" } : null;
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
