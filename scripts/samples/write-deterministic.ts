import type ExcelJS from "exceljs";
import { writeFileSync } from "fs";
import { unzipSync, zipSync, type Zippable } from "fflate";

const FIXED_TIME = new Date(Date.UTC(2022, 0, 1));

/** Writes a workbook with fixed zip timestamps, so a regenerated sample is byte-identical. */
export async function writeDeterministic(wb: ExcelJS.Workbook, path: string): Promise<void> {
  const parts = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  const zippable: Zippable = {};
  for (const name of Object.keys(parts).sort()) zippable[name] = [parts[name], { mtime: FIXED_TIME }];
  writeFileSync(path, zipSync(zippable, { level: 6 }));
}
