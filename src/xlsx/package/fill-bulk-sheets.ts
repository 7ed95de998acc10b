import type { SheetSpec } from "../../core/spec/spec";
import { readWorkbookPart, workbookPartName } from "./read-workbook-part";
import { partText, setPartText } from "./package";
import { filterDatabaseName, streamBulkRows } from "./stream-bulk-rows";
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
  const filterNames: string[] = [];
  specs.forEach((spec, i) => {
    const index = wb.sheets.findIndex((s) => s.name === names[i]);
    const part = wb.sheets[index]?.part;
    if (!spec.bulk || !part) return;
    streamBulkRows(pkg, part, spec.bulk);
    const name = filterDatabaseName(names[i], index, spec.bulk);
    if (name) filterNames.push(name);
  });
  if (filterNames.length) {
    const xml = partText(pkg, wb.part) ?? "";
    const names = filterNames.join("");
    setPartText(pkg, wb.part, xml.includes("</definedNames>") ? xml.replace("</definedNames>", `${names}</definedNames>`) : xml.replace("</sheets>", `</sheets><definedNames>${names}</definedNames>`));
  }
  return zipPackage(pkg);
}
