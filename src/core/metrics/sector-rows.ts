import { editDistance } from "../profile/edit-distance";
import { flagKey, labelMatches } from "../profile/label-match";
import type { AttachmentLayout, ExplicitRow, Profile } from "../profile/schema";
import type { RosterRecord } from "../roster/record";
import type { SectorResolver } from "./indicator-sectors";

/** Where a roster's 行业 text falls among a sector table's rows: the row's index, or none with the nearest spelling. */
export type SectorRowHit = { row: number } | { row: null; suggestion: string | null };

/** A sector table (附件2) of the profile: its layout and rows standing for sectors. */
export interface SectorTable {
  layout: AttachmentLayout;
  rows: readonly ExplicitRow[];
}

/** The profile's attachments whose explicit rows stand for sectors, in order. */
export function sectorTables(profile: Profile): SectorTable[] {
  return (profile.attachments ?? []).flatMap((layout) =>
    layout.rows.source === "explicit" && layout.rows.rows.some((r) => r.sectors && r.sectors.length > 0) ? [{ layout, rows: layout.rows.rows }] : [],
  );
}

/** A spelling one edit away (two for six characters or more) is near enough to suggest. */
function nearEnough(text: string, spelling: string): boolean {
  const d = editDistance(text, spelling);
  return d <= ([...text].length >= 6 ? 2 : 1);
}

/**
 * Resolves a roster's 行业 text to one row of a sector table: among the rows holding one of their
 * spellings (contained, as labels match) and none of their excludes, the one whose spelling held is
 * longest (农业与农机 is row 30, not 农机's row 31), the first such row on a tie. A text no row holds
 * gets the nearest spelling, when one is near, as a suggestion (烟花炮竹 → 烟花爆竹). Answered once per text.
 */
export function sectorRowResolver(rows: readonly ExplicitRow[]): (text: string) => SectorRowHit {
  const cache = new Map<string, SectorRowHit>();
  const resolve = (text: string): SectorRowHit => {
    let best = -1;
    let length = 0;
    rows.forEach((r, i) => {
      if ((r.excludeSectors ?? []).some((x) => labelMatches(text, x))) return;
      for (const s of r.sectors ?? []) {
        const n = flagKey(s).length;
        if (n > length && labelMatches(text, s)) {
          best = i;
          length = n;
        }
      }
    });
    if (best >= 0) return { row: best };
    const key = flagKey(text);
    let suggestion: string | null = null;
    let distance = Infinity;
    for (const r of rows) {
      for (const s of r.sectors ?? []) {
        const d = editDistance(key, flagKey(s));
        if (d < distance && nearEnough(key, flagKey(s))) {
          suggestion = s;
          distance = d;
        }
      }
    }
    return { row: null, suggestion };
  };
  return (text) => {
    let hit = cache.get(text);
    if (hit === undefined) cache.set(text, (hit = resolve(text)));
    return hit;
  };
}

const NONE: readonly number[] = Object.freeze([]);

/** The table's rows as sectors for the indicator tally: each record in at most one row. */
export function sectorRowKeys(table: SectorTable): SectorResolver {
  const rowOf = sectorRowResolver(table.rows);
  const single = table.rows.map((_, i) => Object.freeze([i]) as readonly number[]);
  return {
    keys: table.rows.map((r, i) => ({ id: String(i + 1), name: r.label ?? r.cells?.[1] ?? String(i + 1) })),
    of(record: RosterRecord) {
      if (record.sector === null) return NONE;
      const hit = rowOf(record.sector);
      return hit.row === null ? NONE : single[hit.row];
    },
  };
}
