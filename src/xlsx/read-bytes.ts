import type { Grid } from "../core/grid/grid";
import { openWorkbook } from "./open-workbook";
import { workbookToGrids } from "./read-workbook";

/** Reads .xlsx bytes (a Node Buffer or a browser ArrayBuffer) into Grids, one per sheet in tab order. */
export async function readXlsxBytes(data: Uint8Array | ArrayBuffer, label: string): Promise<Grid[]> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  return workbookToGrids(await openWorkbook(bytes, label));
}
