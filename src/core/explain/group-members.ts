import { membershipOf } from "../campaign/membership";
import { indicatorHits } from "../metrics/indicator-tally";
import { sectorResolver } from "../metrics/indicator-sectors";
import { sectorRowKeys, sectorTables } from "../metrics/sector-rows";
import type { GroupFigure, GroupPart, SectorRef } from "../spec/spec";
import { holds, MEASURES, type Measure } from "./enterprises-behind";
import type { FigureBasis } from "./figure-members";

/** The key of a group figure (its district and parts), for maps of figures. */
export function groupKey(f: GroupFigure): string {
  return JSON.stringify([f.district, f.parts.map(partKey)]);
}

function sectorKey(s: SectorRef | undefined): string {
  return s === undefined ? "" : "table" in s ? `t${s.table}#${s.row}` : `s${s.sector}`;
}

/** A part's key, without a district: what it counts and the sector it is narrowed to. */
export function partKey(p: GroupPart): string {
  return `${sectorKey(p.sector)}\u0001${"indicator" in p ? `i${p.indicator}` : `c${p.category}:${p.measure}`}`;
}

const bucketKey = (district: string | null, part: string) => `${district === null ? "\u0000" : district}\u0002${part}`;

/**
 * The records (indices into the classification, record order) each part of `figures` counted, per
 * district the figures name (null = the total), keyed by bucketKey, in one pass. A part is drawn by
 * the test its count used: a category's by the classification's standings (as every category
 * count), an indicator's by the tally's indicatorHits with the tally's population (the total is the
 * district rows' unless no record has a district), and a sector narrowing by the resolver the tally
 * counted sectors with (sectorRowKeys for a 附件2 row, sectorResolver for the profile's sectors).
 */
function partBuckets(basis: FigureBasis, figures: readonly GroupFigure[]): Map<string, number[]> {
  const wanted = new Map<string, number[]>();
  const tables = new Map<string, ReturnType<typeof sectorRowKeys>>();
  let named = false;
  let indicatorsWanted = false;
  const measuresNamed = new Set<Measure>();
  for (const f of figures) {
    for (const p of f.parts) {
      wanted.set(bucketKey(f.district, partKey(p)), []);
      if ("indicator" in p) indicatorsWanted = true;
      else measuresNamed.add(p.measure);
      const s = p.sector;
      if (s && "table" in s && !tables.has(s.table)) {
        const table = sectorTables(basis.profile).find((x) => x.layout.id === s.table);
        if (table) tables.set(s.table, sectorRowKeys(table));
      }
      if (s && "sector" in s) named = true;
    }
  }
  if (wanted.size === 0) return wanted;
  const { profile, classification } = basis;
  const sectors = named ? sectorResolver(profile) : undefined;
  const hitsOf = indicatorsWanted ? indicatorHits({ profile, membership: membershipOf(profile), asOf: basis.asOf }) : undefined;
  const indicatorIds = (profile.indicators ?? []).map((i) => `i${i.id}`);
  // Every measure a part may name, held by the same test enterprisesBehind uses (a part of a count target's measure too).
  const measures = MEASURES.filter((m) => measuresNamed.has(m));
  const measureKeys = profile.categories.map((c) => measures.map((m) => `c${c.id}:${m}`));
  const hits: number[] = [];
  const narrowings: string[] = [];
  const districts: (string | null)[] = [null, null];
  classification.classes.forEach((entry, i) => {
    const inTotal = !classification.byDistrict || entry.district !== null;
    if (!inTotal) return;
    if (hitsOf) hitsOf(entry.record, hits);
    else hits.length = 0;
    if (entry.excluded !== null && hits.length === 0) return;
    // The sectors this record is narrowed to: none, its 附件2 row in each table, the profile's sectors it means.
    narrowings.length = 0;
    narrowings.push("");
    for (const [id, keys] of tables) for (const r of keys.of(entry.record)) narrowings.push(`t${id}#${r + 1}`);
    if (sectors) for (const s of sectors.of(entry.record)) narrowings.push(`s${sectors.keys[s].id}`);
    // Each part counts in the record's district and in the total (only the total without a district).
    districts[1] = entry.district;
    const add = (what: string) => {
      for (const n of narrowings) {
        const part = `${n}\u0001${what}`;
        for (let d = 0; d < (entry.district === null ? 1 : 2); d++) wanted.get(bucketKey(districts[d], part))?.push(i);
      }
    };
    if (entry.excluded === null) {
      for (const s of entry.standings) {
        const keys = measureKeys[s.category];
        for (let j = 0; j < measures.length; j++) if (holds(s, measures[j])) add(keys[j]);
      }
    }
    for (const h of hits) add(indicatorIds[h]);
  });
  return wanted;
}

/** A record a group figure counted, and which of the figure's parts counted it. */
export interface GroupMember {
  record: number;
  part: number;
}

/**
 * The members of each group figure (by groupKey): its parts' records, part by part, each part's in
 * record order. A record counted by two parts (in two categories of a stage) is there twice, as the
 * sum counted it, so each list has exactly the figure's value.
 */
export function groupMembers(basis: FigureBasis, figures: readonly GroupFigure[]): Map<string, GroupMember[]> {
  const buckets = partBuckets(basis, figures);
  const out = new Map<string, GroupMember[]>();
  for (const f of figures) {
    const key = groupKey(f);
    if (out.has(key)) continue;
    const members: GroupMember[] = [];
    f.parts.forEach((p, part) => {
      for (const record of buckets.get(bucketKey(f.district, partKey(p))) ?? []) members.push({ record, part });
    });
    out.set(key, members);
  }
  return out;
}
