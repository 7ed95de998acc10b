import { indicatorMarksOf } from "../../../src/core/campaign/campaign-view";
import { outOfScopeMark } from "../../../src/core/checks/rows/out-of-scope-mark";
import { sectorUnmapped } from "../../../src/core/checks/rows/sector-unmapped";
import { sectorResolver } from "../../../src/core/metrics/indicator-sectors";
import { sectorRowResolver, sectorTables } from "../../../src/core/metrics/sector-rows";
import { findBuiltinProfile } from "../../../src/core/profile";
import { context, makeRecord, testCampaign } from "../checks/make-record";

const quanzhou = findBuiltinProfile("quanzhou-2021")!;
const changshu = findBuiltinProfile("changshu-2019")!;
const [annex2] = sectorTables(quanzhou);
const rowOf = sectorRowResolver(annex2.rows);
/** The 附件2 序号 a roster 行业 text falls in (null: none). */
const no = (text: string) => {
  const hit = rowOf(text);
  return hit.row === null ? null : hit.row + 1;
};

describe("Quanzhou 附件2: a roster 行业 text to the notice's row", () => {
  it("gives 危险化学品运输 to row 19 (道路交通运输, 含危险化学品运输), never to row 1 (运输除外)", () => {
    expect(["危险化学品运输", "危化品运输", "危险化学品道路运输", "危险货物运输"].map(no)).toEqual([19, 19, 19, 19]);
    expect(["危险化学品生产", "危化品经营", "危险化学品"].map(no)).toEqual([1, 1, 1]);
  });

  it("takes the longest spelling held when two rows' spellings are in the text", () => {
    // 农业与农机 is row 30, although it holds 农机 (row 31); 非煤矿山 is row 10, although it holds 煤矿 (row 11).
    expect([no("农业与农机"), no("农机作业"), no("非煤矿山"), no("煤矿"), no("有色金属冶炼"), no("钢铁冶炼")]).toEqual([30, 31, 10, 11, 4, 3]);
    expect([no("民爆物品生产"), no("民爆物品（爆破）"), no("印染"), no("物业服务")]).toEqual([12, 33, 8, 16]);
  });

  it("suggests the nearest spelling for a text no row names, when one is near", () => {
    expect(rowOf("烟花炮竹")).toEqual({ row: null, suggestion: "烟花爆竹" });
    expect(rowOf("餐饮服务")).toEqual({ row: null, suggestion: null });
  });

  it("keeps 危险化学品运输 out of the key sector 危险化学品 and in 道路运输", () => {
    const sectors = sectorResolver(quanzhou);
    const ids = (text: string) => sectors.of(makeRecord(1, { sector: text })).map((i) => sectors.keys[i].id);
    expect([ids("危险化学品运输"), ids("危险化学品生产"), ids("印染")]).toEqual([["road-transport"], ["hazchem"], ["industry-trade"]]);
  });
});

describe("row/sector-unmapped and row/out-of-scope-mark", () => {
  const campaign = { ...testCampaign, marks: indicatorMarksOf(quanzhou, "2022-09-30"), sectorTable: { label: "附件2", rowOf } };

  it("flags an in-scope row whose 行业 no 附件2 row names, and not a row out of scope or without a 行业", () => {
    const found = sectorUnmapped.check(context([
      makeRecord(3, { sector: "烟花炮竹", columns: { sector: "E" } }),
      makeRecord(4, { sector: "机械制造" }),
      makeRecord(5, { sector: "餐饮服务", status: "deregistered" }),
      makeRecord(6, { sector: null }),
    ], { campaign }));
    expect(found.map((f) => [f.rule, f.severity, f.cell, f.expected])).toEqual([["row/sector-unmapped", "warning", "E3", "烟花爆竹"]]);
  });

  it("flags a 标杆 mark on a deregistered or suspended enterprise, not on one in scope", () => {
    const found = outOfScopeMark.check(context([
      makeRecord(3, { status: "deregistered", extras: { benchmark: true } }),
      makeRecord(4, { status: "suspended", extras: { upgraded: true } }),
      makeRecord(5, { status: "attained", extras: { benchmark: true } }),
      makeRecord(6, { status: "closed", extras: { benchmark: false } }),
    ], { campaign }));
    expect(found.map((f) => [f.row, f.actual])).toEqual([[3, ["标准化标杆示范企业"]], [4, ["完成标准化提升的企事业单位"]]]);
  });

  it("raises nothing where the indicator counts that status on purpose (常熟 摘牌 of a 注销 enterprise)", () => {
    const marks = indicatorMarksOf(changshu, "2019-10-31");
    const record = makeRecord(3, { status: "deregistered", categories: ["摘牌"], grade: "micro" });
    // The row does carry the mark: the 摘牌 indicator holds for it, and counts it through its 注销 clause.
    expect(marks.filter((m) => m.holds(record)).map((m) => [m.name, m.counts.has("deregistered")])).toEqual([[changshu.indicators!.find((i) => i.id === "delistings")!.name, true]]);
    expect(outOfScopeMark.check(context([record], { campaign: { ...testCampaign, marks } }))).toEqual([]);
  });
});
