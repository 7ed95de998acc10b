import { computeMetrics, type MetricsInput } from "../../../src/core/metrics/compute-metrics";
import type { RosterRecord } from "../../../src/core/roster/record";
import { makeRecord } from "../checks/make-record";

const categories = [
  { id: "billion-yuan", name: "“亿元”以上企业", requiredGrade: 2 as const },
  { id: "non-key-above", name: "非工贸重点领域规上企业", requiredGrade: 3 as const },
];

function input(records: RosterRecord[]): MetricsInput {
  return {
    records,
    categories,
    membership: (r) => r.categories.map((c) => (c === "亿元以上企业" ? 0 : c === "非工贸" ? 1 : -1)).filter((i) => i >= 0),
    districtOf: (r) => (r.district === "常熟市" ? "常熟" : r.district),
    districts: ["张家港", "常熟"],
    asOf: "2022-10-01",
    year: 2022,
  };
}

describe("computeMetrics", () => {
  // Worked by hand: 常熟 亿元 has rows 1–6 in scope (row 7 closed): attained 1, 2 (grade 1 counts for 二级), applying 3, 4;
  // row 5 holds only 三级 (not attained for 二级, applying by flag year 2022); row 6 expired (not attained, not applying).
  const records = [
    makeRecord(1, { issueDate: "2021-06-01", expiryDate: "2024-05-31" }),
    makeRecord(2, { grade: 1, district: "常熟市" }),
    makeRecord(3, { status: "applying", grade: null, issueDate: null, expiryDate: null }),
    makeRecord(4, { status: "creating", grade: null, issueDate: null, expiryDate: null }),
    makeRecord(5, { grade: 3, applying: 2022, categories: ["亿元以上企业", "非工贸"] }),
    makeRecord(6, { issueDate: "2019-01-01", expiryDate: "2021-12-31" }),
    makeRecord(7, { status: "closed" }),
    makeRecord(8, { district: "昆山", categories: ["非工贸"], grade: null, status: "none", issueDate: null, expiryDate: null }),
  ];
  const rows = computeMetrics(input(records));
  const find = (d: string | null, c: string) => rows.find((r) => r.district === d && r.category === c)!;

  it("counts base, attained and applying per district and category", () => {
    expect(find("常熟", "billion-yuan")).toMatchObject({ base: 6, attained: 2, applying: 3 });
    expect(find("常熟", "non-key-above")).toMatchObject({ base: 1, attained: 1, applying: 0 });
  });

  it("counts those attained with a certificate issued in the reporting year apart", () => {
    expect(find("常熟", "billion-yuan").attainedThisYear).toBe(1);
  });

  it("computes creation and attainment rates, and '/' (null) where the base is 0", () => {
    expect(find("常熟", "billion-yuan").creationRate).toBeCloseTo(5 / 6, 12);
    expect(find("常熟", "billion-yuan").attainmentRate).toBeCloseTo(2 / 6, 12);
    expect(find("张家港", "billion-yuan")).toMatchObject({ base: 0, creationRate: null, attainmentRate: null });
  });

  it("lists districts in official order, unlisted ones after, then the total", () => {
    expect([...new Set(rows.map((r) => r.district))]).toEqual(["张家港", "常熟", "昆山", null]);
    expect(find(null, "non-key-above")).toMatchObject({ base: 2, attained: 1, applying: 0 });
    expect(find(null, "billion-yuan")).toMatchObject({ base: 6, attained: 2, applying: 3 });
  });

  it("counts a record in every category it belongs to", () => {
    expect(find("常熟", "non-key-above").attained + find("常熟", "billion-yuan").applying).toBe(4);
  });
});
