import { districtUnits, resolveDistrict, suggestDistrict } from "../profile/districts";
import type { Profile } from "../profile/schema";
import { cleanText } from "../normalize/text";

/** Resolves roster district texts to the profile's names (and suggestions), answering each distinct text once. */
export interface DistrictResolver {
  /** The district's official name, the text itself for open district lists, null when unknown. */
  nameOf(text: string | null): string | null;
  knows(text: string): boolean;
  suggest(text: string): string | null;
  /** Listed districts in official order (empty for open lists). */
  order: string[];
}

/** Builds the resolver for a profile: listed units through aliases, or the roster's own values when open. */
export function districtResolver(profile: Profile): DistrictResolver {
  const open = profile.districts.mode === "open";
  const cache = new Map<string, string | null>();
  const nameOf = (text: string | null): string | null => {
    if (text === null) return null;
    let hit = cache.get(text);
    if (hit === undefined) {
      hit = open ? cleanText(text) : (resolveDistrict(profile, text)?.unit.name ?? null);
      cache.set(text, hit);
    }
    return hit;
  };
  const suggestions = new Map<string, string | null>();
  const suggest = (text: string): string | null => {
    let hit = suggestions.get(text);
    if (hit === undefined) {
      hit = suggestDistrict(profile, text);
      suggestions.set(text, hit);
    }
    return hit;
  };
  return {
    nameOf,
    knows: (text) => nameOf(text) !== null,
    suggest,
    order: districtUnits(profile).map((u) => u.name),
  };
}
