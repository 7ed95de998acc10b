// Seeds a fake Excel from .xlsx bytes through the file adapter's readers: every CLI fixture can run through the Office.js adapter.
import { readXlsxLean } from "../../../src/xlsx/lean/read-xlsx-lean";
import { readWorkbookPart, workbookPartName } from "../../../src/xlsx/package/read-workbook-part";
import { unzipPackage } from "../../../src/xlsx/package/unzip-package";
import { FakeExcel, type FakeExcelOptions } from "./fake-excel";

/** A fake Excel holding the workbook of `bytes`: sheets (values, formulas, number formats, merges, visibility) and workbook-level defined names. */
export async function fakeFromXlsx(bytes: Uint8Array, options: FakeExcelOptions = {}, label = "fixture.xlsx"): Promise<FakeExcel> {
  const fake = new FakeExcel(options);
  seedFromXlsx(fake, bytes, label);
  return fake;
}

/** Adds the sheets and workbook-level names of `bytes` to a fake. */
export function seedFromXlsx(fake: FakeExcel, bytes: Uint8Array, label = "fixture.xlsx"): void {
  for (const grid of readXlsxLean(bytes, label)) fake.seedGrid(grid);
  const pkg = unzipPackage(bytes, label);
  const part = workbookPartName(pkg);
  if (part && pkg.has(part)) {
    for (const n of readWorkbookPart(pkg, part).names) if (n.localSheetId === undefined) fake.seedName(n.name, `=${n.formula}`);
  }
}
