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

function byDistricts(grid: Grid, profile: Profile): LabelColumn | null {
  const width = grid.values[0]?.length ?? 0;
  let best: { index: number; hits: number; firstRow: number } | null = null;
  for (let c = 0; c < width; c++) {
    let hits = 0;
    let firstRow = -1;
    grid.values.forEach((row, r) => {
      const text = cellText(row[c]);
      if (text === null) return;
      const district = resolveDistrict(profile, text) !== null;
      if (district) hits++;
      if ((district || isTotalLabel(text)) && firstRow < 0) firstRow = r;
    });
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
