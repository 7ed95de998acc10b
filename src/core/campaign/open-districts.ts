import { cleanText } from "../normalize/text";
import { bareDistrictKey, districtKeys } from "../profile/district-key";
import { editDistance } from "../profile/edit-distance";

/** What a district text of an open list (乡镇, 板块, 县市区 the notice does not list) comes to. */
export type OpenDistrict = { name: string } | { typoOf: string };

/** A unit the notice names for an open list: its name and the aliases that mean it. */
export interface NamedUnit {
  name: string;
  aliases: readonly string[];
}

/** How much more often a unit must be written than a text one edit away for the text to be taken as its typo. */
const TYPO_RATIO = 4;
/** A unit must be written at least this often before a rarer look-alike is taken as its typo. */
const TYPO_MIN_COUNT = 5;

interface Group {
  key: string;
  count: number;
  /** Each spelling with how often it is written, in first-seen order. */
  spellings: Map<string, number>;
  named?: string;
}

function spellingOf(group: Group): string {
  if (group.named) return group.named;
  let best = "";
  let n = -1;
  // The full name (梅李镇 over 梅李) however often the short one is written; between equally full ones the more common.
  for (const [s, c] of group.spellings) if ([...s].length > [...best].length || ([...s].length === [...best].length && c > n)) [best, n] = [s, c];
  return best;
}

/**
 * Resolves the district texts of an open list. Spellings that differ only by 市/区/县/镇/乡/街道, and
 * the aliases of a named unit, are one unit (named under the notice's name, else its fullest
 * spelling). A rare text one edit away from a named unit, or from a unit written at least four times
 * as often, is a typo of it: it is not made a district of its own.
 */
export function openDistricts(texts: Iterable<string | null>, named: readonly NamedUnit[]): Map<string, OpenDistrict> {
  const namedKeys = named.map((u) => ({ name: u.name, keys: [u.name, ...u.aliases].flatMap(districtKeys) }));
  const groups = new Map<string, Group>();
  const groupOf = new Map<string, Group>();
  for (const raw of texts) {
    const text = raw === null ? null : cleanText(raw);
    if (text === null) continue;
    let group = groupOf.get(text);
    if (!group) {
      const keys = districtKeys(text);
      const unit = namedKeys.find((u) => keys.some((k) => u.keys.includes(k)));
      const key = unit ? `named:${unit.name}` : bareDistrictKey(text);
      group = groups.get(key);
      if (!group) groups.set(key, (group = { key, count: 0, spellings: new Map(), ...(unit ? { named: unit.name } : {}) }));
      groupOf.set(text, group);
    }
    group.count++;
    group.spellings.set(text, (group.spellings.get(text) ?? 0) + 1);
  }
  const typoOf = new Map<Group, string>();
  const all = [...groups.values()];
  // Only a unit written often can have typos: those, most written first (ties in first-seen order),
  // so each text stops at the first one a typo away, or once they are no longer four times as frequent
  // — a roster of 100,000 different towns no longer compares every town with every other.
  const frequent = all.filter((h) => !h.named && h.count >= TYPO_MIN_COUNT).sort((a, b) => b.count - a.count);
  for (const g of all) {
    if (g.named) continue;
    const bare = g.key;
    if ([...bare].length < 2) continue;
    const nearNamed = namedKeys.find((u) => u.keys.some((k) => editDistance(bareDistrictKey(k), bare) === 1));
    if (nearNamed) {
      typoOf.set(g, nearNamed.name);
      continue;
    }
    let near: Group | undefined;
    for (const h of frequent) {
      if (h.count < TYPO_RATIO * g.count) break;
      if (h !== g && editDistance(h.key, bare) === 1) {
        near = h;
        break;
      }
    }
    if (near) typoOf.set(g, spellingOf(near));
  }
  const out = new Map<string, OpenDistrict>();
  for (const [text, g] of groupOf) {
    const typo = typoOf.get(g);
    out.set(text, typo !== undefined ? { typoOf: typo } : { name: spellingOf(g) });
  }
  return out;
}
