import { labelMatches } from "../profile/label-match";
import type { Profile } from "../profile/schema";
import { cleanText } from "../normalize/text";
import type { RosterRecord } from "../roster/record";

/** A sector per-sector targets are judged for: the profile's id and name, or the roster's own text. */
export interface SectorKey {
  id: string;
  name: string;
}

/** The sectors of a campaign and which of them a record's sector text means, answered once per text. */
export interface SectorResolver {
  /** Sectors in the profile's order; the roster's texts in first-seen order when the profile names none. */
  readonly keys: SectorKey[];
  /** Indexes into keys of the sectors a record belongs to (none without a sector text). */
  of(record: RosterRecord): readonly number[];
}

const NONE: readonly number[] = Object.freeze([]);

/**
 * Resolves record sectors to the profile's named sectors by name or alias, contained in the roster's
 * text as categories are ("危险化学品生产" is 危险化学品), unless the text holds one of the sector's
 * excludes (危险化学品运输 is not 危险化学品); a text may mean several sectors and counts in each.
 * Without named sectors, each distinct roster text is a sector of its own.
 */
export function sectorResolver(profile: Profile): SectorResolver {
  const named = profile.sectors ?? [];
  const keys: SectorKey[] = named.map((s) => ({ id: s.id, name: s.name }));
  const cache = new Map<string, readonly number[]>();
  const resolve = (text: string): readonly number[] => {
    if (named.length > 0) {
      const means = (s: (typeof named)[number]) =>
        [s.name, ...(s.aliases ?? [])].some((label) => labelMatches(text, label)) && !(s.exclude ?? []).some((label) => labelMatches(text, label));
      const hits = named.flatMap((s, i) => (means(s) ? [i] : []));
      return hits.length > 0 ? hits : NONE;
    }
    const clean = cleanText(text);
    if (clean === null) return NONE;
    let i = keys.findIndex((k) => k.id === clean);
    if (i < 0) i = keys.push({ id: clean, name: clean }) - 1;
    return [i];
  };
  return {
    keys,
    of(record) {
      if (record.sector === null) return NONE;
      let hit = cache.get(record.sector);
      if (hit === undefined) cache.set(record.sector, (hit = resolve(record.sector)));
      return hit;
    },
  };
}
