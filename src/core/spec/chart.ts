/** A column of cells on the chart's own sheet: 1-based column, first and last row. */
export interface CellColumn {
  col: number;
  top: number;
  bottom: number;
}

/** One series: its name cell, its value cells, and the values they hold (cached so viewers draw without recalculating). */
export interface ChartSeriesSpec {
  name: string;
  nameCell: { row: number; col: number };
  values: CellColumn;
  /** One per category; null leaves a gap (a district without a base has no rate). */
  cached: (number | null)[];
  /** Bars, or a line with markers drawn over the bars (a target per category). */
  kind: "bar" | "line";
  /** RRGGBB. */
  color: string;
  /** A line's marker: diamonds (a target) unless circles are asked for (a figure over the years). */
  marker?: "diamond" | "circle";
}

/**
 * A column chart on a generated sheet, as plain data: categories and series refer to cells of the
 * same sheet (the writer quotes the sheet's final name), with the cell values repeated as caches.
 */
export interface ChartSpec {
  title: string;
  categories: CellColumn;
  categoryNames: string[];
  series: ChartSeriesSpec[];
  /** Number format of the value axis ("0%" or "0"). */
  numberFormat: string;
  /** Where the chart sits: 1-based cells, the chart covering top-left to bottom-right inclusive. */
  anchor: { top: number; left: number; bottom: number; right: number };
}
