import type { CellValue } from "../grid/grid";
import { isNotApplicable } from "../normalize/not-applicable";
import { parseNumber } from "../normalize/parse-number";
import { toHalfWidth } from "../normalize/text";
import type { CellReading } from "./types";

const SHEET_ERROR = /^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;
const BLANK: CellReading = { kind: "blank" };

/** Reads what every count-table cell shares: blank, "/" marks, #DIV/0! and friends; null when the cell needs a closer look. */
function readCommon(raw: CellValue): CellReading | null {
  if (raw === null) return BLANK;
  if (typeof raw === "boolean" || raw instanceof Date) return { kind: "text", text: String(raw) };
  if (typeof raw !== "string") return null;
  const text = toHalfWidth(raw).trim();
  if (text === "") return BLANK;
  if (SHEET_ERROR.test(text)) return { kind: "error", text };
  if (isNotApplicable(text)) return { kind: "notApplicable", text };
  return null;
}

/** Reads a count cell: numbers, numbers stored as text (spaces, full-width digits, commas), "/", errors, other text. */
export function readCount(raw: CellValue): CellReading {
  const common = readCommon(raw);
  if (common) return common;
  const parsed = parseNumber(raw);
  if (parsed.ok) return { kind: "number", value: parsed.value, decimals: 0, asText: typeof raw === "string" };
  return { kind: "text", text: String(raw).trim() };
}

/** Decimals after the point of a written number ("88.50" → 2). */
function writtenDecimals(text: string): number {
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Percent decimals a number format shows ("0.0%" → 1, "0%" → 0); null when it shows no percent. */
export function formatPercentDecimals(format: string | null): number | null {
  if (!format) return null;
  const section = format.split(";")[0].replace(/"[^"]*"/g, "");
  if (!section.includes("%")) return null;
  const m = /\.([0#?]+)\s*%/.exec(section);
  return m ? m[1].length : 0;
}

/** Percent decimals of a plain number as General shows it (0.8846 → 88.46 → 2), at most 4. */
function generalPercentDecimals(fraction: number): number {
  const percent = Number((fraction * 100).toFixed(4));
  return writtenDecimals(String(percent));
}

// Comparison words a target may carry: 不少于10%, ≥90%, 不低于85%.
const TARGET_PREFIX = /^(不少于|不低于|不小于|至少|达到|力争|>=|≥|≧|>|＞)\s*/;

/**
 * Reads a rate cell as a fraction with the percent decimals it shows: "88.5%" or "88.5％" (1),
 * a number formatted 0.0% (1), a bare fraction in General; a number above 1 with no percent
 * format or sign is taken as percent points (88.5 → 0.885). Targets may lead with 不少于 or ≥.
 */
export function readRate(raw: CellValue, format: string | null = null): CellReading {
  const common = readCommon(raw);
  if (common) return common;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { kind: "text", text: String(raw) };
    const shown = formatPercentDecimals(format);
    // 15 significant digits is what Excel shows; it drops binary noise such as 0.43799999999999994.
    if (shown !== null) return { kind: "number", value: Number(raw.toPrecision(15)), decimals: shown, asText: false, percent: true };
    if (Math.abs(raw) > 1) return { kind: "number", value: Number((raw / 100).toPrecision(12)), decimals: writtenDecimals(String(raw)), asText: false, percent: true };
    return { kind: "number", value: raw, decimals: generalPercentDecimals(raw), asText: false, percent: true };
  }
  const text = toHalfWidth(String(raw)).trim().replace(TARGET_PREFIX, "");
  const percent = text.endsWith("%");
  const body = (percent ? text.slice(0, -1) : text).trim();
  const parsed = parseNumber(body);
  if (!parsed.ok) return { kind: "text", text: String(raw).trim() };
  // 43.8 / 100 is 0.43799999999999994 in floating point; the cell means 0.438.
  if (percent || Math.abs(parsed.value) > 1) return { kind: "number", value: Number((parsed.value / 100).toPrecision(12)), decimals: writtenDecimals(body), asText: true, percent: true };
  return { kind: "number", value: parsed.value, decimals: generalPercentDecimals(parsed.value), asText: true, percent: true };
}

/** Reads a target cell: a rate when it is written as one (15%, 不少于10%), else a count (5, 55). */
export function readTarget(raw: CellValue, format: string | null = null): CellReading {
  const common = readCommon(raw);
  if (common) return common;
  if (typeof raw === "number") return formatPercentDecimals(format) !== null ? readRate(raw, format) : readCount(raw);
  const text = toHalfWidth(String(raw)).trim().replace(TARGET_PREFIX, "");
  if (text.endsWith("%")) return readRate(text);
  const count = readCount(text);
  return count.kind === "number" ? { ...count, asText: true } : { kind: "text", text: String(raw).trim() };
}
