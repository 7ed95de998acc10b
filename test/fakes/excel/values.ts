import type { CellValue } from "../../../src/core/grid/grid";

/** What an Office.js range holds in one cell of `values`: text ("" when empty), number (dates as serials) or boolean. */
export type OfficeValue = string | number | boolean;

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);

/** A Date as Excel's serial day number (1900 system), the way Office.js returns dates. */
export function dateToSerial(d: Date): number {
  return (d.getTime() - EPOCH_1900) / MS_PER_DAY;
}

/** A Grid value as Office.js would return it. */
export function toOfficeValue(v: CellValue): OfficeValue {
  if (v === null) return "";
  if (v instanceof Date) return dateToSerial(v);
  return v;
}

/** UTF-8 byte length of a string without allocating (payload accounting must be cheap at 100k rows). */
export function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : c >= 0xd800 && c <= 0xdbff ? 1 : 1;
  }
  return n;
}

/** A proxy object passed as an argument travels as a reference to it, not as its contents. */
function asReference(_key: string, x: unknown): unknown {
  return typeof x === "object" && x !== null && "_ctx" in x ? "{ref}" : x;
}

/** Bytes of a value as JSON on the wire. */
export function jsonBytes(v: unknown): number {
  return utf8Length(JSON.stringify(v, asReference) ?? "null");
}
