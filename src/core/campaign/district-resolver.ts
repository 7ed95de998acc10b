import { districtUnits, knownDistrictUnits, resolveDistrict, suggestDistrict } from "../profile/districts";
import type { Profile } from "../profile/schema";
import { cleanText } from "../normalize/text";
import { openDistricts, type OpenDistrict } from "./open-districts";

/** Resolves roster district texts to the profile's names (and suggestions), answering each distinct text once. */
export interface DistrictResolver {
  /** The district's official name (for open lists: the unit its spelling variants merge into), null when unknown. */
  nameOf(text: string | null): string | null;
  knows(text: string): boolean;
  suggest(text: string): string | null;
  /** True when the profile lists no districts: an unknown text is then a likely typo, not a certain error. */
  open: boolean;
  /** Listed districts in official order (empty for open lists). */
  order: string[];
}

/**
 * Builds the resolver for a profile: listed units through names, aliases and suffixes; for an open
 * list, the roster's own texts (all of them, so frequencies tell typos from units), merged by
 * suffix and the named units' aliases.
 */
export function districtResolver(profile: Profile, observed: Iterable<string | null> = []): DistrictResolver {
  const open = profile.districts.mode === "open";
  const openMap: Map<string, OpenDistrict> = open ? openDistricts(observed, knownDistrictUnits(profile)) : new Map();
  const cache = new Map<string, string | null>();
  const openOf = (text: string): OpenDistrict | undefined => {
    const clean = cleanText(text);
    return clean === null ? undefined : (openMap.get(clean) ?? openDistricts([clean], knownDistrictUnits(profile)).get(clean));
  };
  const nameOf = (text: string | null): string | null => {
    if (text === null) return null;
    let hit = cache.get(text);
    if (hit === undefined) {
      if (open) {
        const o = openOf(text);
        hit = o && "name" in o ? o.name : null;
      } else hit = resolveDistrict(profile, text)?.unit.name ?? null;
      cache.set(text, hit);
    }
    return hit;
  };
  const suggestions = new Map<string, string | null>();
  const suggest = (text: string): string | null => {
    let hit = suggestions.get(text);
    if (hit === undefined) {
      const o = open ? openOf(text) : undefined;
      hit = o && "typoOf" in o ? o.typoOf : suggestDistrict(profile, text);
      suggestions.set(text, hit);
    }
    return hit;
  };
  return {
    nameOf,
    knows: (text) => nameOf(text) !== null,
    suggest,
    open,
    order: districtUnits(profile).map((u) => u.name),
  };
}
