/**
 * The reader's ceilings. A workbook past one is refused with a message naming the limit, before it
 * can exhaust memory or time (a zip bomb, a damaged size field, a merge or a value at XFD1048576).
 * Each is far above what a real roster needs: a 300,000-row roster of 20 columns is 6 million cells.
 */
export const READ_LIMITS = {
  /** Inflated bytes of one part. */
  partBytes: 512 * 1024 * 1024,
  /** Inflated bytes of all parts read, as a multiple of the file's size (deflate of XML rarely passes 30×)… */
  inflateRatio: 100,
  /** …but a small file may always inflate this far. */
  totalBytesFloor: 64 * 1024 * 1024,
  /** Cells in one sheet's used range (rows × columns), merges included. */
  sheetArea: 16_000_000,
  /** Cells in the used ranges of all sheets together. */
  workbookArea: 32_000_000,
  /** Merged areas in one sheet. */
  merges: 1_000_000,
  /** Worksheets in a workbook. */
  sheets: 4096,
  /** Shared strings. */
  strings: 10_000_000,
  /** Characters of one XML element (a cell, a string item): a 32,767-character cell with every character escaped is ~300 k. */
  elementChars: 16 * 1024 * 1024,
} as const;

/** The last cell a sheet can have: XFD1048576. */
export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;
