import { classifyRecords, type MetricsInput } from "../../../src/core/metrics/classify-records";
import { computeMetrics } from "../../../src/core/metrics/compute-metrics";
import type { RosterRecord } from "../../../src/core/roster/record";
import { makeRecord } from "../checks/make-record";

const categories = [
  { id: "billion-yuan", name: "“亿元”以上企业", requiredGrade: 2 as const },
  { id: "non-key-above", name: "非工贸重点领域规上企业", requiredGrade: 3 as const },
];

function input(records: RosterRecord[], revokedRows: number[] = []): MetricsInput {
  return {
    records,
    categories,
    membership: (r) => r.categories.map((c) => (c === "亿元以上企业" ? 0 : c === "非工贸" ? 1 : -1)).filter((i) => i >= 0),
    districtOf: (r) => (r.district === "常熟市" ? "常熟" : r.district === "昆仙" ? null : r.district),
    districts: ["张家港", "常熟"],
    asOf: "2022-10-01",
    year: 2022,
    revoked: (r) => revokedRows.includes(r.row),
  };
}

describe("classifyRecords", () => {
  // Worked by hand, as-of 2022-10-01, 亿元 needs 二级, 非工贸 三级:
  const records = [
    makeRecord(1), // 二级 issued 2022-03-01: attained in 亿元, this year's
    makeRecord(2, { status: "closed" }), // 关停: out of every base
    makeRecord(3, { categories: ["其他"] }), // in no category
    makeRecord(4, { district: "昆仙" }), // no district while others have one
    makeRecord(5, { issueDate: "2019-01-01", expiryDate: "2021-12-31", applying: 2022 }), // lapsed, applying again
    makeRecord(6, { grade: 3, categories: ["亿元以上企业", "非工贸"] }), // below 二级 in 亿元, attained in 非工贸
    makeRecord(7), // withdrawn (摘牌)
    makeRecord(8, { grade: null, status: "none", issueDate: null, expiryDate: null }), // no grade
    makeRecord(9, { status: "applying", issueDate: null, expiryDate: null }), // a grade, no dates, status applying
  ];
  const classified = classifyRecords(input(records, [7]));
  const of = (row: number) => classified.classes.find((k) => k.record.row === row)!;

  it("says why a record is in no base: out of scope, in no category, or without a district", () => {
    expect([2, 3, 4].map((r) => of(r).excluded)).toEqual(["out-of-scope", "no-category", "no-district"]);
    expect([2, 3, 4].map((r) => of(r).standings)).toEqual([[], [], []]);
    expect([1, 5, 6, 7, 8, 9].every((r) => of(r).excluded === null)).toBe(true);
  });

  it("gives each category a record is in its standing: attained (this year's or not), applying, or why not", () => {
    expect(of(1).standings).toEqual([{ category: 0, attained: true, attainedThisYear: true, applying: false, why: null }]);
    expect(of(5).standings).toEqual([{ category: 0, attained: false, attainedThisYear: false, applying: true, why: "lapsed" }]);
    expect(of(6).standings).toEqual([
      { category: 0, attained: false, attainedThisYear: false, applying: false, why: "grade" },
      { category: 1, attained: true, attainedThisYear: true, applying: false, why: null },
    ]);
    expect(of(7).standings[0]).toMatchObject({ attained: false, why: "revoked" });
    expect(of(8).standings[0]).toMatchObject({ attained: false, applying: false, why: "no-grade" });
    expect(of(9).standings[0]).toMatchObject({ attained: false, applying: true, why: "no-dates" });
  });

  it("is what computeMetrics counts: 常熟 亿元 base 6 (rows 1, 5–9), attained 1, applying 2 (rows 5, 9)", () => {
    const rows = computeMetrics(input(records, [7]));
    expect(rows.find((r) => r.district === "常熟" && r.category === "billion-yuan")).toMatchObject({ base: 6, attained: 1, applying: 2, attainedThisYear: 1 });
    expect(rows.find((r) => r.district === null && r.category === "non-key-above")).toMatchObject({ base: 1, attained: 1, applying: 0 });
  });

  it("counts a record without district in the total when no record has one", () => {
    const alone = classifyRecords(input([makeRecord(1, { district: null })]));
    expect(alone).toMatchObject({ byDistrict: false, districts: ["张家港", "常熟"] });
    expect(alone.classes[0]).toMatchObject({ district: null, excluded: null });
  });
});
