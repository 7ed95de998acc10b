import { ExcelPort } from "../../src/excel/excel-port";
import type { Finding, Severity } from "../../src/core/finding/finding";
import { FakeExcel } from "../fakes/excel/fake-excel";
import { fakeHost } from "../fakes/excel/fake-host";
import { bigRosterGrid } from "./fixtures/big-roster";

const RULES: [string, Severity][] = [
  ["row/uscc-format", "error"], ["row/duplicate-enterprise", "error"], ["row/unknown-district", "warning"],
  ["row/certificate-dates", "warning"], ["row/grade-status", "warning"], ["row/missing-field", "info"],
];

/** 5,000 findings over rows 3…20,002 of 台账, spread over six rules and three severities. */
function findings(): Finding[] {
  return Array.from({ length: 5_000 }, (_, i) => {
    const [rule, severity] = RULES[i % RULES.length];
    return { rule, severity, sheet: "台账", row: 3 + ((i * 4) % 20_000), params: {} };
  });
}

function roster(): FakeExcel {
  const fake = new FakeExcel({ level: "1.7" });
  fake.seedGrid(bigRosterGrid(20_000));
  // The user's own conditional format must survive flags and their removal.
  fake.sheet("台账").conditionalFormats.push({ id: "{user-cf}", area: { top: 3, left: 1, bottom: 20_002, right: 1 }, formula: "=A3>100", fill: "#00FF00" });
  return fake;
}

describe("ExcelPort.addFlags / clearFlags", () => {
  it("flags 5,000 findings in at most 3 syncs with one conditional format per rule and severity (≤ 20)", async () => {
    const fake = roster();
    const result = await new ExcelPort(fakeHost(fake)).addFlags("台账", [...findings(), { rule: "x/y", severity: "error", sheet: "别的表", row: 3, params: {} }]);
    expect(fake.syncs.length).toBeLessThanOrEqual(3);
    const added = fake.sheet("台账").conditionalFormats.filter((cf) => cf.id !== "{user-cf}");
    expect(added).toHaveLength(RULES.length);
    expect(added.length).toBeLessThanOrEqual(20);
    expect(result).toEqual({ sheet: "台账", rows: 5_000, formats: RULES.length, ignored: 1 });
    // Whole rows of the used columns, from the first flagged row (3) to the last (3 + 4,999 × 4 mod 20,000 = 19,999).
    expect(added[0].area).toEqual({ top: 3, left: 1, bottom: 19_999, right: 18 });
  });

  it("writes the flag codes to a very hidden helper sheet, never to the user's cells", async () => {
    const fake = roster();
    const before = JSON.stringify(fake.sheet("台账").rows);
    await new ExcelPort(fakeHost(fake)).addFlags("台账", findings());
    expect(JSON.stringify(fake.sheet("台账").rows)).toBe(before);
    const helper = fake.sheet("anbiao_flags");
    expect(helper.visibility).toBe("VeryHidden");
    // Codes go infos first, then warnings, then errors (so errors are added last and paint on top):
    // missing-field 1, the three warnings 2–4, uscc-format 5, duplicate 6. Row 3 holds finding 0 (uscc-format).
    expect(helper.value(2, 0)).toBe("|5|");
    const first = fake.sheet("台账").conditionalFormats.find((cf) => cf.id !== "{user-cf}");
    expect(first?.formula).toMatch(/^=ISNUMBER\(SEARCH\("\|\d\|",'anbiao_flags'!\$A3\)\)$/);
  });

  it("clear removes exactly what was added: the user's format stays, the helper sheet and the record go", async () => {
    const fake = roster();
    const port = new ExcelPort(fakeHost(fake));
    await port.addFlags("台账", findings());
    await port.addFlags("台账", findings().slice(0, 10));
    expect(fake.sheet("台账").conditionalFormats.filter((cf) => cf.id !== "{user-cf}")).toHaveLength(RULES.length);
    expect(await port.clearFlags("台账")).toBe(1);
    expect(fake.sheet("台账").conditionalFormats.map((cf) => cf.id)).toEqual(["{user-cf}"]);
    expect(fake.model.byName("anbiao_flags")).toBeNull();
    expect(fake.model.settings.size).toBe(0);
    expect((await port.listSheets()).map((s) => s.name)).toEqual(["台账"]);
  });
});
