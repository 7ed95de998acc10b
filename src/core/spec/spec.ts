import type { Area } from "../grid/grid";
import type { BulkRows } from "./bulk-rows";
import type { ChartSpec } from "./chart";
import type { Measure } from "../explain/enterprises-behind";

/** A constant a generated cell holds. */
export type SpecValue = string | number | boolean | Date | null;

/** One cell to write: a constant, or a formula (no leading "=") with the value the engine expects. */
export interface CellSpec {
  /** 1-based sheet row. */
  row: number;
  /** 1-based sheet column. */
  col: number;
  /** The constant, when the cell holds no formula. */
  value?: SpecValue;
  /** An invariant (en-US) formula without the leading "=". */
  formula?: string;
  /** The value the engine computed for the formula, written as the cached result. */
  result?: SpecValue;
  /** A hyperlink: "#'Sheet'!B5" inside the workbook, or an external target. */
  link?: string;
  /** The count this cell reports, so `summarize --details` can link it to its enterprises; writers ignore it. */
  figure?: CountFigure;
  /** The indicator count this cell reports (期满换证, 复评…), for the lists behind it; writers ignore it. */
  indicatorFigure?: IndicatorFigure;
  /** The count over a group this cell reports (a stage's categories, a 附件2 row, a share's denominator), for the lists behind it; writers ignore it. */
  groupFigure?: GroupFigure;
}

/** A count a cell reports: a district (null = the total), a category id and a measure (a row's count, or what a count target counts). */
export interface CountFigure {
  district: string | null;
  category: string;
  measure: Measure;
}

/** An indicator's count a cell reports: a district (null = the total) and the indicator's id. */
export interface IndicatorFigure {
  district: string | null;
  indicator: string;
}

/** A sector a group's part is narrowed to: a row of a sector table (附件2; `row` its 1-based 序号) or one of the profile's sectors (by id). */
export type SectorRef = { table: string; row: number } | { sector: string };

/** One term of a group's count: a category's base, attained or applying, or an indicator's count, narrowed to a sector when one is given. */
export type GroupPart = ({ category: string; measure: CountFigure["measure"] } | { indicator: string }) & { sector?: SectorRef };

/** A count over a group in a district (null = the total): the sum of its parts' counts, each drawn by the test that counted it (a stage's categories, a 附件2 row, a denominator). */
export interface GroupFigure {
  district: string | null;
  parts: GroupPart[];
}

/** Any count a cell reports: a category's count by one of its measures, an indicator's count, or a sum over a group. */
export type AnyFigure = CountFigure | IndicatorFigure | GroupFigure;

/** The figure a cell reports, whichever kind it is. */
export function figureOf(cell: Pick<CellSpec, "figure" | "indicatorFigure" | "groupFigure">): AnyFigure | undefined {
  return cell.figure ?? cell.indicatorFigure ?? cell.groupFigure;
}

/** The figure over `parts` in a district: the one figure when there is one unnarrowed part, else the group. */
export function figureOverParts(district: string | null, parts: GroupPart[]): Pick<CellSpec, "figure" | "indicatorFigure" | "groupFigure"> {
  const only = parts.length === 1 && parts[0].sector === undefined ? parts[0] : undefined;
  if (only && "indicator" in only) return { indicatorFigure: { district, indicator: only.indicator } };
  if (only && "category" in only) return { figure: { district, category: only.category, measure: only.measure } };
  return { groupFigure: { district, parts } };
}

/** Border weight of a styled range. */
export type BorderStyle = "thin" | "medium" | "none";

/** How a range looks; every field is optional and applies to the whole range. */
export interface CellStyle {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  /** Font colour as RRGGBB. */
  fontColor?: string;
  /** Solid fill as RRGGBB. */
  fill?: string;
  /** Border on every edge of every cell of the range. */
  border?: BorderStyle;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** An invariant number format code ("0.0%", "0", "@", "yyyy-mm-dd"). */
  numberFormat?: string;
}

/** A style applied to an area; later entries win where areas overlap. */
export interface RangeStyle {
  area: Area;
  style: CellStyle;
}

/** A conditional format whose rule is an invariant formula relative to the area's top-left cell. */
export interface ConditionalFormatSpec {
  area: Area;
  /** Formula without "=", true where the style applies (e.g. `$E5="✓"`). */
  formula: string;
  style: Pick<CellStyle, "fontColor" | "fill" | "bold">;
}

/** Page margins in inches. */
export interface Margins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

/** How the sheet prints. */
export interface PrintSetup {
  orientation: "portrait" | "landscape";
  paperSize: "A4" | "A3";
  /** Fit all columns onto one page width (height unbounded). */
  fitToWidth: boolean;
  /** Rows repeated at the top of every printed page (1-based, inclusive). */
  titleRows?: { first: number; last: number };
  margins?: Margins;
  /** Footer in Excel header/footer codes, e.g. "&C第 &P 页，共 &N 页". */
  footer?: string;
  horizontallyCentered?: boolean;
}

/** An Excel table (ListObject) over an area whose first row is the header. */
export interface TableSpec {
  name: string;
  area: Area;
  autoFilter: boolean;
}

/** What kind of sheet the add-in generated. */
export type GeneratedKind = "attachment" | "compliance" | "findings" | "template" | "submissions" | "renewals" | "worklist" | "charts" | "details";

/**
 * A data-validation rule over an area: whole or decimal numbers (operator over formulae), a list
 * (formulae[0] a range or a quoted, comma-separated list), or a custom formula. Formulae are
 * invariant, without "=", relative to the area's top-left cell.
 */
export interface DataValidationSpec {
  area: Area;
  type: "whole" | "decimal" | "list" | "custom" | "textLength";
  operator?: "between" | "greaterThanOrEqual" | "lessThanOrEqual" | "equal";
  formulae: string[];
  allowBlank: boolean;
  /** The input message shown when the cell is selected. */
  prompt?: { title: string; text: string };
  /** The message shown when a typed value breaks the rule (typed values are refused). */
  error?: { title: string; text: string };
}

/** Sheet protection without a password: locked cells cannot be edited until the user unprotects deliberately. */
export interface ProtectionSpec {
  /** Areas whose cells stay editable (every other cell is locked). */
  unlocked: Area[];
  /** What a user may still do on the protected sheet besides editing unlocked cells (column widths are always allowed). */
  allow?: ("insertRows" | "deleteRows" | "sort" | "autoFilter")[];
}

/** Marks a sheet as the add-in's own so a later run may replace it (and never a user's sheet). */
export interface GeneratedMarker {
  generator: "anbiao";
  kind: GeneratedKind;
  /** Profile id the sheet was generated for. */
  profile?: string;
  /** Stable key of the sheet within the profile (e.g. "attachment-1"). */
  key: string;
}

/** A sheet to write, as plain data: cells, merges, styles, layout, print setup and marker. */
export interface SheetSpec {
  name: string;
  cells: CellSpec[];
  merges: Area[];
  styles: RangeStyle[];
  /** Column widths in characters, index 0 = column A; undefined leaves the default. */
  columnWidths: (number | undefined)[];
  /** Row heights in points by 1-based row. */
  rowHeights: Record<number, number>;
  /** Rows and columns frozen at the top-left. */
  freeze?: { rows: number; columns: number };
  print?: PrintSetup;
  conditionalFormats: ConditionalFormatSpec[];
  tables: TableSpec[];
  marker: GeneratedMarker;
  /** Tab colour as RRGGBB. */
  tabColor?: string;
  /** Data validations (input messages, refused values); none when absent. */
  validations?: DataValidationSpec[];
  /** Protects the sheet (no password) leaving the given areas editable; unprotected when absent. */
  protection?: ProtectionSpec;
  /** Hides the sheet tab (a machine-readable marker sheet); visible when absent. */
  hidden?: boolean;
  /** Hidden columns, 1-based (what the charts plot, beside tables showing "/"); none when absent. */
  hiddenColumns?: number[];
  /** Charts drawn on the sheet (written as DrawingML parts at package level); none when absent. */
  charts?: ChartSpec[];
  /** Rows below the cells written streamed at package level (the 明细 table); none when absent. */
  bulk?: BulkRows;
}

/** An empty sheet spec with the given name and marker, to be filled by a builder. */
export function emptySheetSpec(name: string, marker: GeneratedMarker): SheetSpec {
  return {
    name,
    cells: [],
    merges: [],
    styles: [],
    columnWidths: [],
    rowHeights: {},
    conditionalFormats: [],
    tables: [],
    marker,
  };
}
