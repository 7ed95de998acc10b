import { findBuiltinProfile } from "../../../src/core/profile/builtin";
import { recordInCategory, recordInIndicator } from "../../../src/core/profile/match";
import type { Profile } from "../../../src/core/profile/schema";
import type { RosterRecord } from "../../../src/core/roster/record";

const suzhou = findBuiltinProfile("suzhou-2022") as Profile;
const qinyang = findBuiltinProfile("qinyang-2024") as Profile;
const changshu = findBuiltinProfile("changshu-2019") as Profile;
const cat = (p: Profile, id: string) => p.categories.find((c) => c.id === id)!;

function record(over: Partial<RosterRecord> = {}): RosterRecord {
  return {
    sheet: "台账", row: 2, name: "某公司", uscc: null, district: "昆山", sector: null, scale: null, size: null, categories: [], flags: {},
    grade: null, status: null, certificateNumber: null, issueDate: null, expiryDate: null, applying: null, remark: null,
    extras: {}, problems: [], columns: {}, ...over,
  };
}

describe("recordInCategory", () => {
  const billion = cat(suzhou, "billion-yuan");

  it.each([["亿元以上企业"], ["“亿元”以上企业"], ["\"亿元\"以上企业（二级）"]])("matches Suzhou's 亿元以上企业 from the category cell %s", (cell) => {
    expect(recordInCategory(record({ categories: [cell] }), billion)).toBe(true);
  });

  it("matches from a true yes/no column 是否亿元以上企业, not a false one", () => {
    expect(recordInCategory(record({ flags: { 亿元以上企业: true } }), billion)).toBe(true);
    expect(recordInCategory(record({ flags: { 是否亿元以上企业: true } }), billion)).toBe(true);
    expect(recordInCategory(record({ flags: { 亿元以上企业: false } }), billion)).toBe(false);
  });

  it("does not read 非工贸重点领域规上企业 as 工贸重点领域规上企业", () => {
    const r = record({ categories: ["非工贸重点领域规上企业"] });
    expect(recordInCategory(r, cat(suzhou, "key-sector-above-scale"))).toBe(false);
    expect(recordInCategory(r, cat(suzhou, "non-key-above-scale"))).toBe(true);
  });

  it("counts one enterprise in several overlapping categories", () => {
    const r = record({ categories: ["化工园（集中）区内危化企业", "两重点一重大"], flags: { 领取危化品安全生产许可证企业: true } });
    const ids = suzhou.categories.filter((c) => recordInCategory(r, c)).map((c) => c.id);
    expect(ids).toEqual(["chemical-park", "two-key-one-major", "hazchem-licensed"]);
  });

  it("counts Qinyang's 规模以上小型/中型 categories only when both the scale (规上) and the size class hold", () => {
    const small = record({ sector: "机械制造", scale: "规上", size: "小型" });
    expect(recordInCategory(small, cat(qinyang, "machinery-small"))).toBe(true);
    expect(recordInCategory(small, cat(qinyang, "key-industry-medium"))).toBe(false);
    expect(recordInCategory(record({ sector: "建材", scale: "规模以上", size: "中型" }), cat(qinyang, "key-industry-medium"))).toBe(true);
    // 小型 but 规下, or 规上 with no size: not 规模以上小型.
    expect(recordInCategory(record({ sector: "机械制造", scale: "规下", size: "小型" }), cat(qinyang, "machinery-small"))).toBe(false);
    expect(recordInCategory(record({ sector: "机械制造", scale: "规模以下", size: "小型" }), cat(qinyang, "machinery-small"))).toBe(false);
    expect(recordInCategory(record({ sector: "机械制造", scale: "规上", size: null }), cat(qinyang, "machinery-small"))).toBe(false);
    // 微型金属冶炼企业 asks for the size alone.
    expect(recordInCategory(record({ sector: "金属冶炼", scale: "规下", size: "微型" }), cat(qinyang, "metal-micro"))).toBe(true);
  });
});

describe("recordInIndicator", () => {
  const ind = (id: string) => changshu.indicators!.find((i) => i.id === id)!;
  const micro = cat(changshu, "micro");

  it("counts a renewal by its flag or by a renewal date in 2019, within the micro category", () => {
    expect(recordInIndicator(record({ grade: "micro", extras: { renewed: true } }), ind("renewals"), micro)).toBe(true);
    expect(recordInIndicator(record({ grade: "micro", extras: { "renewal-date": "2019-06-30" } }), ind("renewals"), micro)).toBe(true);
    expect(recordInIndicator(record({ grade: "micro", extras: { "renewal-date": "2018-06-30" } }), ind("renewals"), micro)).toBe(false);
    expect(recordInIndicator(record({ grade: 2, extras: { renewed: true } }), ind("renewals"), micro)).toBe(false);
  });

  it("does not count a 2018 renewal as a 2019 one, even when the 期满换证 mark says so", () => {
    expect(recordInIndicator(record({ grade: "micro", extras: { renewed: true, "renewal-date": "2018-11-30" } }), ind("renewals"), micro)).toBe(false);
    expect(recordInIndicator(record({ grade: "micro", extras: { renewed: true, "renewal-date": "2019-03-01" } }), ind("renewals"), micro)).toBe(true);
  });

  it("counts a certificate renewed in 2019 as due, whatever expiry its row now shows, and one expired before 2019 as not due this year", () => {
    expect(recordInIndicator(record({ expiryDate: "2022-05-01", extras: { "renewal-date": "2019-05-02" } }), ind("renewals-due"))).toBe(true);
    expect(recordInIndicator(record({ expiryDate: "2022-05-01", extras: { renewed: true } }), ind("renewals-due"))).toBe(true);
    expect(recordInIndicator(record({ expiryDate: "2021-06-01", extras: { "renewal-date": "2018-06-01" } }), ind("renewals-due"))).toBe(false);
    expect(recordInIndicator(record({ expiryDate: "2018-08-31" }), ind("renewals-due"))).toBe(false);
  });

  it("counts a certificate expiring by 2019-12-31 as due for renewal", () => {
    expect(recordInIndicator(record({ expiryDate: "2019-11-02" }), ind("renewals-due"))).toBe(true);
    expect(recordInIndicator(record({ expiryDate: "2020-01-02" }), ind("renewals-due"))).toBe(false);
    expect(recordInIndicator(record({ expiryDate: null }), ind("renewals-due"))).toBe(false);
  });
});
