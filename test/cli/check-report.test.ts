import { findingJson, writeCheckJson, type CheckReport } from "../../src/cli/check-report";
import type { Finding } from "../../src/core/finding/finding";

function report(): CheckReport {
  return {
    file: 'a "quoted" \n path.xlsx',
    profile: "suzhou-2022",
    year: 2023,
    asOf: "2023-12-31",
    findings: [],
    metrics: [{ district: "常熟", base: 3, rate: null }],
    indicators: [],
    rosters: [{ sheet: "台账", records: 2, subtotals: 0, district: null }],
    sectorRows: [],
    summary: { errors: 1, warnings: 1, infos: 0 },
  };
}

function finding(i: number): Finding {
  return { rule: "uscc/length", severity: i % 2 ? "warning" : "error", sheet: "台账", row: i + 2, column: "C", cell: `C${i + 2}`, params: { name: `企业"${i}"\n`, row: i + 2, value: "X", expected: "", length: 1 }, expected: { list: [1, 2] }, actual: "X" };
}

/** What `out` received, as the one text io.out would have printed (each call ends with a newline). */
function written(findings: Finding[]): string {
  let text = "";
  writeCheckJson(report(), findings, "zh-CN", (lines) => (text += lines + "\n"));
  return text;
}

describe("writeCheckJson", () => {
  it.each([0, 1, 2, 999, 1000, 1001, 2500])("prints, with %i findings, exactly JSON.stringify(report, null, 2) and a newline", (n) => {
    const findings = Array.from({ length: n }, (_, i) => finding(i));
    const whole = { ...report(), findings: findings.map((f) => findingJson(f, "zh-CN")) };
    expect(written(findings)).toBe(JSON.stringify(whole, null, 2) + "\n");
  });

  it("hands the findings over in chunks, not as one text", () => {
    const calls: string[] = [];
    writeCheckJson(report(), Array.from({ length: 2500 }, (_, i) => finding(i)), "zh-CN", (lines) => calls.push(lines));
    // The head, three chunks of at most 1,000 findings, the tail.
    expect(calls).toHaveLength(5);
  });
});
