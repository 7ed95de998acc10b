import type { SheetSpec } from "../../core/spec/spec";
import { readWorkbookPart, workbookPartName } from "./read-workbook-part";
import { streamBulkRows } from "./stream-bulk-rows";
import { unzipPackage } from "./unzip-package";
import { zipPackage } from "./zip-package";

/**
 * Streams the bulk rows of the specs into a workbook ExcelJS wrote without them (the 明细 table).
 * `names` are the sheets' tab names in spec order.
 */
export function fillBulkSheets(bytes: Uint8Array, specs: readonly SheetSpec[], names: readonly string[]): Uint8Array {
  if (!specs.some((s) => s.bulk)) return bytes;
  const pkg = unzipPackage(bytes, "workbook");
  const wb = readWorkbookPart(pkg, workbookPartName(pkg) ?? "xl/workbook.xml");
  specs.forEach((spec, i) => {
    const part = wb.sheets.find((s) => s.name === names[i])?.part;
    if (spec.bulk && part) streamBulkRows(pkg, part, spec.bulk);
  });
  return zipPackage(pkg);
}
