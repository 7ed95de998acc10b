import type { CellValue } from "../grid/grid";

/** A standardization grade: 1 is highest; "micro" is Jiangsu's small/micro pass track below grade 3. */
export type Grade = 1 | 2 | 3 | "micro";

/**
 * An enterprise's standardization status as rosters state it, normalized:
 * attained 已达标 · applying 申请创建 · creating 创建中 · none 未创建 ·
 * closed 已关停/关闭 · suspended 停产 · deregistered 注销 · transferred 调出底数 ·
 * excused 暂不具备创建条件 (excused from creating; a profile says which bases it leaves).
 */
export type Status = "attained" | "applying" | "creating" | "none" | "closed" | "suspended" | "deregistered" | "transferred" | "excused";

/** A calendar date as ISO "YYYY-MM-DD": comparable as text, free of time zones. */
export type IsoDate = string;

/** The canonical roster fields a column can be mapped to. */
export type FieldId =
  | "name" | "uscc" | "district" | "sector" | "scale" | "size" | "category" | "grade" | "status"
  | "certificateNumber" | "issueDate" | "expiryDate" | "applying" | "remark";

/** A cell whose raw value could not be read as its field expects; it becomes a finding later. */
export interface CellProblem {
  /** The field (canonical id or a profile-declared extra field id). */
  field: string;
  /** Column letters of the cell. */
  column: string;
  raw: CellValue;
  /** What was expected: "date", "grade", "status", "number", "flag", "year"… */
  expected: string;
}

/**
 * One enterprise row of a roster, normalized; raw text is kept where a value did not parse.
 * Records are values to read: empty `categories`, `flags`, `extras`, `problems` and the `columns`
 * map are shared between records and frozen, so copy before changing them.
 */
export interface RosterRecord {
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  name: string | null;
  /** Upper-cased with spaces removed; O/I typed for 0/1 are kept as typed (a check flags them). */
  uscc: string | null;
  /** District as written (after filling down merged or blank-below cells), trimmed. */
  district: string | null;
  sector: string | null;
  /** Scale as written: 规上/规下 (规模以上/以下), or text that also says the size (规上小型). */
  scale: string | null;
  /** Enterprise size class (大型/中型/小型/微型), from its own column or from scale text that names it. */
  size: string | null;
  /** Values of the category column, split on 、，,;/ and line breaks. */
  categories: string[];
  /** Yes/no columns by normalized header (e.g. "两重点一重大" for 是否两重点一重大). */
  flags: Record<string, boolean>;
  grade: Grade | null;
  status: Status | null;
  certificateNumber: string | null;
  issueDate: IsoDate | null;
  expiryDate: IsoDate | null;
  /** Applying this year: a flag column gives true/false, a year column gives the year. */
  applying: boolean | number | null;
  remark: string | null;
  /** Profile-declared extra fields (renewal dates, benchmark flags…) by field id. */
  extras: Record<string, string | number | boolean | null>;
  /** Cells that did not parse as their field expects. */
  problems: CellProblem[];
  /** Column letters of each mapped field, for findings' cell addresses. */
  columns: Partial<Record<string, string>>;
}
