import { labelKey } from "../normalize/text";
import { INDEX_HEADERS, NOT_A_FIELD, SYNONYM_KEYS, type SynonymKey } from "./fields";
import type { ExtraField, MappingConfidence } from "./types";

/** A header's best field candidate: the field, how it matched, and its rank among that field's synonyms. */
export interface HeaderMatch {
  field: string;
  role: "field" | "extra";
  confidence: Exclude<MappingConfidence, "override" | "values">;
  rank: number;
  matched: string;
}

const BY_KEY = new Map<string, SynonymKey>();
for (const s of SYNONYM_KEYS) if (!BY_KEY.has(s.key)) BY_KEY.set(s.key, s);

/** Group words that only say "information about": 证书情况 / 编号 reads as 证书编号. */
const GROUP_FILLER = /(基本情况|情况|信息|基本信息)$/;

function exact(key: string, tier: "exact" | "synonym"): HeaderMatch | null {
  const s = BY_KEY.get(key);
  if (!s) return null;
  return { field: s.field, role: "field", confidence: s.rank === 0 && tier === "exact" ? "exact" : "synonym", rank: s.rank, matched: s.text };
}

function contains(key: string): HeaderMatch | null {
  if (NOT_A_FIELD.has(key)) return null;
  for (const s of SYNONYM_KEYS) {
    const k = s.key;
    const hit = key.startsWith(k + "(") || key.startsWith(k + "[") || key.endsWith(k) || (k.length >= 4 && key.includes(k));
    if (hit) return { field: s.field, role: "field", confidence: "partial", rank: s.rank, matched: s.text };
  }
  return null;
}

/** Builds a matcher for header paths: canonical synonyms first, then the profile's extra fields, then containment. */
export function headerMatcher(extraFields: readonly ExtraField[] = []): (path: readonly string[]) => HeaderMatch | null {
  const extras = new Map<string, { id: string; rank: number; text: string }>();
  for (const f of extraFields) f.headers.forEach((h, rank) => extras.set(labelKey(h), { id: f.id, rank, text: h }));
  return (path) => {
    if (path.length === 0) return null;
    const leaf = labelKey(path[path.length - 1]);
    const direct = exact(leaf, "exact");
    if (direct) return direct;
    for (let i = path.length - 2; i >= 0; i--) {
      const combined = exact(labelKey(path[i]).replace(GROUP_FILLER, "") + leaf, "synonym");
      if (combined) return combined;
    }
    const extra = extras.get(leaf);
    if (extra) return { field: extra.id, role: "extra", confidence: extra.rank === 0 ? "exact" : "synonym", rank: extra.rank, matched: extra.text };
    return contains(leaf);
  };
}

/** True when a header cell's text names something a roster header holds: a field, the 序号 column, or a 是否 flag. */
export function isHeaderWord(text: string, match: (path: readonly string[]) => HeaderMatch | null): boolean {
  const key = labelKey(text);
  if (key === "" || key.length > 24) return false;
  return INDEX_HEADERS.has(key) || key.startsWith("是否") || match([text]) !== null;
}
