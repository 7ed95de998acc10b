import type { CellValue } from "../grid/grid";

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;

/** Converts full-width ASCII forms (Ａ１，（）％ and the ideographic space) to their half-width forms. */
export function toHalfWidth(s: string): string {
  // Most cells hold no full-width form; skipping the loop keeps 100k-row rosters fast.
  if (!FULL_WIDTH.test(s)) return s;
  let out = "";
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else out += ch;
  }
  return out;
}

const QUOTES = /[“”„‟"'‘’「」『』]/g;
const NEEDS_KEYING = /[\s\uff01-\uff5e\u3000【〔［】〕］“”„‟"'‘’「」『』a-z\u00b5-\u024f\u2170-\u217f]/;

/**
 * The comparison key of a label or header: half-width, no whitespace or line breaks, no quotes,
 * Chinese brackets as ASCII, upper-case Latin. Two headers that a person reads as the same get the same key.
 */
export function labelKey(s: string): string {
  // Fast path: most cells are already their own key.
  if (!NEEDS_KEYING.test(s)) return s;
  return toHalfWidth(s)
    .replace(/[【〔［]/g, "[")
    .replace(/[】〕］]/g, "]")
    .replace(QUOTES, "")
    .replace(/\s+/g, "")
    .toUpperCase();
}

const ANY_SPACE = /[\s\u3000]/;
const EDGE_OR_RUN = /^[\s\u3000]|[\s\u3000]$|[\s\u3000]{2}|[^\S ]/;

/** Trims a cell's text and folds internal runs of whitespace; null for text that is empty. */
export function cleanText(s: string): string | null {
  if (s === "") return null;
  // Fast path: most names and codes have no whitespace to fold.
  if (!ANY_SPACE.test(s) || !EDGE_OR_RUN.test(s)) return s;
  const t = s.replace(/[\s\u3000]+/g, " ").trim();
  return t === "" ? null : t;
}

/** An ISO "YYYY-MM-DD" for a Date's UTC calendar day (ExcelJS gives dates as UTC midnight). */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Any cell value as trimmed text (numbers as written, dates as ISO days); null when blank. */
export function cellText(v: CellValue): string | null {
  if (v === null) return null;
  if (typeof v === "string") return cleanText(v);
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : null;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return Number.isNaN(v.getTime()) ? null : isoDay(v);
}
