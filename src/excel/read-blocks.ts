// Adaptive row-block sizing: start near 5,000 rows, halve on a payload error or a null result,
// grow back (at most doubling) towards a byte target measured from the blocks already read.

/** Rows of the first block. */
export const FIRST_BLOCK_ROWS = 5_000;
/** Bytes a block's response should stay near: well under the 5 MB of Excel on the web. */
export const TARGET_BLOCK_BYTES = 2_000_000;
/** Never more rows than this in one block, whatever the bytes. */
export const MAX_BLOCK_ROWS = 20_000;
/** Cells in one block never above this (a range above 5,000,000 cells may come back null). */
export const MAX_BLOCK_CELLS = 1_000_000;

/** Error codes after which a smaller block is tried. */
export const SHRINK_CODES = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "RangeExceedsLimit", "OperationCellsExceedLimit"]);

/** The block size policy of one sheet read. */
export class BlockSizer {
  private rows: number;

  constructor(private readonly columns: number) {
    this.rows = this.clamp(FIRST_BLOCK_ROWS);
  }

  private clamp(rows: number): number {
    return Math.max(1, Math.min(rows, MAX_BLOCK_ROWS, Math.floor(MAX_BLOCK_CELLS / Math.max(1, this.columns))));
  }

  /** Rows of the next block. */
  get next(): number {
    return this.rows;
  }

  /** After a failure: half the rows; false when one row already failed. */
  shrink(): boolean {
    if (this.rows === 1) return false;
    this.rows = Math.max(1, Math.floor(this.rows / 2));
    return true;
  }

  /** After a success of `rows` rows costing about `bytes`: aim at the byte target, at most doubling. */
  grow(rows: number, bytes: number): void {
    const perRow = Math.max(1, bytes / Math.max(1, rows));
    const aim = Math.floor(TARGET_BLOCK_BYTES / perRow);
    this.rows = this.clamp(Math.min(aim, rows * 2));
  }
}

/** UTF-8 bytes of a string (a surrogate pair counts 4). */
function utf8(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return n;
}

/** The JSON bytes of a block of values as the host sends them (near enough to size the next block). */
export function estimateBytes(values: readonly (readonly unknown[])[]): number {
  let n = 2;
  for (const row of values) {
    n += 2;
    for (const v of row) {
      if (typeof v === "string") n += 3 + utf8(v);
      else if (typeof v === "number") n += 12;
      else n += 6;
    }
  }
  return n;
}
