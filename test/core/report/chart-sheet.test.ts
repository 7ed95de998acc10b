import { buildChartSheet } from "../../../src/core/report/chart-sheet";
import { buildSummarySheets } from "../../../src/core/report/summary-sheets";
import { complianceOf } from "../../../src/core/metrics/compliance";
import type { MetricRow } from "../../../src/core/metrics/metric-row";
import { findBuiltinProfile } from "../../../src/core/profile";
import { DEFAULT_FONTS, type ReportData } from "../../../src/core/report/report-data";
import { markerName } from "../../../src/core/spec/marker";

const suzhou = findBuiltinProfile("suzhou-2022")!;
const quanzhou = findBuiltinProfile("quanzhou-2021")!;
const metric = (district: string | null, category: string, base: number, attained: number, applying: number): MetricRow => ({
  district, category, categoryName: suzhou.categories.find((c) => c.id === category)!.name, base, attained, attainedThisYear: 0, applying,
  creationRate: base ? (attained + applying) / base : null, attainmentRate: base ? attained / base : null,
});

function data(): ReportData {
  const rows = [
    metric("常熟", "billion-yuan", 4, 1, 1), // creation (1 + 1) / 4 = 0.5, target 0.8
    metric("姑苏", "billion-yuan", 0, 0, 0), // no base: no rate, a gap in the bars
    metric(null, "billion-yuan", 4, 1, 1),
  ];
  return { profile: suzhou, year: 2022, asOf: "2022-10-01", metrics: complianceOf(rows, suzhou, 2022), findings: [], findingsSource: { mode: "internal" }, fonts: DEFAULT_FONTS };
}

const at = (spec: NonNullable<ReturnType<typeof buildChartSheet>>, row: number, col: number) => spec.cells.find((c) => c.row === row && c.col === col)?.value;

describe("buildChartSheet", () => {
  const spec = buildChartSheet(data())!;

  it("is the add-in's 图表 sheet for the profile", () => {
    expect(spec.name).toBe("图表");
    expect(markerName(spec.marker)).toBe("anbiao.gen.suzhou_2022.charts");
  });

  it("tables each district's actual rate and target under the category's name, the total last, '/' where there is no rate", () => {
    // Block at row 3: category name, header on 4, districts from 5.
    expect(at(spec, 3, 1)).toBe("“亿元”以上企业");
    expect([4, 5, 6, 7].map((r) => [1, 2, 3].map((c) => at(spec, r, c)))).toEqual([
      ["地区", "实际完成", "年度目标"],
      ["常熟", 0.5, 0.8],
      ["姑苏", "/", 0.8],
      ["合计", 0.5, 0.8],
    ]);
  });

  it("charts them from a hidden copy of the figures (columns N and O, empty where the table says '/'), bars of the actual rates and a line of the targets, with their values cached", () => {
    expect(spec.charts).toHaveLength(1);
    const [chart] = spec.charts!;
    expect(chart.categories).toEqual({ col: 1, top: 5, bottom: 7 });
    expect(chart.categoryNames).toEqual(["常熟", "姑苏", "合计"]);
    expect(chart.series.map((s) => [s.kind, s.name, s.nameCell, s.values, s.cached])).toEqual([
      ["bar", "实际完成", { row: 4, col: 2 }, { col: 14, top: 5, bottom: 7 }, [0.5, null, 0.5]],
      ["line", "年度目标", { row: 4, col: 3 }, { col: 15, top: 5, bottom: 7 }, [0.8, 0.8, 0.8]],
    ]);
    // 姑苏 has no base: "/" in the table, an empty cell (a gap, never a zero bar) in the plotted copy.
    expect([5, 6, 7].map((r) => [at(spec, r, 14), at(spec, r, 15)])).toEqual([[0.5, 0.8], [null, 0.8], [0.5, 0.8]]);
    expect(spec.cells.filter((c) => c.col >= 14 && c.row >= 5).every((c) => c.value === null || typeof c.value === "number")).toBe(true);
    expect(spec.hiddenColumns).toEqual([14, 15]);
    expect(chart.numberFormat).toBe("0%");
    // Beside the table (E to M), as tall as the block.
    expect(chart.anchor).toEqual({ top: 3, left: 5, bottom: 20, right: 13 });
  });

  it("tables the city's progress with '/' for a year without a rate or a target, and plots those years as gaps", () => {
    const progress = [2021, 2022].map((year) => ({
      year, asOf: `${year}-12-31` as const, category: "billion-yuan", categoryName: "“亿元”以上企业", base: 4,
      rate: year === 2021 ? 0.25 : 0.5, target: year === 2021 ? null : 0.8,
    }));
    const withProgress = buildChartSheet({ ...data(), progress })!;
    const chart = withProgress.charts![1];
    // The district block takes rows 3 to 22 (at least 20 rows): the progress block starts at 23, its years from 25.
    expect(chart.categories).toEqual({ col: 1, top: 25, bottom: 26 });
    expect([25, 26].map((r) => [1, 2, 3, 14, 15].map((c) => at(withProgress, r, c)))).toEqual([
      ["2021年", 0.25, "/", 0.25, null],
      ["2022年", 0.5, 0.8, 0.5, 0.8],
    ]);
    expect(chart.series.map((s) => [s.values, s.cached])).toEqual([
      [{ col: 14, top: 25, bottom: 26 }, [0.25, 0.5]],
      [{ col: 15, top: 25, bottom: 26 }, [null, 0.8]],
    ]);
  });

  it("is left out when no category has a target (Quanzhou sets indicators only), and unless charts are asked for", () => {
    const none = { ...data(), profile: quanzhou, year: 2021, metrics: complianceOf([{ ...metric(null, "billion-yuan", 1, 1, 0), category: "all-units", categoryName: "全市企事业单位" }], quanzhou, 2021) };
    expect(buildChartSheet(none)).toBeUndefined();
    expect(buildSummarySheets(data()).map((s) => s.name)).not.toContain("图表");
    const names = buildSummarySheets(data(), { charts: true }).map((s) => s.name);
    expect(names.indexOf("图表")).toBe(names.indexOf("目标完成情况") + 1);
  });
});
