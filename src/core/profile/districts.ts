import { labelKey } from "../normalize/text";
import { districtKeys } from "./district-key";
import { editDistance } from "./edit-distance";
import type { District, Profile } from "./schema";
import { minOf } from "../collections/extremes";

/** A district text resolved to a unit: through its official name or one of its aliases. */
export interface DistrictMatch {
  unit: District;
  via: "name" | "alias";
}

/** The listed units of a profile; empty when its districts are open (the roster's values are the districts). */
export function districtUnits(profile: Profile): District[] {
  return profile.districts.mode === "listed" ? profile.districts.units : [];
}

function sameDistrict(text: string, candidate: string): boolean {
  const keys = districtKeys(text);
  return districtKeys(candidate).some((k) => keys.includes(k));
}

/**
 * Finds the unit a roster's district text means: by official name first, then by alias, comparing
 * labelKeys and tolerating a trailing 市/区/县 ("昆山市" → 昆山). Null when nothing matches, and
 * always for a profile with open districts.
 */
export function resolveDistrict(profile: Profile, text: string): DistrictMatch | null {
  if (labelKey(text) === "") return null;
  const units = districtUnits(profile);
  const byName = units.find((u) => sameDistrict(text, u.name));
  if (byName) return { unit: byName, via: "name" };
  const byAlias = units.find((u) => u.aliases.some((a) => sameDistrict(text, a)));
  return byAlias ? { unit: byAlias, via: "alias" } : null;
}

/**
 * The official name of the unit nearest to an unknown district text (edit distance over names and
 * aliases), for a "did you mean" message; null when nothing is close (more than half the text differs).
 */
export function suggestDistrict(profile: Profile, text: string): string | null {
  const key = labelKey(text);
  if (key === "") return null;
  let best: { name: string; distance: number } | null = null;
  for (const unit of districtUnits(profile)) {
    for (const candidate of [unit.name, ...unit.aliases]) {
      const distance = minOf(districtKeys(candidate).flatMap((c) => districtKeys(text).map((k) => editDistance(k, c))));
      if (best === null || distance < best.distance) best = { name: unit.name, distance };
    }
  }
  if (best === null) return null;
  return best.distance <= Math.max(1, Math.floor([...key].length / 2)) ? best.name : null;
}
