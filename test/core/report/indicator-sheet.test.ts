import type { Area } from "../../../src/core/grid/grid";
import { findBuiltinProfile } from "../../../src/core/profile";
import { markerName } from "../../../src/core/spec/marker";
import type { SheetSpec } from "../../../src/core/spec/spec";
import { changshuSummarySpecs, LONG_CATEGORY as LONG_NAME } from "./fixtures/changshu-summary";

const profile = findBuiltinProfile("changshu-2019")!;
let specs: SheetSpec[];

beforeAll(async () => {
  specs = await changshuSummarySpecs();
});

const sheet = (name: string) => specs.find((s) => s.name === name)!;
const row = (spec: SheetSpec, r: number) => spec.cells.filter((c) => c.row === r).sort((a, b) => a.col - b.col).map((c) => c.value ?? c.result);
const column = (spec: SheetSpec, col: number, from: number) => spec.cells.filter((c) => c.col === col && c.row >= from).sort((a, b) => a.row - b.row).map((c) => c.value ?? c.result);
const covers = (a: Area, r: number, c: number) => a.top <= r && r <= a.bottom && a.left <= c && c <= a.right;

describe("the indicators' compliance on a sheet of its own (changshu-2019)", () => {
  it("follows the category sheet, and nothing follows the categories on theirs", () => {
    expect(specs.map((s) => s.name)).toEqual(["目标", "目标完成情况", "专项指标完成情况", "校验结果"]);
    expect(markerName(sheet("专项指标完成情况").marker)).toBe("anbiao.gen.changshu_2019.compliance_indicators");
    const compliance = sheet("目标完成情况");
    // 2 板块 and the total × 3 categories, under the header on row 3.
    expect(Math.max(...compliance.cells.map((c) => c.row))).toBe(3 + 3 * 3);
    expect(compliance.cells.some((c) => c.value === "专项指标" || c.value === "分母")).toBe(false);
  });

  it("heads each table with its own header on row 3, repeated on every printed page of its sheet", () => {
    expect(row(sheet("目标完成情况"), 3)).toEqual(["地区", "类别", "底数", "已达标数", "申请创建数", "创建率", "达标率", "考核口径", "年度目标", "实际完成", "是否完成", "差距（家）"]);
    expect(row(sheet("专项指标完成情况"), 3)).toEqual(["地区", "专项指标", "数量", "分母", "占比", "完成时限", "是否逾期", "考核口径", "年度目标", "实际完成", "是否完成", "差距（家）"]);
    for (const name of ["目标完成情况", "专项指标完成情况"]) {
      expect(sheet(name).print).toMatchObject({ orientation: "landscape", fitToWidth: true, titleRows: { first: 3, last: 3 } });
      expect(sheet(name).freeze).toEqual({ rows: 3, columns: 2 });
    }
    expect(sheet("专项指标完成情况").cells.find((c) => c.row === 1)?.value).toBe(`${profile.title}：2019年度专项指标完成情况`);
  });

  it("lists each 板块's five indicators, then the totals, with the counts worked out in the fixture", () => {
    const s = sheet("专项指标完成情况");
    // The city's renewals have two targets (≥2600 enterprises, ≥50% of those due): two rows.
    expect(column(s, 1, 4)).toEqual([...Array(5).fill("梅李镇"), ...Array(5).fill("虞山街道"), ...Array(6).fill("合计")]);
    // due, renewals, models, reviews, delistings (fixture header comment).
    expect(column(s, 3, 4)).toEqual([3, 2, 1, 2, 1, 3, 1, 1, 2, 1, 6, 3, 3, 2, 4, 2]);
    // Renewals over those due; delistings over renewals + reviews: sums of the shown counts on this sheet.
    expect(s.cells.filter((c) => c.col === 4 && c.row > 3).map((c) => [c.row, c.formula])).toEqual([[5, "C4"], [8, "C5+C7"], [10, "C9"], [13, "C10+C12"], [16, "C14"], [19, "C15+C18"]]);
    expect(s.conditionalFormats.map((c) => [c.formula, c.area])).toEqual([['$K4="✓"', { top: 4, left: 11, bottom: 19, right: 11 }], ['$K4="✗"', { top: 4, left: 11, bottom: 19, right: 11 }]]);
  });

  it("wraps a long category name in a column at most 40 wide, on a row tall enough for its two lines", () => {
    const s = sheet("目标完成情况");
    const rows = s.cells.filter((c) => c.col === 2 && c.value === LONG_NAME).map((c) => c.row);
    expect(rows).toHaveLength(3);
    expect(s.columnWidths[1]).toBe(40);
    for (const r of rows) {
      expect(s.styles.some((x) => x.style.wrap === true && covers(x.area, r, 2))).toBe(true);
      // 56 display columns in 38.5 usable: 2 lines of 11pt → 2 × 11 × 1.35 + 6 = 35.7, to the quarter point.
      expect(s.rowHeights[r]).toBe(35.75);
    }
    const short = s.cells.find((c) => c.col === 2 && c.value === "小微企业")!;
    expect(s.rowHeights[short.row]).toBeUndefined();
  });
});
