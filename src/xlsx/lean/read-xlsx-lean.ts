/**
 * The lean .xlsx reader: fflate (or Node's zlib) for the zip, a hand-written byte scanner for the XML.
 *
 * Measured with scripts/bench-read.ts on .bench/roster-100k.xlsx (100k rows × 18 columns, 60 MB
 * of sheet XML, 19 MB of shared strings; 2 shared cores, best of 3, fresh process each):
 *   this reader (fflate streaming)      1.6 s,  ~255 MB peak RSS (when it still scanned decoded text)
 *   the same with native zlib streaming (lean/node-codec.ts): see scripts/bench-read.ts
 *   ExcelJS readFile + worksheetToGrid  8.4 s, 1060 MB
 *   saxes only counting start tags      1.7 s (no values, no Grid: already as slow as this reader)
 *   unzip + decode, nothing else        0.5 s, ~210 MB
 * Hence a hand scanner, not saxes: sheet XML is a handful of tag shapes (<row>, <c>, <v>, <f>,
 * <is>) that a byte loop finds without an event and an attribute object per tag.
 * Why bytes: scanning the inflated UTF-8 directly (lean/xml-bytes.ts) skips decoding the 60 MB of
 * sheet XML that is mostly tags, indices and numbers; only values that become text are decoded, so
 * on the 100k peer roster the read takes ~24% less CPU and ~20 MB less peak than scanning text did.
 * Why streaming: parts are inflated 64 KiB of compressed input at a time and the sheet never exists
 * whole; scanners consume whole elements only and get the cut-off tail back, as bytes, with the
 * next chunk, so a multi-byte character split by a chunk edge is whole when its value is decoded
 * (ExcelJS's streaming reader turns those into U+FFFD).
 */
import type { Grid } from "../../core/grid/grid";
import { UserError } from "../../core/errors";
import { openPackage, findPart, type XlsxPackage } from "./package-parts";
import { readWorkbookInfo, type SheetEntry, type WorkbookInfo } from "./workbook-sheets";
import { readCellStyles } from "./cell-styles";
import { readSharedStrings } from "./shared-strings";
import { scanPart, DEFAULT_CHUNK_BYTES } from "./part-stream";
import { SheetScanner } from "./sheet-scanner";
import type { SheetContext } from "./cell-values";
import { GridBuilder, workbookBudget, type AreaBudget } from "./grid-builder";
import { READ_LIMITS } from "./read-limits";
import { ZipFormatError } from "./zip-archive";
import type { ZipCodec } from "./zip-codec";
import { assertXlsxSignature } from "../check-signature";
import { readFailure } from "./read-error";

/** Tuning for readXlsxLean; tests shrink the chunk size to put chunk edges everywhere. */
export interface LeanReadOptions {
  /** Bytes per inflate step (default 64 KiB). */
  chunkBytes?: number;
  /** Inflate and CRC-32: the installed codec unless given (lean/zip-codec.ts). */
  codec?: ZipCodec;
  /** Called as a sheet's rows are scanned (after each inflate step): the row reached of the rows its dimension claims. */
  onRows?: (progress: LeanProgress) => void;
}

/** How far the scan of one sheet has come, in sheet rows. */
export interface LeanProgress {
  sheet: string;
  rowsRead: number;
  /** The rows the sheet's <dimension> claims; rowsRead when it claims none or fewer. */
  totalRows: number;
}

function readSheet(pkg: XlsxPackage, sheet: SheetEntry, ctx: SheetContext, budget: AreaBudget, onRows?: (p: LeanProgress) => void): Grid {
  const builder = new GridBuilder(sheet.name, budget);
  const entry = findPart(pkg, sheet.part);
  if (entry) {
    const scanner = new SheetScanner(ctx, builder);
    const report = onRows && (() => onRows({ sheet: sheet.name, rowsRead: scanner.rowReached, totalRows: Math.max(scanner.dimensionRows, scanner.rowReached) }));
    scanPart(pkg, entry, scanner, report);
  }
  return builder.build(sheet.name, sheet.hidden);
}

function readPackage(bytes: Uint8Array, label: string, options: LeanReadOptions): Grid[] {
  const pkg = openPackage(bytes, { chunkBytes: options.chunkBytes ?? DEFAULT_CHUNK_BYTES, codec: options.codec });
  const info: WorkbookInfo | null = readWorkbookInfo(pkg);
  if (info === null) throw new UserError("input.notXlsx", { file: label, detail: "no workbook part", detailKey: "input.detail.noWorkbook" });
  if (info.sheets.length > READ_LIMITS.sheets) throw new ZipFormatError("limit.sheets", { count: info.sheets.length, limit: READ_LIMITS.sheets });
  const ctx: SheetContext = {
    sharedStrings: readSharedStrings(pkg, info.sharedStringsPart),
    styles: readCellStyles(pkg, info.stylesPart),
    date1904: info.date1904,
  };
  const budget = workbookBudget(bytes.length);
  return info.sheets.map((sheet) => {
    const grid = readSheet(pkg, sheet, ctx, budget, options.onRows);
    const marker = info.markers.get(sheet.name);
    return marker === undefined ? grid : { ...grid, generated: marker };
  });
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
    if (err instanceof ZipFormatError) throw readFailure(err, label);
    // A malformed part (bad XML, impossible sizes) must still end as one clear line, not a stack trace.
    const detail = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new UserError("input.corrupt", { file: label, detail, detailKey: "input.detail.malformed" });
  }
}
