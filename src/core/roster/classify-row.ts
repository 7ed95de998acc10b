import type { CellValue } from "../grid/grid";
import { labelKey } from "../normalize/text";
import { firstFilled, NOTE_LINE, subtotalKind } from "./row-text";

/** Where the columns that decide a row's kind sit, as 0-based indices into a row (-1 when absent). */
export interface RowLayout {
  name: number;
  uscc: number;
  district: number;
  index: number;
  /** labelKey of the name column's header, to spot a header repeated inside the body. */
  nameHeaderKey: string;
}

/** What a body row is. */
export type RowKind =
  | { kind: "blank" }
  | { kind: "subtotal" | "total"; label: string; labelColumn: number; prefix: string }
  | { kind: "note" }
  | { kind: "repeatedHeader" }
  | { kind: "noName" }
  | { kind: "section"; district: string }
  | { kind: "record" };

const BLANK: RowKind = { kind: "blank" };
const NOTE: RowKind = { kind: "note" };
const REPEATED: RowKind = { kind: "repeatedHeader" };
const NO_NAME: RowKind = { kind: "noName" };
const RECORD: RowKind = { kind: "record" };

function filledText(v: CellValue | undefined): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== "string") return String(v);
  return v.trim() === "" ? null : v;
}

/** The 小计/合计 row kind when the cell at column c holds such a label (no list of columns built per row). */
function subtotalAt(row: readonly CellValue[], c: number): RowKind | null {
  const v = c >= 0 ? row[c] : null;
  if (typeof v !== "string") return null;
  const sub = subtotalKind(v);
  return sub ? { kind: sub.kind, label: v.trim(), labelColumn: c, prefix: sub.prefix } : null;
}

/**
 * Classifies a body row: blank, a 小计/合计 row (its label in the name, 序号, district or first
 * filled column), a note line (注：…, 填表说明, sign-off lines — and, once notes began, any row
 * without a name), a repeated header, a district section row (only the district cell filled), a row
 * with neither name nor USCC, or an enterprise.
 */
export function classifyRow(row: readonly CellValue[], layout: RowLayout, inNotes: boolean): RowKind {
  const first = firstFilled(row);
  if (first < 0) return BLANK;
  const name = layout.name >= 0 ? filledText(row[layout.name]) : null;
  const sub = subtotalAt(row, layout.name) ?? subtotalAt(row, layout.index) ?? subtotalAt(row, layout.district) ?? subtotalAt(row, first);
  if (sub) return sub;
  if (name !== null && NOTE_LINE.test(name)) return NOTE;
  if (name === null) {
    const lead = row[first];
    if (inNotes || (typeof lead === "string" && NOTE_LINE.test(lead))) return NOTE;
  }
  if (name !== null && name.length <= 16 && labelKey(name) === layout.nameHeaderKey) return REPEATED;
  if (name === null && layout.district >= 0 && first === layout.district && firstFilled(row.slice(first + 1)) < 0 && typeof row[first] === "string") {
    // A district written on a row of its own heads the enterprises below it.
    return { kind: "section", district: (row[first] as string).trim() };
  }
  if (name === null && (layout.uscc < 0 || filledText(row[layout.uscc]) === null)) return NO_NAME;
  return RECORD;
}
