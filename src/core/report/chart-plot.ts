import type { Lang } from "../i18n/lang";
import { t } from "../i18n/translate";
import type { CellColumn } from "../spec/chart";
import type { SheetSpec } from "../spec/spec";

/**
 * Hidden columns of the 图表 sheet (N and O, right of the charts) holding what the charts plot:
 * the table's figures, with an empty cell where the table says "/". Excel plots a text cell as 0
 * once it reads the cells again, so a district without a base would get a zero bar and a year
 * without a target a line dropping to 0; an empty cell is a gap (the charts' dispBlanksAs).
 */
export const PLOT_COLUMNS = [14, 15] as const;

/** The columns one block's two series plot from, rows `first` to `last`. */
export interface PlottedColumns {
  actual: CellColumn;
  target: CellColumn;
}

/**
 * Writes a block's actual figures and targets twice, from row `first`: in the visible table
 * (columns B and C, "/" where there is none) and in the hidden plotted copy (empty there), each
 * copy headed on row `header` by its series' name.
 */
export function plotFigures(spec: SheetSpec, header: number, first: number, figures: { actual: readonly (number | null)[]; target: readonly (number | null)[] }, names: { actual: string; target: string }, format: string, lang: Lang): PlottedColumns {
  const [actualCol, targetCol] = PLOT_COLUMNS;
  const last = first + figures.actual.length - 1;
  spec.cells.push(
    { row: header, col: actualCol, value: t("sheet.charts.plotHeader", { name: names.actual }, lang) },
    { row: header, col: targetCol, value: t("sheet.charts.plotHeader", { name: names.target }, lang) },
  );
  figures.actual.forEach((actual, i) => {
    const row = first + i;
    const target = figures.target[i];
    spec.cells.push({ row, col: 2, value: actual ?? "/" }, { row, col: 3, value: target ?? "/" }, { row, col: actualCol, value: actual }, { row, col: targetCol, value: target });
  });
  spec.styles.push({ area: { top: first, left: actualCol, bottom: last, right: targetCol }, style: { numberFormat: format } });
  return { actual: { col: actualCol, top: first, bottom: last }, target: { col: targetCol, top: first, bottom: last } };
}
