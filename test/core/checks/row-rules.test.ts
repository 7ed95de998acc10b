import { checkRows, rowRules } from "../../../src/core/checks/row-rules";
import { duplicateEnterprise } from "../../../src/core/checks/rows/duplicate-enterprise";
import { usccFormat } from "../../../src/core/checks/rows/uscc-format";
import { missingField } from "../../../src/core/checks/rows/missing-field";
import { unknownDistrict } from "../../../src/core/checks/rows/unknown-district";
import { gradeStatus } from "../../../src/core/checks/rows/grade-status";
import { gradeBelowRequired } from "../../../src/core/checks/rows/grade-below-required";
import { certificateDates } from "../../../src/core/checks/rows/certificate-dates";
import { closedCounted } from "../../../src/core/checks/rows/closed-counted";
import { subtotalMismatch } from "../../../src/core/checks/rows/subtotal-mismatch";
import { unreadableCell } from "../../../src/core/checks/rows/unreadable-cell";
import { hasMessage } from "../../../src/core/i18n/translate";
import { context, makeRecord } from "./make-record";

const VALID = "91320500100079190B";
const rules = (fs: { rule: string }[]) => fs.map((f) => f.rule);

describe("duplicateEnterprise (row/duplicate-uscc, row/duplicate-name)", () => {
  it("flags every copy of a USCC and names the other rows", () => {
    const recs = [makeRecord(5, { uscc: VALID }), makeRecord(6), makeRecord(9, { uscc: VALID }), makeRecord(12, { uscc: VALID })];
    const found = duplicateEnterprise.check(context(recs));
    expect(found.map((f) => [f.rule, f.cell, f.actual])).toEqual([
      ["row/duplicate-uscc", "C5", "台账!9、台账!12"],
      ["row/duplicate-uscc", "C9", "台账!5、台账!12"],
      ["row/duplicate-uscc", "C12", "台账!5、台账!9"],
    ]);
  });

  it("flags the same name in the same district only when neither row has a USCC", () => {
    const recs = [
      makeRecord(5, { name: "苏州恒通（集团）有限公司" }),
      makeRecord(6, { name: "苏州恒通(集团)有限公司 " }),
      makeRecord(7, { name: "苏州恒通(集团)有限公司", district: "昆山" }),
    ];
    const found = duplicateEnterprise.check(context(recs));
    expect(found.map((f) => [f.rule, f.row])).toEqual([["row/duplicate-name", 5], ["row/duplicate-name", 6]]);
  });
});

describe("usccFormat (uscc/*)", () => {
  it.each([
    ["91320500100079190", "uscc/length", "error"],
    ["91320500100079I90B", "uscc/i-for-one", "error"],
    ["9132O500100079190B", "uscc/o-for-zero", "error"],
    ["91320500100079190S", "uscc/alphabet", "error"],
    ["91320500100079190C", "uscc/check-digit", "error"],
    ["91440300100079190C", "uscc/check-digit-pilot", "warning"],
  ])("flags %s as %s (%s)", (uscc, rule, severity) => {
    const [f] = usccFormat.check(context([makeRecord(4, { uscc })]));
    expect(f.rule).toBe(rule);
    expect(f.severity).toBe(severity);
    expect(f.cell).toBe("C4");
  });

  it("offers the corrected code for O typed for 0 without fixing the record", () => {
    const rec = makeRecord(4, { uscc: "9132O500100079190B" });
    const [f] = usccFormat.check(context([rec]));
    expect(f.expected).toBe(VALID);
    expect(rec.uscc).toBe("9132O500100079190B");
  });

  it("accepts a valid code", () => {
    expect(usccFormat.check(context([makeRecord(4, { uscc: VALID })]))).toEqual([]);
  });
});

describe("missingField (row/missing-field)", () => {
  it("flags each required field left empty, but not a cell that failed to parse", () => {
    const recs = [
      makeRecord(5, { name: null, categories: [] }),
      makeRecord(6, { status: null, problems: [{ field: "status", column: "G", raw: "待定", expected: "status" }] }),
    ];
    const found = missingField.check(context(recs));
    expect(found.map((f) => [f.row, f.params.field])).toEqual([[5, "name"], [5, "category"]]);
  });

  it("counts a true yes/no category column as a category", () => {
    expect(missingField.check(context([makeRecord(5, { categories: [], flags: { 两重点一重大: true } })]))).toEqual([]);
  });
});

describe("unknownDistrict (row/unknown-district)", () => {
  it("suggests the nearest district name", () => {
    const [f] = unknownDistrict.check(context([makeRecord(8, { district: "昆仙" })]));
    expect(f).toMatchObject({ rule: "row/unknown-district", cell: "D8", expected: "昆山", actual: "昆仙" });
  });

  it("says so without a hint when nothing is near", () => {
    expect(unknownDistrict.check(context([makeRecord(8, { district: "南京" })]))[0].rule).toBe("row/unknown-district-no-hint");
  });
});

describe("gradeStatus (row/attained-without-grade, row/grade-without-attainment)", () => {
  it("flags 已达标 without a grade and a grade with 未创建", () => {
    const found = gradeStatus.check(context([makeRecord(3, { grade: null }), makeRecord(4, { status: "none", grade: 3 }), makeRecord(5)]));
    expect(found.map((f) => [f.rule, f.severity, f.row])).toEqual([["row/attained-without-grade", "error", 3], ["row/grade-without-attainment", "warning", 4]]);
  });
});

describe("gradeBelowRequired (row/grade-below-required)", () => {
  it("is an error when the grade meets none of the row's categories", () => {
    const [f] = gradeBelowRequired.check(context([makeRecord(7, { categories: ["化工重点监测点企业"], grade: 3 })]));
    expect(f).toMatchObject({ severity: "error", cell: "F7", expected: "二级", actual: "三级" });
  });

  it("is a warning when the grade still serves another category of the row", () => {
    const [f] = gradeBelowRequired.check(context([makeRecord(7, { categories: ["化工重点监测点企业", "非工贸重点领域规上企业"], grade: 3 })]));
    expect(f.severity).toBe("warning");
    expect(f.params.categories).toBe("化工重点监测点企业");
  });

  it("accepts a better grade than required", () => {
    expect(gradeBelowRequired.check(context([makeRecord(7, { categories: ["非工贸重点领域规上企业"], grade: 1 })]))).toEqual([]);
  });
});

describe("certificateDates (cert/*)", () => {
  it("flags an expired certificate still marked attained", () => {
    const [f] = certificateDates.check(context([makeRecord(9, { issueDate: "2019-05-01", expiryDate: "2022-04-30" })]));
    expect(f).toMatchObject({ rule: "cert/expired", cell: "I9", actual: "2022-04-30" });
  });

  it("derives validity from the issue date when no expiry is given", () => {
    const found = certificateDates.check(context([makeRecord(9, { issueDate: "2019-09-30", expiryDate: null }), makeRecord(10, { issueDate: "2019-10-02", expiryDate: null })]));
    expect(found.map((f) => [f.rule, f.row])).toEqual([["cert/expired", 9]]);
  });

  it("flags an expiry that is not 3 years after issue, accepting the day before the anniversary", () => {
    const found = certificateDates.check(context([
      makeRecord(3, { issueDate: "2022-03-01", expiryDate: "2025-03-01" }),
      makeRecord(4, { issueDate: "2022-03-01", expiryDate: "2025-02-28" }),
      makeRecord(5, { issueDate: "2022-03-01", expiryDate: "2024-03-01" }),
    ]));
    expect(found.map((f) => [f.rule, f.row, f.expected])).toEqual([["cert/validity-span", 5, "2025-03-01"]]);
  });

  it("flags an issue date after the as-of date and an expiry before the issue", () => {
    const found = certificateDates.check(context([
      makeRecord(3, { issueDate: "2022-12-01", expiryDate: "2025-11-30" }),
      makeRecord(4, { issueDate: "2022-03-01", expiryDate: "2021-03-01" }),
    ]));
    expect(rules(found)).toEqual(["cert/issue-in-future", "cert/expiry-before-issue", "cert/expired"]);
  });
});

describe("closedCounted (row/closed-counted)", () => {
  it("flags a closed enterprise still marked applying this year or counted in the base", () => {
    const found = closedCounted.check(context([
      makeRecord(3, { status: "closed", applying: 2022 }),
      makeRecord(4, { status: "deregistered", flags: { 纳入底数: true } }),
      makeRecord(5, { status: "closed", applying: 2021 }),
      makeRecord(6, { status: "applying", applying: true }),
    ]));
    expect(found.map((f) => f.row)).toEqual([3, 4]);
  });
});

describe("subtotalMismatch (subtotal/mismatch)", () => {
  it("flags a 小计 whose stated count differs from the records it closes", () => {
    const recs = [makeRecord(4), makeRecord(5), makeRecord(6)];
    const found = subtotalMismatch.check(context(recs, {
      subtotals: [
        { sheet: "台账", row: 7, kind: "subtotal", district: "常熟", from: 4, to: 6, stated: 4, column: "B" },
        { sheet: "台账", row: 8, kind: "total", district: null, from: 4, to: 6, stated: 3, column: "B" },
      ],
    }));
    expect(found.map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([["subtotal/mismatch", "B7", 3, 4]]);
  });
});

describe("unreadableCell (cell/unreadable)", () => {
  it("reports the raw text at its own cell", () => {
    const [f] = unreadableCell.check(context([makeRecord(6, { problems: [{ field: "issueDate", column: "H", raw: "去年三月", expected: "date" }] })]));
    expect(f).toMatchObject({ cell: "H6", actual: "去年三月", expected: "date" });
  });
});

describe("checkRows", () => {
  it("runs the catalog in order and every rule's message exists in the catalog", () => {
    const recs = [makeRecord(3, { grade: null, uscc: "123" }), makeRecord(4, { name: null })];
    const found = checkRows(context(recs));
    expect(rules(found)).toEqual(["row/missing-field", "uscc/length", "row/attained-without-grade"]);
    for (const f of found) expect(hasMessage(f.rule)).toBe(true);
    expect(rowRules.length).toBeGreaterThanOrEqual(10);
  });
});
