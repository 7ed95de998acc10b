import type { CellValue } from "../grid/grid";
import type { IsoDate } from "../roster/record";
import { isNotApplicable } from "./not-applicable";
import { EMPTY, INVALID, NOT_APPLICABLE, parsedValue, type Parsed } from "./parsed";
import { toHalfWidth } from "./text";

const DAY_MS = 86_400_000;
/** Serial 1 is 1900-01-01; Lotus's phantom 1900-02-29 is serial 60, so from 61 on the epoch is 1899-12-30. */
const EPOCH_AFTER_LEAP_BUG = Date.UTC(1899, 11, 30);
const EPOCH_BEFORE_LEAP_BUG = Date.UTC(1899, 11, 31);
const MAX_SERIAL = 2_958_465; // 9999-12-31

const SEPARATED = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*[T ]?\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** The ISO date of a year/month/day, or null when no such day exists (2022-02-30). */
export function isoFromParts(year: number, month: number, day: number): IsoDate | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The ISO day of a UTC millisecond time, by calendar arithmetic (H. Hinnant's civil_from_days): no Date, no string slicing. */
function isoFromMs(ms: number): IsoDate {
  const z = Math.floor(ms / DAY_MS) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

/** The ISO date of an Excel serial (1900 date system), or null for serial 60 (1900-02-29 never was). */
export function isoFromSerial(serial: number): IsoDate | null {
  const whole = Math.floor(serial);
  if (whole < 1 || whole > MAX_SERIAL || whole === 60) return null;
  return isoFromMs((whole < 60 ? EPOCH_BEFORE_LEAP_BUG : EPOCH_AFTER_LEAP_BUG) + whole * DAY_MS);
}

function fromNumber(n: number): Parsed<IsoDate> {
  if (!Number.isFinite(n)) return INVALID;
  // 20220819 typed as a number is a compact date, not serial 20 million.
  if (Number.isInteger(n) && n >= 19000101 && n <= 99991231) return fromText(String(n));
  const iso = isoFromSerial(n);
  return iso === null ? INVALID : parsedValue(iso);
}

function fromText(raw: string): Parsed<IsoDate> {
  const text = toHalfWidth(raw).trim();
  if (text === "") return EMPTY;
  const m = SEPARATED.exec(text) ?? COMPACT.exec(text);
  if (m) {
    const iso = isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso === null ? INVALID : parsedValue(iso);
  }
  if (isNotApplicable(text)) return NOT_APPLICABLE;
  // A serial stored as text ("44792") reads like the number it is.
  if (/^\d{1,7}(?:\.\d+)?$/.test(text)) return fromNumber(Number(text));
  return INVALID;
}

/**
 * Reads a date as an ISO day: Excel serials (1900 system), Date values (their UTC day — ExcelJS
 * gives UTC midnight), and text "2022-08-19", "2022/8/19", "2022.8.19", "2022年8月19日", "20220819".
 * Impossible days (2022-02-30) are invalid, never rolled over.
 */
export function parseDate(v: CellValue): Parsed<IsoDate> {
  if (v === null) return EMPTY;
  if (typeof v === "number") return fromNumber(v);
  if (typeof v === "string") return fromText(v);
  if (v instanceof Date) {
    const ms = v.getTime();
    // Half a second of slack absorbs float noise in serial → Date conversions (23:59:59.9995).
    return Number.isNaN(ms) ? INVALID : parsedValue(isoFromMs(Math.floor((ms + 500) / DAY_MS) * DAY_MS));
  }
  return INVALID;
}
