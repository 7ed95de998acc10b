import { metricsInputOf } from "../../../src/core/campaign/metrics-input";
import { progressOf } from "../../../src/core/metrics/progress";
import { findBuiltinProfile } from "../../../src/core/profile";
import { buildChartSheet } from "../../../src/core/report/chart-sheet";
import { DEFAULT_FONTS } from "../../../src/core/report/report-data";
import { makeRecord } from "../checks/make-record";

const suzhou = findBuiltinProfile("suzhou-2022")!;
const PARK = "化工园（集中）区内危化企业";
// Four chemical-park enterprises in 常熟 (an attainment-rate category, grade 2 required; certificates valid 3 years from issue):
// A issued 2021-03-01 (valid to 2024-02-28), B 2022-06-01, C 2023-05-01, D applying without a certificate.
// Two 亿元 enterprises (a creation-rate category): F attained (issued 2022-03-01), E applying now (status column).
const records = [
  makeRecord(2, { name: "A", categories: [PARK], issueDate: "2021-03-01", expiryDate: null }),
  makeRecord(3, { name: "B", categories: [PARK], issueDate: "2022-06-01", expiryDate: null }),
  makeRecord(4, { name: "C", categories: [PARK], issueDate: "2023-05-01", expiryDate: null }),
  makeRecord(5, { name: "D", categories: [PARK], grade: null, status: "applying", issueDate: null, expiryDate: null }),
  makeRecord(6, { name: "F", issueDate: "2022-03-01", expiryDate: null }),
  makeRecord(7, { name: "E", grade: null, status: "applying", issueDate: null, expiryDate: null }),
];
const asOf = "2024-06-30";
const input = metricsInputOf(suzhou, records, { asOf, year: 2024 });

describe("progressOf", () => {
  const points = progressOf(input, suzhou, [2023, 2021, 2022, 2024, 2022], asOf);
  const of = (category: string) => points.filter((p) => p.category === category).map((p) => [p.year, p.asOf, p.base, p.rate, p.target]);

  it("counts the city at each year's end (the as-of date in its year): the attainment rate rises with each certificate and falls when one lapses", () => {
    // By hand: 2021-12-31 A only 1/4; 2022 A, B 2/4; 2023 A, B, C 3/4; 2024-06-30 A lapsed (2024-02-28): B, C 2/4.
    // suzhou-2022's targets: none for 2021 (before its period), 0.8, 0.9, 1.
    expect(of("chemical-park")).toEqual([
      [2021, "2021-12-31", 4, 0.25, null],
      [2022, "2022-12-31", 4, 0.5, 0.8],
      [2023, "2023-12-31", 4, 0.75, 0.9],
      [2024, "2024-06-30", 4, 0.5, 1],
    ]);
  });

  it("takes the status column as today's: an enterprise applying now is an applicant in the as-of year only", () => {
    // 亿元 (creation rate): F attained from 2022-03-01; E applying now. 2021: 0/2; 2022, 2023: 1/2; 2024: (1 + 1)/2.
    // Targets 0.8 (2022), 1 (2023), and 2024's "/" carries 2023's 1.
    expect(of("billion-yuan").map(([year, , , rate, target]) => [year, rate, target])).toEqual([[2021, 0, null], [2022, 0.5, 0.8], [2023, 0.5, 1], [2024, 1, 1]]);
  });

  it("on the 图表 sheet: a line chart per category with a target, the city's rate and the target by year, series on the table's hidden plotted copy with their values cached", () => {
    const spec = buildChartSheet({ profile: suzhou, year: 2024, asOf, metrics: [], findings: [], findingsSource: { mode: "internal" }, fonts: DEFAULT_FONTS, progress: points })!;
    // 亿元 has a base too; a category with no enterprise in any year gets no chart.
    expect(spec.charts!.map((c) => c.title)).toEqual([`“亿元”以上企业：全市历年进展与年度目标`, `${PARK}：全市历年进展与年度目标`]);
    const park = spec.charts!.find((c) => c.title === `${PARK}：全市历年进展与年度目标`)!;
    expect(park.categoryNames).toEqual(["2021年", "2022年", "2023年", "2024年"]);
    expect(park.series.map((s) => [s.kind, s.name, s.cached])).toEqual([
      ["line", "全市实际", [0.25, 0.5, 0.75, 0.5]],
      ["line", "年度目标", [null, 0.8, 0.9, 1]],
    ]);
    const cell = (row: number, col: number) => spec.cells.find((c) => c.row === row && c.col === col)?.value;
    const { top, bottom } = park.categories;
    expect(bottom - top).toBe(3);
    for (const [i, s] of park.series.entries()) {
      // The series plot columns N and O, hidden; the table shows the same figures in B and C.
      expect(s.values).toEqual({ col: 14 + i, top, bottom });
      expect(cell(s.nameCell.row, s.nameCell.col)).toBe(s.name);
      // A year without a target: "/" in the table, an empty plotted cell (a gap in the line; Excel plots text as zero).
      s.cached.forEach((v, k) => {
        expect(cell(top + k, 14 + i)).toBe(v);
        expect(cell(top + k, 2 + i)).toBe(v ?? "/");
      });
    }
    park.categoryNames.forEach((name, k) => expect(cell(top + k, 1)).toBe(name));
  });
});
