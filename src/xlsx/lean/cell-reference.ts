import { MAX_COL, MAX_ROW } from "./read-limits";

/**
 * Parses the cell reference b[from, to) (bytes of the sheet XML) strictly: one to three letters, then one to seven digits,
 * within XFD1048576, nothing else. Returns the column and sets `out.row`, or
 * returns 0 when it is not such a reference (a flipped bit, "B2_000000", must not become row 67 million).
 */
export function parseCellReference(b: Uint8Array, from: number, to: number, out: { row: number }): number {
  let col = 0, j = from;
  for (; j < to && j - from < 3; j++) {
    const c = b[j] | 32;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (col === 0 || col > MAX_COL) return 0;
  const digitsFrom = j;
  if (to - digitsFrom < 1 || to - digitsFrom > 7) return 0;
  let row = 0;
  for (; j < to; j++) {
    const d = b[j] - 48;
    if (d < 0 || d > 9) return 0;
    row = row * 10 + d;
  }
  if (row < 1 || row > MAX_ROW) return 0;
  out.row = row;
  return col;
}

/** A row number attribute parsed strictly (1 to 1048576, digits only), or 0. */
export function parseRowNumber(text: string): number {
  if (!/^[0-9]{1,7}$/.test(text)) return 0;
  const n = Number(text);
  return n >= 1 && n <= MAX_ROW ? n : 0;
}
