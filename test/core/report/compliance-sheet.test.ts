import { buildComplianceSheet } from "../../../src/core/report/compliance-sheet";
import { complianceOf } from "../../../src/core/metrics/compliance";
import type { MetricRow } from "../../../src/core/metrics/metric-row";
import { findBuiltinProfile } from "../../../src/core/profile";
import { DEFAULT_FONTS, type ReportData } from "../../../src/core/report/report-data";
import { markerName } from "../../../src/core/spec/marker";

const suzhou = findBuiltinProfile("suzhou-2022")!;
const metric = (district: string | null, category: string, base: number, attained: number, applying: number, attainedThisYear = 0): MetricRow => ({
  district, category, categoryName: suzhou.categories.find((c) => c.id === category)!.name, base, attained, attainedThisYear, applying,
  creationRate: base ? (attained + applying) / base : null, attainmentRate: base ? attained / base : null,
});

function data(): ReportData {
  const rows = [
    metric("常熟", "billion-yuan", 392, 229, 121), // creation 350/392 = 89.3% ≥ 80% ✓
    metric("常熟", "chemical-park", 83, 60, 5), // attainment 60/83 = 72.3% < 80%: needs ceil(66.4) = 67 → gap 7
    metric("姑苏", "chemical-park", 0, 0, 0), // no base: "/"
    metric(null, "grade-1", 20, 20, 4, 9), // count, new this year: 9 + 4 = 13 < 15 → gap 2
  ];
  return { profile: suzhou, year: 2022, asOf: "2022-10-01", metrics: complianceOf(rows, suzhou, 2022), findings: [], findingsSource: { mode: "internal" }, fonts: DEFAULT_FONTS };
}

const cell = (spec: ReturnType<typeof buildComplianceSheet>, ref: string) => {
  const col = ref.charCodeAt(0) - 64;
  const row = Number(ref.slice(1));
  return spec.cells.find((c) => c.row === row && c.col === col);
};

describe("buildComplianceSheet", () => {
  const spec = buildComplianceSheet(data());

  it("is marked as the add-in's compliance sheet for the profile", () => {
    expect(spec.name).toBe("目标完成情况");
    expect(markerName(spec.marker)).toBe("anbiao.gen.suzhou_2022.compliance");
  });

  it("heads the table with the Chinese column names", () => {
    expect(spec.cells.filter((c) => c.row === 3).map((c) => c.value)).toEqual(["地区", "类别", "底数", "已达标数", "申请创建数", "创建率", "达标率", "考核口径", "年度目标", "实际完成", "是否完成", "差距（家）"]);
  });

  it("writes counts as constants and rates as live formulas with the engine's figures cached", () => {
    expect([cell(spec, "C4")?.value, cell(spec, "D4")?.value, cell(spec, "E4")?.value]).toEqual([392, 229, 121]);
    expect(cell(spec, "F4")).toMatchObject({ formula: 'IF(C4=0,"/",(D4+E4)/C4)' });
    expect(cell(spec, "F4")?.result).toBeCloseTo(350 / 392, 12);
    expect(cell(spec, "G5")).toMatchObject({ formula: 'IF(C5=0,"/",D5/C5)' });
  });

  it("judges a creation-rate target on the creation rate and an attainment-rate target on the attainment rate", () => {
    expect(cell(spec, "J4")).toMatchObject({ formula: "F4" });
    expect(cell(spec, "K4")).toMatchObject({ result: "✓" });
    expect(cell(spec, "J5")).toMatchObject({ formula: "G5" });
    expect(cell(spec, "K5")).toMatchObject({ result: "✗" });
    expect(cell(spec, "L5")).toMatchObject({ formula: 'IF(J5="/","",MAX(0,ROUNDUP(I5*C5-1E-9,0)-D5))', result: 7 });
  });

  it("shows '/' for a zero base and leaves met and gap blank there", () => {
    expect([cell(spec, "F6")?.result, cell(spec, "G6")?.result, cell(spec, "K6")?.result, cell(spec, "L6")?.result]).toEqual(["/", "/", "", ""]);
  });

  it("judges a count target on the engine's count of this year's new enterprises", () => {
    expect(cell(spec, "A7")?.value).toBe("合计");
    expect(cell(spec, "H7")?.value).toBe("当年新增家数");
    expect([cell(spec, "I7")?.value, cell(spec, "J7")?.value, cell(spec, "K7")?.result, cell(spec, "L7")?.result]).toEqual([15, 13, "✗", 2]);
  });

  it("colours ✓ and ✗ by conditional formats that follow the values", () => {
    expect(spec.conditionalFormats.map((c) => c.formula)).toEqual(['$K4="✓"', '$K4="✗"']);
    expect(spec.conditionalFormats[0].area).toEqual({ top: 4, left: 11, bottom: 7, right: 11 });
  });

  it("prints A4 landscape, one page wide, header repeated, frozen below the header", () => {
    expect(spec.print).toMatchObject({ orientation: "landscape", paperSize: "A4", fitToWidth: true, titleRows: { first: 3, last: 3 } });
    expect(spec.freeze).toEqual({ rows: 3, columns: 2 });
    expect(spec.styles.find((s) => s.style.numberFormat === "0.0%")).toBeDefined();
  });
});
