import { UserError } from "../../core/errors";
import type { Grid } from "../../core/grid/grid";
import type { SheetSpec } from "../../core/spec/spec";
import { t } from "../../core/i18n/translate";
import type { Lang } from "../../core/i18n/lang";
import type { DownloadFile, DownloadMode, PaneWorkbook } from "../flow/pane-workbook";
import type { GridReader } from "./grid-reader";

/** An .xlsx file the clerk opened: its name and bytes (kept unmodified for the lossless copy). */
export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
  /** When the file was last changed (ms since 1970), as the browser tells: a returned file's received time. */
  modified?: number;
}

/** Rejects anything that is not named .xlsx, with the sentence that says so. */
export function assertXlsxName(name: string): void {
  if (!/\.xlsx$/i.test(name)) throw new UserError("pane.files.notXlsx", { file: name });
}

/** The name of the downloaded file: the input's base name (or the first of several) with 汇总 / summary. */
export function downloadName(files: readonly OpenedFile[], lang: Lang): string {
  const base = (files[0]?.name ?? "anbiao").replace(/\.xlsx$/i, "");
  return `${base}-${t("pane.summary.fileSuffix", {}, lang)}.xlsx`;
}

/** Sheet names made unique across several files by the file's name, so findings point at one sheet. */
function namedGrids(files: readonly OpenedFile[], perFile: Grid[][]): Grid[] {
  if (files.length === 1) return perFile[0];
  return perFile.flatMap((grids, k) => grids.map((g) => ({ ...g, name: `${files[k].name.replace(/\.xlsx$/i, "")}·${g.name}` })));
}

/**
 * The pane's workbook over files in the browser (the standalone page): reads them with the given
 * reader and offers the summary as a download — a new workbook (ExcelJS, loaded only then) or a
 * lossless copy of the single input (the package writer). Nothing is written in place.
 */
export function fileWorkbook(files: readonly OpenedFile[], reader: GridReader, lang: Lang): PaneWorkbook {
  return {
    key: files.map((f) => f.name).join("|"),
    label: files.map((f) => f.name).join("、"),
    abilities: { inPlace: false, download: { intoCopy: files.length === 1 }, watch: false },
    async readGrids(onProgress, signal) {
      const perFile: Grid[][] = [];
      for (const f of files) {
        const prefix = files.length > 1 ? `${f.name.replace(/\.xlsx$/i, "")}·` : "";
        onProgress({ source: prefix || f.name, read: 0, total: 0 });
        perFile.push(await reader(f.bytes, f.name, signal, (p) => onProgress({ source: prefix + p.sheet, read: p.rowsRead, total: p.totalRows })));
      }
      return namedGrids(files, perFile);
    },
    async download(specs: readonly SheetSpec[], mode: DownloadMode): Promise<DownloadFile> {
      const name = downloadName(files, lang);
      if (mode === "copy") {
        if (files.length !== 1) throw new UserError("pane.summary.copyNeedsOne");
        const { intoCopyBytes } = await import("../../xlsx/package/into-copy");
        return { name, bytes: await intoCopyBytes(files[0].bytes, files[0].name, [...specs]) };
      }
      const { newWorkbookBytes } = await import("../../xlsx/write-workbook");
      return { name, bytes: await newWorkbookBytes(specs) };
    },
  };
}
