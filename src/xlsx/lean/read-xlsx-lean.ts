/**
 * The lean .xlsx reader: fflate for the zip, a hand-written indexOf scanner for the XML.
 *
 * Why not ExcelJS: on a 100k-row, 18-column roster its readFile takes 10.4 s and 1.1 GB, and its
 * streaming reader garbles Chinese characters that straddle a 16 KiB chunk edge (U+FFFD).
 * Why a hand scanner and not saxes: sheet XML is a handful of tag shapes (<row>, <c>, <v>, <f>,
 * <is>), so indexOf over the decoded text finds them without building an event or attribute
 * object per tag. Measured by scripts/bench-read.ts on .bench/roster-100k.xlsx (60 MB of sheet
 * XML, 19 MB of shared strings): saxes alone, only counting tags and building no Grid, takes
 * about 3× as long as this whole reader (see the report in the commit history for the figures).
 * Why streaming: parts are inflated 64 KiB of compressed input at a time and decoded with one
 * streaming TextDecoder, so a multi-byte character split by a chunk edge is joined, and the 60 MB
 * sheet text never exists as one string; the scanners consume whole elements only and get the
 * cut-off tail back with the next chunk.
 */
import type { Grid } from "../../core/grid/grid";
import { UserError } from "../../core/errors";
import { openPackage, findPart, type XlsxPackage } from "./package-parts";
import { readWorkbookInfo, type SheetEntry, type WorkbookInfo } from "./workbook-sheets";
import { readCellStyles } from "./cell-styles";
import { readSharedStrings } from "./shared-strings";
import { scanPart, DEFAULT_CHUNK_BYTES } from "./part-stream";
import { SheetScanner, type SheetContext } from "./sheet-scanner";
import { GridBuilder } from "./grid-builder";
import { ZipFormatError, type InflateRaw } from "./zip-archive";
import { assertXlsxSignature } from "./check-signature";

/** Tuning for readXlsxLean; tests shrink the chunk size to put chunk edges everywhere. */
export interface LeanReadOptions {
  /** Bytes per inflate step (default 64 KiB). */
  chunkBytes?: number;
  /** A native whole-buffer inflater (Node: zlib.inflateRawSync); fflate's streaming inflate otherwise. */
  inflateRaw?: InflateRaw;
}

function readSheet(pkg: XlsxPackage, sheet: SheetEntry, ctx: SheetContext): Grid {
  const builder = new GridBuilder();
  const entry = findPart(pkg, sheet.part);
  if (entry) scanPart(pkg, entry, new SheetScanner(ctx, builder));
  return builder.build(sheet.name, sheet.hidden);
}

function readPackage(bytes: Uint8Array, label: string, options: LeanReadOptions): Grid[] {
  const pkg = openPackage(bytes, { chunkBytes: options.chunkBytes ?? DEFAULT_CHUNK_BYTES, inflateRaw: options.inflateRaw });
  const info: WorkbookInfo | null = readWorkbookInfo(pkg);
  if (info === null) throw new UserError("input.notXlsx", { file: label, detail: "no workbook part" });
  const ctx: SheetContext = {
    sharedStrings: readSharedStrings(pkg, info.sharedStringsPart),
    styles: readCellStyles(pkg, info.stylesPart),
    date1904: info.date1904,
  };
  return info.sheets.map((sheet) => readSheet(pkg, sheet, ctx));
}

/**
 * Reads .xlsx bytes into Grids, one per worksheet in tab order, giving the same Grids as the
 * ExcelJS path (read-workbook.ts) for everything rosters and count tables use. Every way the input
 * can be unreadable becomes a UserError naming `label`: not a zip, encrypted, corrupt, no workbook.
 */
export function readXlsxLean(data: Uint8Array | ArrayBuffer, label: string, options: LeanReadOptions = {}): Grid[] {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  assertXlsxSignature(bytes, label);
  try {
    return readPackage(bytes, label, options);
  } catch (err) {
    if (err instanceof UserError) throw err;
    if (err instanceof ZipFormatError) throw new UserError("input.corrupt", { file: label, detail: err.message });
    // A malformed part (bad XML, impossible sizes) must still end as one clear line, not a stack trace.
    const detail = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new UserError("input.corrupt", { file: label, detail });
  }
}
