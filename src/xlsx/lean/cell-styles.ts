import { attribute, elementPrefix, startTags } from "./xml-text";
import { partText, type XlsxPackage } from "./package-parts";
import { builtInFormat, isDateFormat } from "./number-formats";

/** Per cell style index (a cell's s attribute): its number format code and whether it shows dates. */
export interface CellStyles {
  formats: (string | null)[];
  isDate: boolean[];
}

/** The number format of each cellXfs entry; numFmtId 0 counts as none, as in ExcelJS. */
export function readCellStyles(pkg: XlsxPackage, part: string | null): CellStyles {
  const text = part === null ? null : partText(pkg, part);
  if (text === null) return { formats: [], isDate: [] };
  const p = elementPrefix(text, "styleSheet");
  const custom = new Map<number, string>();
  for (const tag of startTags(text, p + "numFmt")) {
    const id = Number(attribute(tag, "numFmtId")), code = attribute(tag, "formatCode");
    if (Number.isInteger(id) && code !== null) custom.set(id, code);
  }
  const start = text.indexOf(`<${p}cellXfs`);
  const end = text.indexOf(`</${p}cellXfs>`, start);
  const formats: (string | null)[] = [];
  if (start >= 0) {
    for (const tag of startTags(text, p + "xf", start, end < 0 ? text.length : end)) {
      const id = Number(attribute(tag, "numFmtId") ?? 0);
      formats.push(id ? (custom.get(id) ?? builtInFormat(id)) : null);
    }
  }
  return { formats, isDate: formats.map(isDateFormat) };
}
