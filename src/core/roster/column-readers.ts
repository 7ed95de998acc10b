import type { CellValue } from "../grid/grid";
import { parseDate } from "../normalize/parse-date";
import { parseFlag } from "../normalize/parse-flag";
import { parseGrade } from "../normalize/parse-grade";
import { parseNumber } from "../normalize/parse-number";
import { parseStatus } from "../normalize/parse-status";
import { parseYear } from "../normalize/parse-year";
import type { Parsed } from "../normalize/parsed";
import { splitCategories } from "../normalize/split-categories";
import { cellText, labelKey } from "../normalize/text";
import { normalizeUscc } from "../normalize/uscc";
import type { RosterRecord } from "./record";
import type { ExtraField, MappedColumn } from "./types";

/** Reads one cell of a mapped column into a record; chosen once per column so the row loop does no dispatch on headers. */
export type CellReader = (v: CellValue, record: RosterRecord) => void;

type TextField = "name" | "district" | "sector" | "certificateNumber" | "remark";

function problem(record: RosterRecord, field: string, column: string, raw: CellValue, expected: string): void {
  record.problems.push({ field, column, raw, expected });
}

function text(field: TextField): CellReader {
  return (v, r) => {
    r[field] = cellText(v);
  };
}

function parsed<T>(parse: (v: CellValue) => Parsed<T>, set: (r: RosterRecord, value: T) => void, field: string, column: string, expected: string): CellReader {
  return (v, r) => {
    if (v === null) return;
    const p = parse(v);
    if (p.ok) set(r, p.value);
    else if (p.reason === "invalid") problem(r, field, column, v, expected);
  };
}

function scale(asked: boolean): CellReader {
  return (v, r) => {
    const f = asked ? parseFlag(v) : null;
    r.scale = f && f.ok && v !== null ? (f.value ? "规上" : "规下") : cellText(v);
  };
}

function applying(column: string): CellReader {
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
  const parse: ((v: CellValue) => Parsed<string | number | boolean>) | null =
    field.kind === "flag" ? parseFlag : field.kind === "date" ? parseDate : field.kind === "number" ? parseNumber : field.kind === "year" ? parseYear : null;
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

function flag(key: string, column: string): CellReader {
  return (v, r) => {
    const p = parseFlag(v);
    if (p.ok) r.flags[key] = p.value;
    else problem(r, `flag:${key}`, column, v, "flag");
  };
}

/** The reader of a mapped column, or null for columns that feed no record field (index, unmapped). */
export function columnReader(c: MappedColumn, extraFields: readonly ExtraField[]): CellReader | null {
  const col = c.column;
  if (c.role === "flag" && c.flagKey) return flag(c.flagKey, col);
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
    case "category":
      // Split the raw text: line breaks separate categories and cleanText would fold them away.
      return (v, r) => { r.categories = splitCategories(typeof v === "string" ? v : cellText(v)); };
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
