import type { CellValue } from "../grid/grid";
import { labelKey } from "../normalize/text";
import { FIELD_SYNONYMS } from "./fields";
import type { HeaderMatch } from "./match-header";
import { isHeaderWord } from "./match-header";
import { NOTE_LINE, subtotalKind } from "./row-text";

/** How far down a header may start: titles, a 填报 line and notes rarely take more. */
export const HEADER_SCAN_ROWS = 30;
/** The tallest header band a roster uses (group, subgroup, leaf). */
export const MAX_HEADER_ROWS = 3;

type Matcher = (path: readonly string[]) => HeaderMatch | null;

const TITLE_WORDS = /台账|花名册|名单|一览表|统计表|汇总表|情况表|明细表|^附件|^附表/;
const NAME_KEYS = new Set(FIELD_SYNONYMS.name.map(labelKey));

function filled(row: readonly CellValue[]): number[] {
  const out: number[] = [];
  row.forEach((v, i) => {
    if (v !== null && !(typeof v === "string" && v.trim() === "")) out.push(i);
  });
  return out;
}

function hits(row: readonly CellValue[], match: Matcher): number {
  let n = 0;
  for (const v of row) if (typeof v === "string" && isHeaderWord(v, match)) n++;
  return n;
}

function nameColumns(values: readonly CellValue[][], top: number, bottom: number): number[] {
  const cols: number[] = [];
  for (let r = top; r <= bottom; r++) {
    values[r].forEach((v, i) => {
      if (typeof v === "string" && NAME_KEYS.has(labelKey(v))) cols.push(i);
    });
  }
  return cols;
}

function continuesBelow(values: readonly CellValue[][], k: number, top: number, bottom: number, match: Matcher): boolean {
  const row = values[k];
  const cells = filled(row);
  if (cells.length === 0) return false;
  for (const i of cells) {
    const v = row[i];
    if (typeof v !== "string" || NOTE_LINE.test(v) || subtotalKind(v)) return false;
  }
  if (nameColumns(values, top, bottom).some((i) => cells.includes(i))) return false;
  if (cells.some((i) => isHeaderWord(row[i] as string, match))) return true;
  // Leaves under a group: the band's first row is blank there, or holds a group label that names no
  // field, or one that does but spans the leaves beside it (所属行业（打√） over 建材 | 机械 | 轻工).
  const blank = (v: CellValue) => v === null || (typeof v === "string" && v.trim() === "");
  return cells.every((i) => {
    const above = values[top][i];
    if (above === null || (typeof above === "string" && !isHeaderWord(above, match))) return true;
    return blank(values[top][i + 1] ?? null) && cells.includes(i + 1);
  });
}

function groupAbove(values: readonly CellValue[][], k: number, top: number, match: Matcher): boolean {
  const row = values[k];
  const cells = filled(row);
  if (cells.length === 0) return false;
  for (const i of cells) {
    const v = row[i];
    if (typeof v !== "string" || /[:：]/.test(v) || NOTE_LINE.test(v) || TITLE_WORDS.test(v) || labelKey(v).length > 16) return false;
  }
  if (cells.some((i) => isHeaderWord(row[i] as string, match))) return true;
  // A lone cell at the table's left edge is a title, not a group over columns.
  const left = filled(values[top])[0] ?? 0;
  return !(cells.length === 1 && cells[0] <= left);
}

/**
 * Finds the header band among the first rows: the row naming the most roster headers, extended
 * down over leaf rows under groups and up over group rows, to at most three rows. Indices are
 * 0-based into grid.values; null when no row names at least two roster headers.
 */
export function findHeaderBand(values: readonly CellValue[][], match: Matcher): [number, number] | null {
  let best = -1, bestHits = 1;
  const scan = Math.min(values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < scan; r++) {
    const h = hits(values[r], match);
    if (h > bestHits) [best, bestHits] = [r, h];
  }
  if (best < 0) return null;
  let top = best, bottom = best;
  while (bottom - top + 1 < MAX_HEADER_ROWS && bottom + 1 < values.length && continuesBelow(values, bottom + 1, top, bottom, match)) bottom++;
  while (bottom - top + 1 < MAX_HEADER_ROWS && top > 0 && groupAbove(values, top - 1, top, match)) top--;
  return [top, bottom];
}
