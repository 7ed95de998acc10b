import type { Lang } from "../i18n/lang";
import { t } from "../i18n/translate";
import type { ComplianceRow } from "../metrics/compliance";
import type { ChartSpec } from "../spec/chart";
import { emptySheetSpec, type SheetSpec } from "../spec/spec";
import { appendAll } from "../collections/append-all";
import type { ReportData } from "./report-data";
import { attachmentPrintSetup } from "./print-setup";
import { PLOT_COLUMNS, plotFigures } from "./chart-plot";
import { progressBlocks } from "./progress-charts";
import { tableStyles } from "./sheet-styles";

/** Rows a category's block takes at least: the chart beside it is this tall. */
const BLOCK_ROWS = 20;
const CHART_ROWS = 18;
/** Chart columns: E to M, one column clear of the data. */
const CHART_LEFT = 5;
const CHART_RIGHT = 13;
const ACTUAL_COLOR = "4472C4";
const TARGET_COLOR = "C00000";

/** A block of the sheet: one category's rows and where they start. */
interface Block {
  name: string;
  rows: ComplianceRow[];
  kind: "rate" | "count";
}

/** Categories with a target this year, each with its districts' rows (the total last, as in compliance). */
function blocks(data: ReportData): Block[] {
  const out: Block[] = [];
  for (const c of data.profile.categories) {
    const rows = data.metrics.filter((m) => m.category === c.id);
    const kind = rows.find((m) => m.targetKind !== null)?.targetKind;
    if (kind) out.push({ name: rows[0].categoryName, rows, kind });
  }
  return out;
}

function blockSheet(spec: SheetSpec, block: Block, top: number, data: ReportData, lang: Lang): ChartSpec {
  const header = top + 1;
  const first = header + 1;
  const last = header + block.rows.length;
  const format = block.kind === "rate" ? "0.0%" : "0";
  appendAll(spec.cells, [
    { row: top, col: 1, value: block.name },
    { row: header, col: 1, value: t("col.district", {}, lang) },
    { row: header, col: 2, value: t("col.actual", {}, lang) },
    { row: header, col: 3, value: t("col.target", {}, lang) },
  ]);
  // Another kind of target in the same category (a count among rates) is not on this axis: left blank.
  const actual = block.rows.map((m) => (m.targetKind === block.kind ? m.actual : null));
  const target = block.rows.map((m) => (m.targetKind === block.kind ? m.target : null));
  block.rows.forEach((m, i) => spec.cells.push({ row: first + i, col: 1, value: m.district ?? t("col.total", {}, lang) }));
  const plotted = plotFigures(spec, header, first, { actual, target }, { actual: t("col.actual", {}, lang), target: t("col.target", {}, lang) }, format, lang);
  spec.merges.push({ top, left: 1, bottom: top, right: 3 });
  appendAll(spec.styles, [
    ...tableStyles(data.fonts, { top, left: 1, bottom: top, right: 3 }, { top: header, left: 1, bottom: header, right: 3 }, { top: first, left: 1, bottom: last, right: 3 }),
    { area: { top, left: 1, bottom: top, right: 3 }, style: { fontSize: 12, bold: true } },
    { area: { top: first, left: 2, bottom: last, right: 3 }, style: { numberFormat: format, horizontal: "center" } },
  ]);
  return {
    title: t("sheet.charts.chartTitle", { category: block.name }, lang),
    categories: { col: 1, top: first, bottom: last },
    categoryNames: block.rows.map((m) => m.district ?? t("col.total", {}, lang)),
    series: [
      { name: t("col.actual", {}, lang), nameCell: { row: header, col: 2 }, values: plotted.actual, cached: actual, kind: "bar", color: ACTUAL_COLOR },
      { name: t("col.target", {}, lang), nameCell: { row: header, col: 3 }, values: plotted.target, cached: target, kind: "line", color: TARGET_COLOR },
    ],
    numberFormat: block.kind === "rate" ? "0%" : "0",
    anchor: { top, left: CHART_LEFT, bottom: top + CHART_ROWS - 1, right: CHART_RIGHT },
  };
}

/**
 * The 图表 sheet: per category with a target this year, a small table of each district's actual
 * figure and target (and the total), and beside it a column chart of the actual figures with the
 * targets drawn as a line over them, plotted from a hidden copy of the figures (chart-plot.ts);
 * then, given several years, the city's rate per year against each year's target
 * (progress-charts.ts). Undefined when there is nothing to chart.
 */
export function buildChartSheet(data: ReportData): SheetSpec | undefined {
  const lang = data.lang ?? "zh-CN";
  const all = blocks(data);
  const progress = data.progress ?? [];
  if (!all.length && !progress.some((p) => p.target !== null)) return undefined;
  const spec = emptySheetSpec(t("sheet.charts.name", {}, lang), { generator: "anbiao", kind: "charts", profile: data.profile.id, key: "charts" });
  spec.cells.push({ row: 1, col: 1, value: t("sheet.charts.title", { title: data.profile.title, year: data.year }, lang) });
  spec.merges.push({ top: 1, left: 1, bottom: 1, right: CHART_RIGHT });
  spec.styles.push({ area: { top: 1, left: 1, bottom: 1, right: CHART_RIGHT }, style: { fontName: data.fonts.heading, fontSize: 16, horizontal: "center", vertical: "middle" } });
  spec.rowHeights = { 1: 28 };
  spec.columnWidths = [16, 11, 11];
  spec.hiddenColumns = [...PLOT_COLUMNS];
  // Portrait, one page wide: the tables and their charts side by side, printed down the pages.
  const { titleRows: _titleRows, ...print } = attachmentPrintSetup({ first: 1, last: 1 }, lang);
  spec.print = { ...print, orientation: "portrait" };
  spec.charts = [];
  let top = 3;
  for (const block of all) {
    spec.charts.push(blockSheet(spec, block, top, data, lang));
    top += Math.max(BLOCK_ROWS, block.rows.length + 3);
  }
  appendAll(spec.charts, progressBlocks(spec, progress, top, data, { left: CHART_LEFT, right: CHART_RIGHT }, BLOCK_ROWS).charts);
  return spec;
}
