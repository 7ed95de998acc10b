import { complianceOf } from "../../../src/core/metrics/compliance";
import { judgeIndicator } from "../../../src/core/metrics/indicator-judge";
import type { MetricRow } from "../../../src/core/metrics/metric-row";
import { findBuiltinProfile } from "../../../src/core/profile";
import type { Target } from "../../../src/core/profile/targets";

const count = (value: number, op: Target["op"] = ">="): Target => ({ kind: "count", value, op, basis: "cumulative", fromYear: 2019, scope: "city", by: "2019-12-31" });
const share = (value: number, op: Target["op"] = ">="): Target => ({ ...count(value, op), kind: "rate" });

describe("judgeIndicator", () => {
  it("judges a count: 3 of 5 is 2 short; 5 meets it", () => {
    expect(judgeIndicator(3, count(5), null, "2019-06-30")).toMatchObject({ met: false, gap: 2, overdue: false, rate: null });
    expect(judgeIndicator(5, count(5), null, "2019-06-30")).toMatchObject({ met: true, gap: 0 });
  });

  it("asks one more than the figure for '>' (突破26家 needs 27), and exactly it for '='", () => {
    expect(judgeIndicator(26, count(26, ">"), null, "2019-06-30")).toMatchObject({ met: false, gap: 1 });
    expect(judgeIndicator(6, count(5, "="), null, "2019-06-30")).toMatchObject({ met: false, gap: 0 });
  });

  it("judges a share on count / denominator without float noise: 5% of 60 needs exactly 3", () => {
    expect(judgeIndicator(3, share(0.05), 60, "2019-06-30")).toMatchObject({ met: true, gap: 0, rate: 0.05, denominator: 60 });
    expect(judgeIndicator(2, share(0.05), 60, "2019-06-30")).toMatchObject({ met: false, gap: 1 });
  });

  it("leaves a share with nothing to divide by unjudged ('/'), never met or overdue", () => {
    expect(judgeIndicator(0, share(0.05), 0, "2020-01-10")).toMatchObject({ rate: null, met: null, gap: null, overdue: null });
  });

  it("is overdue only after the deadline and only when not met", () => {
    expect(judgeIndicator(3, count(5), null, "2019-12-31").overdue).toBe(false);
    expect(judgeIndicator(3, count(5), null, "2020-01-01").overdue).toBe(true);
    expect(judgeIndicator(5, count(5), null, "2020-01-01").overdue).toBe(false);
    expect(judgeIndicator(3, null, null, "2020-01-01")).toMatchObject({ target: null, met: null, overdue: null });
  });
});

describe("complianceOf deadlines (Qinyang's phases)", () => {
  const qinyang = findBuiltinProfile("qinyang-2024")!;
  const row = (category: string, base: number, attained: number): MetricRow => ({
    district: "经开区", category, categoryName: category, base, attained, attainedThisYear: 0, applying: 0, creationRate: (attained) / base, attainmentRate: attained / base,
  });

  it("marks phase 1's unmet 100% overdue after 2024-12-31 (8 of 10 危化 enterprises), not before", () => {
    const [late] = complianceOf([row("hazchem", 10, 8)], qinyang, 2024, "2025-01-15");
    expect(late).toMatchObject({ target: 1, met: false, gap: 2, overdue: true });
    const [early] = complianceOf([row("hazchem", 10, 8)], qinyang, 2024, "2024-10-01");
    expect(early).toMatchObject({ met: false, overdue: false });
  });

  it("keeps phase 1's deadline in 2025 (the 2024 target carries) while phase 2's 2025-11-30 is still ahead", () => {
    const [phase1, phase2, done] = complianceOf([row("gas-station", 4, 3), row("transport", 5, 1), row("chem-pharma", 2, 2)], qinyang, 2025, "2025-06-30");
    expect(phase1).toMatchObject({ met: false, overdue: true });
    expect(phase2).toMatchObject({ met: false, overdue: false });
    expect(done).toMatchObject({ met: true, overdue: false });
  });

  it("says nothing about deadlines without an as-of date or a base", () => {
    expect(complianceOf([row("hazchem", 10, 8)], qinyang, 2024)[0].overdue).toBeNull();
    const empty: MetricRow = { ...row("hazchem", 1, 0), base: 0, attainmentRate: null, creationRate: null };
    expect(complianceOf([empty], qinyang, 2024, "2025-01-15")[0].overdue).toBeNull();
  });
});
