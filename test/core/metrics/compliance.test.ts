import { complianceOf } from "../../../src/core/metrics/compliance";
import type { MetricRow } from "../../../src/core/metrics/metric-row";
import { findBuiltinProfile } from "../../../src/core/profile";

const suzhou = findBuiltinProfile("suzhou-2022")!;

function row(over: Partial<MetricRow>): MetricRow {
  return { district: "常熟", category: "chemical-park", categoryName: "化工园（集中）区内危化企业", base: 83, attained: 76, attainedThisYear: 0, applying: 0, creationRate: 76 / 83, attainmentRate: 76 / 83, ...over };
}

describe("complianceOf", () => {
  it("judges a rate target: 常熟 化工园 76/83 = 91.6% meets 2022's 80%", () => {
    const [r] = complianceOf([row({})], suzhou, 2022);
    expect(r).toMatchObject({ target: 0.8, targetKind: "rate", met: true, gap: 0 });
    expect(r.actual).toBeCloseTo(76 / 83, 12);
  });

  it("gives the gap in enterprises: ceil(0.9 × 83) − 70 = 75 − 70 = 5 in 2023", () => {
    const [r] = complianceOf([row({ attained: 70, attainmentRate: 70 / 83 })], suzhou, 2023);
    expect(r).toMatchObject({ target: 0.9, met: false, gap: 5 });
  });

  it("does not let float noise add an enterprise: 0.8 × 275 needs exactly 220", () => {
    const [r] = complianceOf([row({ base: 275, attained: 220, attainmentRate: 220 / 275 })], suzhou, 2022);
    expect(r).toMatchObject({ met: true, gap: 0 });
  });

  it("counts attained plus applying for creation-rate categories", () => {
    const [r] = complianceOf([row({ category: "billion-yuan", base: 392, attained: 229, applying: 121, creationRate: 350 / 392 })], suzhou, 2022);
    expect(r).toMatchObject({ target: 0.8, met: true, gap: 0 });
  });

  it("carries an earlier target through '/': 化工重点监测点 2023 keeps 2022's 100%", () => {
    const [r] = complianceOf([row({ category: "chemical-monitoring", base: 4, attained: 3, attainmentRate: 0.75 })], suzhou, 2023);
    expect(r).toMatchObject({ target: 1, met: false, gap: 1 });
  });

  it("judges the city-wide count target (一级: 创建15家 in 2022) on the total row only, counting that year's new ones", () => {
    const total = row({ district: null, category: "grade-1", base: 40, attained: 40, attainedThisYear: 9, applying: 3 });
    const district = row({ category: "grade-1", base: 5, attained: 5, attainedThisYear: 1, applying: 0 });
    const [t, d] = complianceOf([total, district], suzhou, 2022);
    expect(t).toMatchObject({ target: 15, targetKind: "count", actual: 12, met: false, gap: 3 });
    expect(d).toMatchObject({ target: null, met: null, gap: null });
  });

  it("leaves met and gap empty ('/') where the base is 0", () => {
    const [r] = complianceOf([row({ base: 0, attained: 0, creationRate: null, attainmentRate: null })], suzhou, 2022);
    expect(r).toMatchObject({ target: 0.8, actual: null, met: null, gap: null });
  });
});

describe("complianceOf with a 'more than' target", () => {
  const nantong = findBuiltinProfile("nantong-2018")!;

  it("asks one more than the figure for 突破26家 (一级 by 2019): 26 is not enough, 27 is", () => {
    const target = nantong.categories.find((c) => c.id === "grade-1" || c.requiredGrade === 1)!;
    const total = (attained: number): MetricRow => ({
      district: null, category: target.id, categoryName: target.name, base: attained, attained, attainedThisYear: 0, applying: 0, creationRate: 1, attainmentRate: 1,
    });
    const [at26, at27] = complianceOf([total(26), total(27)], nantong, 2019);
    expect(at26).toMatchObject({ target: 26, met: false, gap: 1 });
    expect(at27).toMatchObject({ target: 26, met: true, gap: 0 });
  });
});
