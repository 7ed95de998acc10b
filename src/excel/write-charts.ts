// Queues a spec's charts through the Office.js charts API: the same ChartSpec the file writer draws
// as DrawingML parts. Every series is given its cells explicitly (setValues / setXAxisValues, 1.7)
// rather than left to Excel's guess from a source range, which takes a column of "/" for labels.
import { columnLetter } from "../core/grid/address";
import type { CellColumn, ChartSpec } from "../core/spec/chart";
import type { SheetSpec } from "../core/spec/spec";
import type { SkippedPart } from "../port/workbook-port";
import type { ApiLevels } from "./capabilities";
import type { WriteStep } from "./write-spec";

const OP = 60;

function columnRange(ws: Excel.Worksheet, c: CellColumn): Excel.Range {
  return ws.getRangeByIndexes(c.top - 1, c.col - 1, c.bottom - c.top + 1, 1);
}

function cell(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** Queues one chart: created on its first series' cells, the others added, each styled as the file writer draws it. */
function queueChart(ws: Excel.Worksheet, chart: ChartSpec, axisFormat: boolean): void {
  const hasBars = chart.series.some((s) => s.kind === "bar");
  const [first] = chart.series;
  const made = ws.charts.add(hasBars ? "ColumnClustered" : "LineMarkers", columnRange(ws, first.values), "Columns");
  made.title.text = chart.title;
  made.title.format.font.size = 12;
  made.title.format.font.bold = true;
  made.legend.position = "Bottom";
  made.setPosition(cell(chart.anchor.top, chart.anchor.left), cell(chart.anchor.bottom, chart.anchor.right));
  const axis = made.axes.valueAxis;
  axis.minimum = 0;
  if (axisFormat) {
    axis.numberFormat = chart.numberFormat;
    // The series' cells are a hidden copy of the table, empty where it says "/" (chart-plot.ts): plot them, and leave gaps.
    made.plotVisibleOnly = false;
    made.displayBlanksAs = "NotPlotted";
  }
  chart.series.forEach((s, i) => {
    const series = i === 0 ? made.series.getItemAt(0) : made.series.add(s.name);
    series.name = s.name;
    series.setValues(columnRange(ws, s.values));
    series.setXAxisValues(columnRange(ws, chart.categories));
    const color = `#${s.color}`;
    if (s.kind === "bar") {
      series.format.fill.setSolidColor(color);
      series.gapWidth = 80;
      return;
    }
    // A line over bars is a combo chart: the series' own chart type (ExcelApi 1.7).
    if (hasBars) series.chartType = "LineMarkers";
    series.format.line.color = color;
    series.markerStyle = s.marker === "circle" ? "Circle" : "Diamond";
    series.markerSize = 8;
    series.markerBackgroundColor = color;
    series.markerForegroundColor = color;
  });
}

/**
 * One step per chart of the spec (charts need ExcelApi 1.7: per-series cells and types). Below 1.8
 * the value axis keeps the cells' number format and the plotted columns stay visible (write-spec.ts), and the pane says so.
 */
export function chartSteps(get: () => Excel.Worksheet, spec: SheetSpec, sheetName: string, levels: ApiLevels, skipped: SkippedPart[]): WriteStep[] {
  const charts = spec.charts ?? [];
  if (charts.length === 0) return [];
  if (!levels.has("1.7")) {
    skipped.push({ sheet: sheetName, part: "charts", message: "adapter.skipped.charts" });
    return [];
  }
  const axisFormat = levels.has("1.8");
  if (!axisFormat) skipped.push({ sheet: sheetName, part: "chartAxes", message: "adapter.skipped.chartAxes" });
  return charts.map((chart) => ({ bytes: OP * (12 + chart.series.length * 10) + chart.title.length * 3, queue: () => queueChart(get(), chart, axisFormat) }));
}
