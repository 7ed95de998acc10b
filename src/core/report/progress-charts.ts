import { appendAll } from "../collections/append-all";
import type { Lang } from "../i18n/lang";
import { t } from "../i18n/translate";
import type { ProgressPoint } from "../metrics/progress";
import type { ChartSpec } from "../spec/chart";
import type { SheetSpec } from "../spec/spec";
import type { ReportData } from "./report-data";
import { plotFigures } from "./chart-plot";
import { tableStyles } from "./sheet-styles";

const CHART_ROWS = 18;
const ACTUAL_COLOR = "4472C4";
const TARGET_COLOR = "C00000";

/** Categories with a base and a rate target in some year of the progress, each with its points in year order. */
function byCategory(points: readonly ProgressPoint[]): ProgressPoint[][] {
  const groups = new Map<string, ProgressPoint[]>();
  for (const p of points) groups.set(p.category, [...(groups.get(p.category) ?? []), p]);
  return [...groups.values()].filter((g) => g.some((p) => p.target !== null) && g.some((p) => p.base > 0));
}

function block(spec: SheetSpec, points: ProgressPoint[], top: number, data: ReportData, lang: Lang, chartCols: { left: number; right: number }): ChartSpec {
  const header = top + 1, first = header + 1, last = header + points.length;
  const name = points[0].categoryName;
  appendAll(spec.cells, [
    { row: top, col: 1, value: t("sheet.charts.progressBlock", { category: name }, lang) },
    { row: header, col: 1, value: t("col.year", {}, lang) },
    { row: header, col: 2, value: t("col.cityActual", {}, lang) },
    { row: header, col: 3, value: t("col.target", {}, lang) },
  ]);
  const years = points.map((p) => t("sheet.charts.yearLabel", { year: p.year }, lang));
  points.forEach((p, i) => spec.cells.push({ row: first + i, col: 1, value: years[i] }));
  // A year without a rate or a target: "/" in the table, a gap in the lines (chart-plot.ts).
  const plotted = plotFigures(spec, header, first, { actual: points.map((p) => p.rate), target: points.map((p) => p.target) }, { actual: t("col.cityActual", {}, lang), target: t("col.target", {}, lang) }, "0.0%", lang);
  spec.merges.push({ top, left: 1, bottom: top, right: 3 });
  appendAll(spec.styles, [
    ...tableStyles(data.fonts, { top, left: 1, bottom: top, right: 3 }, { top: header, left: 1, bottom: header, right: 3 }, { top: first, left: 1, bottom: last, right: 3 }),
    { area: { top, left: 1, bottom: top, right: 3 }, style: { fontSize: 12, bold: true } },
    { area: { top: first, left: 2, bottom: last, right: 3 }, style: { numberFormat: "0.0%", horizontal: "center" } },
  ]);
  return {
    title: t("sheet.charts.progressTitle", { category: name }, lang),
    categories: { col: 1, top: first, bottom: last },
    categoryNames: years,
    series: [
      { name: t("col.cityActual", {}, lang), nameCell: { row: header, col: 2 }, values: plotted.actual, cached: points.map((p) => p.rate), kind: "line", color: ACTUAL_COLOR, marker: "circle" },
      { name: t("col.target", {}, lang), nameCell: { row: header, col: 3 }, values: plotted.target, cached: points.map((p) => p.target), kind: "line", color: TARGET_COLOR },
    ],
    numberFormat: "0%",
    anchor: { top, left: chartCols.left, bottom: top + CHART_ROWS - 1, right: chartCols.right },
  };
}

/**
 * The city's progress over the years on the 图表 sheet, from row `top`: per category with a rate
 * target in one of the years, a table of the city's rate and the target by year and a line chart
 * of both. Returns the charts and the row after the last block.
 */
export function progressBlocks(spec: SheetSpec, points: readonly ProgressPoint[], top: number, data: ReportData, chartCols: { left: number; right: number }, blockRows: number): { charts: ChartSpec[]; next: number } {
  const lang = data.lang ?? "zh-CN";
  const charts: ChartSpec[] = [];
  let at = top;
  for (const group of byCategory(points)) {
    charts.push(block(spec, group, at, data, lang, chartCols));
    at += Math.max(blockRows, group.length + 3);
  }
  return { charts, next: at };
}
