import type { CellValue } from "../grid/grid";
import { cellText, labelKey } from "../normalize/text";

/** The tallest header a count table uses: a super-group, the category groups, the leaves. */
export const MAX_HEADER_ROWS = 3;

const PREAMBLE_WORDS = /^附件|^附表|填报|制表|单位[:：]|日期|^注/;
const TITLE_WORDS = /情况|统计表|汇总表|分配表|一览表|台账|^附件|^附表/;

function filled(row: readonly CellValue[]): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  row.forEach((v, index) => {
    const text = cellText(v);
    if (text !== null) out.push({ index, text });
  });
  return out;
}

/**
 * True for a line above the header that is not part of it: the 附件 label, the title, a 填报单位 /
 * 日期 line. A title is a lone cell at the label column (or left of it), or a lone long cell.
 */
function isPreamble(row: readonly CellValue[], labelIndex: number): boolean {
  const cells = filled(row);
  if (cells.every((c) => /[:：]/.test(c.text) || PREAMBLE_WORDS.test(labelKey(c.text)))) return true;
  if (cells.length !== 1) return false;
  const only = cells[0];
  return only.index <= labelIndex || labelKey(only.text).length > 16 || TITLE_WORDS.test(labelKey(only.text));
}

/**
 * The header rows right above the first body row (0-based, inclusive), at most three, stopping at a
 * blank line or a title / 填报单位 line; null when there is none.
 */
export function findHeaderBand(values: readonly CellValue[][], labelIndex: number, firstRow: number): [number, number] | null {
  let top = firstRow;
  for (let r = firstRow - 1; r >= 0 && firstRow - r <= MAX_HEADER_ROWS; r--) {
    const row = values[r];
    if (filled(row).length === 0 || isPreamble(row, labelIndex)) break;
    top = r;
  }
  return top === firstRow ? null : [top, firstRow - 1];
}
