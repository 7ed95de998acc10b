import type { SheetSpec } from "../../core/spec/spec";
import { addCharts } from "./add-charts";
import { CONTENT_TYPES } from "./content-types";
import { editContentTypesXml } from "./edit-lists";
import { partText, setPartText } from "./package";
import { readWorkbookPart, workbookPartName } from "./read-workbook-part";
import { unzipPackage } from "./unzip-package";
import { zipPackage } from "./zip-package";

/**
 * Adds the charts of the specs to a workbook ExcelJS wrote (it writes none): each sheet with
 * charts gets its chart and drawing parts. `names` are the sheets' tab names in spec order.
 */
export function drawCharts(bytes: Uint8Array, specs: readonly SheetSpec[], names: readonly string[]): Uint8Array {
  if (!specs.some((s) => s.charts?.length)) return bytes;
  const pkg = unzipPackage(bytes, "workbook");
  const wb = readWorkbookPart(pkg, workbookPartName(pkg) ?? "xl/workbook.xml");
  const reserved = new Set<string>();
  const types = specs.flatMap((spec, i) => {
    const part = wb.sheets.find((s) => s.name === names[i])?.part;
    if (!spec.charts?.length || !part) return [];
    return addCharts(pkg, part, names[i], spec.charts, reserved);
  });
  setPartText(pkg, CONTENT_TYPES, editContentTypesXml(partText(pkg, CONTENT_TYPES) ?? "", types, new Set()));
  return zipPackage(pkg);
}
