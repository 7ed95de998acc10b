import type { Grid } from "../grid/grid";
import { cellText, labelKey } from "../normalize/text";
import { resolveDistrict } from "../profile/districts";
import type { Profile } from "../profile/schema";
import { isTotalLabel } from "./row-label";

/** The column of row labels (0-based into grid.values) and the first body row under the header. */
export interface LabelColumn {
  index: number;
  firstRow: number;
}

/** How many rows a header may sit below the top when the district list is open. */
const HEADER_SCAN_ROWS = 30;

const MEMO_LIMIT = 10_000;

/**
 * The column naming the most districts. Each distinct text is resolved once (a roster repeats a dozen
 * district names a hundred thousand times), and a column stops being read once even naming a district
 * on every remaining row could not beat the best so far.
 */
function byDistricts(grid: Grid, profile: Profile): LabelColumn | null {
  const width = grid.values[0]?.length ?? 0;
  const rows = grid.values.length;
  const known = new Map<string, boolean>();
  const isDistrict = (text: string) => {
    let hit = known.get(text);
    if (hit === undefined) {
      hit = resolveDistrict(profile, text) !== null;
      // Bounded: district names repeat; a column of enterprise names would only fill memory.
      if (known.size < MEMO_LIMIT) known.set(text, hit);
    }
    return hit;
  };
  let best: { index: number; hits: number; firstRow: number } | null = null;
  for (let c = 0; c < width; c++) {
    let hits = 0;
    let firstRow = -1;
    for (let r = 0; r < rows; r++) {
      if (best !== null && hits + (rows - r) <= best.hits) break;
      const text = cellText(grid.values[r][c]);
      if (text === null) continue;
      const district = isDistrict(text);
      if (district) hits++;
      if ((district || isTotalLabel(text)) && firstRow < 0) firstRow = r;
    }
    if (hits > 0 && (best === null || hits > best.hits)) best = { index: c, hits, firstRow };
  }
  return best === null ? null : { index: best.index, firstRow: best.firstRow };
}

function byHeaderWord(grid: Grid, profile: Profile): LabelColumn | null {
  const words = new Set([labelKey(profile.districts.label), "地区", "单位", "板块"]);
  for (let r = 0; r < Math.min(grid.values.length, HEADER_SCAN_ROWS); r++) {
    const index = grid.values[r].findIndex((v) => typeof v === "string" && words.has(labelKey(v)));
    if (index < 0) continue;
    for (let below = r + 1; below < grid.values.length; below++) {
      if (cellText(grid.values[below][index]) !== null) return { index, firstRow: below };
    }
  }
  return null;
}

/**
 * Finds the label column: the column that names the most of the profile's districts (one is enough:
 * a district may send back its own row; a header naming categories is still required downstream),
 * or, for a profile with an open district list, the column headed 地区 (or the profile's word).
 */
export function findLabelColumn(grid: Grid, profile: Profile): LabelColumn | null {
  return profile.districts.mode === "listed" ? byDistricts(grid, profile) : byHeaderWord(grid, profile);
}
