import type { CellValue } from "../grid/grid";
import type { MessageParams } from "../i18n/lang";
import type { FieldId, IsoDate, RosterRecord } from "./record";

/** A user-facing message as data: a catalog key and its parameters (sheet, row, column…). */
export interface RosterMessage {
  key: string;
  params: MessageParams;
}

/** How a value of a profile-declared extra field is read. */
export type ExtraFieldKind = "flag" | "date" | "text" | "number" | "year";

/** A field a campaign profile adds to the canonical ones (renewal date, benchmark flag…), with its header synonyms. */
export interface ExtraField {
  id: string;
  headers: string[];
  kind: ExtraFieldKind;
}

/** Options of column mapping: extra fields and user overrides ("所在板块" → "district", or "C" → "name"). */
export interface MapOptions {
  extraFields?: ExtraField[];
  /** Header text (or column letters) → field id; "none" leaves the column unmapped. */
  overrides?: Record<string, string>;
}

/** Where the district of a sheet without a district column came from: its sheet name, its 填报单位 line or its title. */
export interface SheetDistrict {
  value: string;
  source: "sheet" | "reportingUnit" | "title";
}

/** Options of reading a roster: mapping's, and how a sheet without a district column finds its district. */
export interface ReadRosterOptions extends MapOptions {
  /** The district a sheet stands for (from its name or preamble), asked only when it has no district column. */
  sheetDistrict?: (sheet: string, preamble: RosterPreamble) => SheetDistrict | null;
}

/** One column of a table's header band: its letters, the header texts from group to leaf, and a sample of its data. */
export interface HeaderColumn {
  /** 1-based sheet column. */
  col: number;
  /** Column letters ("C"). */
  column: string;
  /** Header texts from the outermost group to the leaf, consecutive repeats removed; [] when blank. */
  path: string[];
  /** Data values of the column (a sample), used to recognise yes/no columns. */
  values?: readonly CellValue[];
}

/** What a column became: a canonical field, a profile extra field, a yes/no category flag, the 序号 index, or nothing. */
export type ColumnRole = "field" | "extra" | "flag" | "index" | "unmapped";

/** How sure the mapping is: canonical header, a listed synonym, a header containing one, the user's override, or the column's values. */
export type MappingConfidence = "exact" | "synonym" | "partial" | "override" | "values";

/** One column's mapping, for records and for the mapping report. */
export interface MappedColumn {
  col: number;
  column: string;
  /** The header path joined with " / ". */
  header: string;
  path: string[];
  role: ColumnRole;
  /** The field id (canonical or extra) for role "field"/"extra"; null otherwise. */
  field: FieldId | string | null;
  /** For role "flag": the key in record.flags (labelKey of the header without a leading 是否). */
  flagKey?: string;
  /** For a flag under a group that names a field (所属行业（打√） over one leaf per sector): a true mark adds the leaf to that field. */
  groupField?: "sector" | "category";
  confidence: MappingConfidence | null;
  /** The synonym that matched, when one did. */
  matched?: string;
}

/** The mapping of a table's columns to fields, with what stayed unmapped and which overrides found no column. */
export interface ColumnMapping {
  columns: MappedColumn[];
  /** The column of each mapped field id. */
  fields: Partial<Record<string, MappedColumn>>;
  /** Columns with a header that became nothing. */
  unmapped: MappedColumn[];
  /** Columns whose header matched a field another column already took (left unmapped). */
  duplicates: { column: MappedColumn; field: string; takenBy: string }[];
  /** Override keys that named no header or column of this table. */
  unusedOverrides: string[];
}

/** Lines above the header band: the title and the 填报单位 / 填报日期 line, when present. */
export interface RosterPreamble {
  title: string | null;
  reportingUnit: string | null;
  reportDate: IsoDate | null;
  /** Every non-blank line above the header, as text. */
  lines: { row: number; text: string }[];
}

/** A detected roster table: where its header band and body are, and how its columns map. */
export interface RosterTable {
  sheet: string;
  /** First and last sheet row of the header band (1–3 rows). */
  headerRows: [number, number];
  /** First and last sheet row below the header band that is not blank or a trailing note, or null when there is none. */
  bodyRows: [number, number] | null;
  columns: HeaderColumn[];
  mapping: ColumnMapping;
  preamble: RosterPreamble;
  /** True when the source told merges; detection then used them, else values alone. */
  mergesKnown: boolean;
}

/** Why a sheet is not read as a roster: a catalog key and its parameters. */
export interface NotRoster {
  notRoster: true;
  sheet: string;
  reason: string;
  params: MessageParams;
}

/** A 小计 or 合计 row: recognised, not counted as an enterprise, kept for total checks. */
export interface SubtotalRow {
  row: number;
  label: string;
  kind: "subtotal" | "total";
  district?: string;
  /** Non-blank raw values by column letters. */
  values: Record<string, CellValue>;
}

/** A body row that is neither an enterprise nor a subtotal, with why (a catalog key). */
export interface SkippedRow {
  row: number;
  reason: string;
}

/** A roster read from one sheet. */
export interface RosterReadResult {
  sheet: string;
  table: RosterTable & { dataRows: [number, number] | null };
  mapping: ColumnMapping;
  records: RosterRecord[];
  subtotals: SubtotalRow[];
  skipped: SkippedRow[];
  /** The district every record of a sheet without a district column was given, and where it came from. */
  sheetDistrict?: SheetDistrict;
  /** Structural problems, each naming the sheet and row. */
  problems: RosterMessage[];
}
