/**
 * The reader's ceilings. A workbook past one is refused with a message naming the limit, before it
 * can exhaust memory or time (a zip bomb, a damaged size field, a merge or a value at XFD1048576).
 * Each is far above what a real roster needs (a 300,000-row roster of 20 columns is 6 million
 * cells); the cell limits grow with a large file, up to Excel's last row times 24 columns, so a
 * real million-row roster reads while a small file can never claim more than the floor.
 */
export const READ_LIMITS = {
  /** Inflated bytes of one part read whole (shared strings, styles, the parts a copy edits). */
  partBytes: 512 * 1024 * 1024,
  /**
   * Inflated bytes of a sheet part, which is streamed and never held whole: a 1,048,576-row roster's
   * sheet XML is ~650 MB. Memory is bounded by the cell limits below, time by the inflate ratio.
   */
  streamedPartBytes: 2 * 1024 * 1024 * 1024,
  /** Inflated bytes of all parts read, as a multiple of the file's size (deflate of XML rarely passes 30×)… */
  inflateRatio: 100,
  /** …but a small file may always inflate this far. */
  totalBytesFloor: 64 * 1024 * 1024,
  /** Cells in one sheet's used range (rows × columns), merges included, for a file up to 64 MB… */
  sheetArea: 16_000_000,
  /** …for a larger file, this many cells per byte of the file (a real roster holds ~0.16)… */
  sheetCellsPerFileByte: 0.25,
  /** …but never past Excel's last row times 24 columns. */
  sheetAreaCeiling: 1_048_576 * 24,
  /** Merged areas in one sheet. */
  merges: 1_000_000,
  /** Worksheets in a workbook. */
  sheets: 4096,
  /** Shared strings. */
  strings: 10_000_000,
  /** UTF-8 bytes of one XML element (a cell, a string item): a 32,767-character cell with every character escaped is ~300 k. */
  elementBytes: 16 * 1024 * 1024,
} as const;

/** The last cell a sheet can have: XFD1048576. */
export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;
