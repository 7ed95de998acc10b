import type { ComplianceRow } from "../../../src/core/metrics/compliance";
import { complianceCharts } from "../../../src/taskpane/flow/chart-bars";

function row(district: string | null, category: string, fields: Partial<ComplianceRow>): ComplianceRow {
  return { district, category, categoryName: `${category}类`, base: 10, attained: 0, applying: 0, attainedThisYear: 0, creationRate: null, attainmentRate: null, target: null, targetKind: null, actual: null, met: null, gap: null, overdue: null, ...fields } as ComplianceRow;
}

describe("complianceCharts (the overview's small charts)", () => {
  const rows = [
    row("昆山", "chem", { actual: 0.8, target: 0.8, targetKind: "rate", met: true }),
    row("太仓", "chem", { actual: 2 / 3, target: 0.8, targetKind: "rate", met: false }),
    row("吴江", "chem", { base: 0, actual: null }),
    row(null, "chem", { actual: 0.75, target: 0.8, targetKind: "rate", met: false }),
    row("昆山", "new", { actual: 3, target: 5, targetKind: "count", met: false }),
    row("昆山", "plain", { actual: 0.5 }),
  ];

  it("draws a bar per district with a base, the total last, and the target as the line", () => {
    const [chem] = complianceCharts(rows);
    expect(chem).toEqual({
      category: "chem", categoryName: "chem类", target: 0.8,
      bars: [{ district: "昆山", rate: 0.8, met: true }, { district: "太仓", rate: 2 / 3, met: false }, { district: null, rate: 0.75, met: false }],
    });
  });

  it("leaves count targets to the table and draws a rate without a target with no line", () => {
    expect(complianceCharts(rows).map((c) => [c.category, c.target, c.bars.length])).toEqual([["chem", 0.8, 3], ["plain", null, 1]]);
  });
});
