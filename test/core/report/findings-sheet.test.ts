import type { Finding } from "../../../src/core/finding/finding";
import { findBuiltinProfile } from "../../../src/core/profile";
import { buildFindingsSheet } from "../../../src/core/report/findings-sheet";
import { DEFAULT_FONTS, type ReportData } from "../../../src/core/report/report-data";

const suzhou = findBuiltinProfile("suzhou-2022")!;
const findings: Finding[] = [
  { rule: "uscc/check-digit", severity: "error", sheet: "企业 台账", row: 16, column: "C", cell: "C16", params: { row: 16, name: "甲", value: "X", expected: "J" }, expected: "J", actual: "0" },
  { rule: "cert/validity-span", severity: "warning", sheet: "企业 台账", row: 6, column: "I", cell: "I6", params: { row: 6, name: "戊", issue: "2022-03-01", expiry: "2024-03-01", expected: "2025-03-01" }, expected: "2025-03-01", actual: "2024-03-01" },
];
const data = (mode: ReportData["findingsSource"], list = findings): ReportData => ({
  profile: suzhou, year: 2022, asOf: "2022-10-01", metrics: [], findings: list, findingsSource: mode, fonts: DEFAULT_FONTS,
});

describe("buildFindingsSheet", () => {
  it("writes one row per finding with rule, severity, message, expected and actual", () => {
    const spec = buildFindingsSheet(data({ mode: "internal" }));
    const row2 = spec.cells.filter((c) => c.row === 2).map((c) => c.value);
    expect(row2).toEqual(["企业 台账!C16", "企业 台账", "C16", "错误", "uscc/check-digit", expect.stringContaining("校验位不符"), "J", "0"]);
    expect(spec.cells.filter((c) => c.row === 3 && c.col === 4)[0].value).toBe("警告");
  });

  it("links each location to its cell when the cell is in the same workbook", () => {
    const spec = buildFindingsSheet(data({ mode: "internal" }));
    expect(spec.cells.find((c) => c.row === 2 && c.col === 1)?.link).toBe("#'企业 台账'!C16");
  });

  it("names the source file and cell in text when the sheet goes to a separate workbook", () => {
    const spec = buildFindingsSheet(data({ mode: "external", file: "台账.xlsx" }));
    const loc = spec.cells.find((c) => c.row === 2 && c.col === 1)!;
    expect(loc.value).toBe("台账.xlsx › 企业 台账!C16");
    expect(loc.link).toBeUndefined();
  });

  it("is an Excel table with autofilter over the header and every finding", () => {
    const spec = buildFindingsSheet(data({ mode: "internal" }));
    expect(spec.tables).toEqual([{ name: "anbiao_findings", area: { top: 1, left: 1, bottom: 3, right: 8 }, autoFilter: true }]);
    expect(spec.freeze).toEqual({ rows: 1, columns: 0 });
  });

  it("says so when there is nothing to report, keeping a valid table", () => {
    const spec = buildFindingsSheet(data({ mode: "internal" }, []));
    expect(spec.cells.find((c) => c.row === 2)?.value).toBe("未发现问题");
    expect(spec.tables[0].area.bottom).toBe(2);
  });

  it("gives each row the height its wrapped message needs", () => {
    const spec = buildFindingsSheet(data({ mode: "internal" }));
    expect(spec.rowHeights[2]).toBeGreaterThan(15);
  });
});
