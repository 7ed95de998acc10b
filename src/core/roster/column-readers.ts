import type { CellValue } from "../grid/grid";
import { parseDate } from "../normalize/parse-date";
import { parseFlag as parseFlagCell } from "../normalize/parse-flag";
import { parseGrade } from "../normalize/parse-grade";
import { parseNumber } from "../normalize/parse-number";
import { parseStatus } from "../normalize/parse-status";
import { parseYear as parseYearCell } from "../normalize/parse-year";
import type { Parsed } from "../normalize/parsed";
import { splitCategories } from "../normalize/split-categories";
import { cellText, labelKey } from "../normalize/text";
import { normalizeUscc } from "../normalize/uscc";
import { NO_CATEGORIES, NO_PROBLEMS } from "./blank-record";
import type { RosterRecord } from "./record";
import type { ExtraField, MappedColumn } from "./types";

/** Reads one cell of a mapped column into a record; chosen once per column so the row loop does no dispatch on headers. */
export type CellReader = (v: CellValue, record: RosterRecord) => void;

type TextField = "name" | "district" | "sector" | "certificateNumber" | "remark";

function problem(record: RosterRecord, field: string, column: string, raw: CellValue, expected: string): void {
  if (record.problems === NO_PROBLEMS) record.problems = [];
  record.problems.push({ field, column, raw, expected });
}

/** Category lists by cell text, frozen and shared: a column repeats a few combinations down the roster. */
function categoryReader(): CellReader {
  const cache = new Map<string, string[]>();
  return (v, r) => {
    // Split the raw text: line breaks separate categories and cleanText would fold them away.
    const text = typeof v === "string" ? v : cellText(v);
    if (text === null) return;
    let list = cache.get(text);
    if (list === undefined) {
      const parts = splitCategories(text);
      list = parts.length === 0 ? NO_CATEGORIES : (Object.freeze(parts) as unknown as string[]);
      if (cache.size < MEMO_LIMIT) cache.set(text, list);
    }
    r.categories = list;
  };
}

function text(field: TextField): CellReader {
  return (v, r) => {
    r[field] = cellText(v);
  };
}

/** Most distinct texts a column's memo keeps: grades, statuses and flags have a handful, dates a few thousand. */
const MEMO_LIMIT = 8192;

/**
 * A parser that remembers its answers for text, number and date cells: a roster column repeats a
 * few values down 100,000 rows, and parsed results are immutable, so they can be shared. Dates are
 * remembered by their time (every parser reads a Date by its time alone), apart from numbers: the
 * serial 44844 and the instant 44844 ms are different cells.
 */
export function memoized<T>(parse: (v: CellValue) => Parsed<T>): (v: CellValue) => Parsed<T> {
  const cache = new Map<string | number, Parsed<T>>();
  const dates = new Map<number, Parsed<T>>();
  const remembered = <K>(memo: Map<K, Parsed<T>>, key: K, v: CellValue): Parsed<T> => {
    let p = memo.get(key);
    if (p === undefined) {
      p = parse(v);
      if (memo.size < MEMO_LIMIT) memo.set(key, p);
    }
    return p;
  };
  return (v) => {
    if (v instanceof Date) return remembered(dates, v.getTime(), v);
    if (typeof v === "string" || typeof v === "number") return remembered(cache, v, v);
    return parse(v);
  };
}

function parsed<T>(parseCell: (v: CellValue) => Parsed<T>, set: (r: RosterRecord, value: T) => void, field: string, column: string, expected: string): CellReader {
  const parse = memoized(parseCell);
  return (v, r) => {
    if (v === null) return;
    const p = parse(v);
    if (p.ok) set(r, p.value);
    else if (p.reason === "invalid") problem(r, field, column, v, expected);
  };
}

/** A size class named in a text (规上小型 → 小型), or null. */
const SIZE_IN_TEXT = /(大型|中型|小型|微型)/;
/** Scale words (规上, 规模以下…) in a text. */
const SCALE_IN_TEXT = /规上|规下|规模以[上下]|限上|限下/;

function scale(asked: boolean): CellReader {
  const parseAsked = memoized(parseFlagCell);
  return (v, r) => {
    const f = asked ? parseAsked(v) : null;
    r.scale = f && f.ok && v !== null ? (f.value ? "规上" : "规下") : cellText(v);
    // "规上小型" says both: a roster without a size column keeps its size in the scale text.
    const size = r.scale === null ? null : SIZE_IN_TEXT.exec(r.scale);
    if (size && r.size === null) r.size = size[1];
  };
}

function size(): CellReader {
  return (v, r) => {
    const text = cellText(v);
    if (text === null) return;
    // A 企业规模 column may hold 规上/规下 rather than a size class: that is the scale.
    if (SCALE_IN_TEXT.test(text) && r.scale === null) r.scale = text;
    const found = SIZE_IN_TEXT.exec(text);
    if (found) r.size = found[1];
    else if (!SCALE_IN_TEXT.test(text)) r.size = text;
  };
}

function applying(column: string): CellReader {
  const parseFlag = memoized(parseFlagCell);
  const parseYear = memoized(parseYearCell);
  return (v, r) => {
    if (v === null || (typeof v === "string" && v.trim() === "")) return;
    const flag = parseFlag(v);
    if (flag.ok && !(typeof v === "number" && v > 1)) {
      r.applying = flag.value;
      return;
    }
    const year = parseYear(v);
    if (year.ok) r.applying = year.value;
    else if (year.reason === "invalid") problem(r, "applying", column, v, "flag-or-year");
  };
}

function extra(field: ExtraField, column: string): CellReader {
  const parseCell: ((v: CellValue) => Parsed<string | number | boolean>) | null =
    field.kind === "flag" ? parseFlagCell : field.kind === "date" ? parseDate : field.kind === "number" ? parseNumber : field.kind === "year" ? parseYearCell : null;
  const parse = parseCell && memoized(parseCell);
  return (v, r) => {
    if (!parse) {
      r.extras[field.id] = cellText(v);
      return;
    }
    const p = parse(v);
    if (p.ok) r.extras[field.id] = p.value;
    else if (p.reason === "invalid") {
      r.extras[field.id] = cellText(v);
      problem(r, field.id, column, v, field.kind);
    } else r.extras[field.id] = null;
  };
}

function flag(key: string, column: string, groupField: MappedColumn["groupField"], leaf: string): CellReader {
  const parseFlag = memoized(parseFlagCell);
  return (v, r) => {
    const p = parseFlag(v);
    if (p.ok) {
      r.flags[key] = p.value;
      if (p.value && groupField === "sector") r.sector = r.sector === null ? leaf : `${r.sector}、${leaf}`;
      else if (p.value && groupField === "category") r.categories = [...r.categories, leaf];
    } else problem(r, `flag:${key}`, column, v, "flag");
  };
}

/** The reader of a mapped column, or null for columns that feed no record field (index, unmapped). */
export function columnReader(c: MappedColumn, extraFields: readonly ExtraField[]): CellReader | null {
  const col = c.column;
  if (c.role === "flag" && c.flagKey) return flag(c.flagKey, col, c.groupField, c.path[c.path.length - 1] ?? c.flagKey);
  if (c.role === "extra") {
    const f = extraFields.find((x) => x.id === c.field);
    return f ? extra(f, col) : null;
  }
  if (c.role !== "field") return null;
  switch (c.field) {
    case "name": case "district": case "sector": case "certificateNumber": case "remark":
      return text(c.field);
    case "uscc":
      return (v, r) => { r.uscc = normalizeUscc(v); };
    case "scale":
      return scale(labelKey(c.path[c.path.length - 1] ?? "").startsWith("是否"));
    case "size":
      return size();
    case "category":
      return categoryReader();
    case "grade":
      return parsed(parseGrade, (r, g) => (r.grade = g), "grade", col, "grade");
    case "status":
      return parsed(parseStatus, (r, s) => (r.status = s), "status", col, "status");
    case "issueDate":
      return parsed(parseDate, (r, d) => (r.issueDate = d), "issueDate", col, "date");
    case "expiryDate":
      return parsed(parseDate, (r, d) => (r.expiryDate = d), "expiryDate", col, "date");
    case "applying":
      return applying(col);
    default:
      return null;
  }
}
