import type { Finding } from "../../../src/core/finding/finding";
import type { Classification, RecordClass } from "../../../src/core/metrics/classify-records";
import type { ComplianceRow } from "../../../src/core/metrics/compliance";
import type { Profile } from "../../../src/core/profile/schema";
import { DEFAULT_FONTS } from "../../../src/core/report/report-data";
import { buildWorkListSheets, sheetNameOf } from "../../../src/core/report/worklist-sheet";
import type { RosterRecord } from "../../../src/core/roster/record";
import { workLists } from "../../../src/core/worklist/work-list";

const profile = { id: "p", categories: [{ id: "a", name: "甲类", rate: "creation" }, { id: "b", name: "乙类", rate: "attainment" }] } as unknown as Profile;

function entry(row: number, district: string, standings: [number, "attained" | "applying" | "none"][]): RecordClass {
  const record = { sheet: "S", row, name: `企业${row}`, uscc: null, grade: null, status: null } as unknown as RosterRecord;
  return {
    record, district, excluded: null,
    standings: standings.map(([category, s]) => ({ category, attained: s === "attained", attainedThisYear: false, applying: s === "applying", why: s === "attained" ? null : "no-grade" })),
  };
}

// 东区: 甲 r2 attained, r3 applying, r4 none; 乙 r2 attained, r5 none. 西区: 甲 r6 none (its row is met).
const classification: Classification = {
  classes: [
    { ...entry(2, "东区", [[0, "attained"], [1, "attained"]]) },
    entry(3, "东区", [[0, "applying"]]),
    entry(4, "东区", [[0, "none"]]),
    entry(5, "东区", [[1, "none"]]),
    entry(6, "西区", [[0, "none"]]),
    { ...entry(7, "东区", []), excluded: "out-of-scope" },
  ],
  districts: ["东区", "西区"],
  byDistrict: true,
};

const row = (district: string | null, category: string, categoryName: string, over: Partial<ComplianceRow>): ComplianceRow =>
  ({ district, category, categoryName, base: 0, attained: 0, attainedThisYear: 0, applying: 0, creationRate: null, attainmentRate: null, target: null, targetKind: null, actual: null, met: null, gap: null, overdue: null, ...over }) as ComplianceRow;

const metrics: ComplianceRow[] = [
  // A count target of 5 for 东区 甲类 (creation): 2 counted, 3 short, yet only r4 is not started.
  row("东区", "a", "甲类", { base: 3, attained: 1, applying: 1, target: 5, targetKind: "count", met: false, gap: 3 }),
  row("东区", "b", "乙类", { base: 2, attained: 1, target: 1, targetKind: "rate", met: false, gap: 1 }),
  row("西区", "a", "甲类", { base: 1, met: true, gap: 0 }),
  row(null, "a", "甲类", { base: 4, met: false, gap: 4 }),
];

const finding = (rule: string, r: number): Finding => ({ rule, severity: "warning", sheet: "S", row: r, params: { by: "2024-05-31" } }) as Finding;

describe("workLists", () => {
  const lists = workLists(profile, classification, metrics, [finding("row/application-overdue", 3), finding("row/duplicate-uscc", 4), finding("row/completion-overdue", 99), finding("row/completion-overdue", 6)]);

  it("keeps the district rows that miss (met false), never the total, and districts with a deadline miss", () => {
    expect(lists.map((l) => [l.district, l.gaps.map((g) => g.row.category)])).toEqual([["东区", ["a", "b"]], ["西区", []]]);
  });

  it("splits the base's unattained into 未创建 and 申请创建 in roster order, leaving out the excluded", () => {
    const [a, b] = lists[0].gaps;
    expect([a.notStarted.map((x) => x.entry.record.row), a.applying.map((x) => x.entry.record.row)]).toEqual([[4], [3]]);
    expect([b.notStarted.map((x) => x.entry.record.row), b.applying]).toEqual([[5], []]);
  });

  it("counts as candidates only the 未创建 where applying already counts (creation), every unattained otherwise", () => {
    expect(lists[0].gaps.map((g) => [g.gap, g.candidates])).toEqual([[3, 1], [1, 1]]);
  });

  it("takes only the deadline rules' findings, on rows of the district", () => {
    expect(lists[0].deadlineMisses.map((m) => [m.entry.record.row, m.finding.rule])).toEqual([[3, "row/application-overdue"]]);
    expect(lists[1].deadlineMisses.map((m) => m.entry.record.row)).toEqual([6]);
  });
});

describe("buildWorkListSheets", () => {
  it("warns under the caption when the candidates cannot close the gap", () => {
    const [east] = buildWorkListSheets({ profile, asOf: "2024-12-15", year: 2024, lists: workLists(profile, classification, metrics, []), fonts: DEFAULT_FONTS, lang: "zh-CN" });
    const a = (r: number) => east.cells.find((c) => c.row === r && c.col === 1)?.value;
    expect(east.name).toBe("东区工作清单");
    expect(a(2)).toBe("甲类：底数 3，已达标 1，申请创建 1，目标 5，还差 3 家");
    expect(a(3)).toBe("注意：可争取的企业只有 1 家，少于还差的 3 家，本年目标已无法完成");
  });

  it("writes one sheet saying so when nothing is to chase", () => {
    const specs = buildWorkListSheets({ profile, asOf: "2024-12-15", year: 2024, lists: [], fonts: DEFAULT_FONTS, lang: "en" });
    expect(specs.map((s) => s.name)).toEqual(["Work list"]);
    expect(specs[0].cells[0].value).toBe("As of 2024-12-15: every district meets its targets and no enterprise missed a deadline");
  });
});

describe("sheetNameOf", () => {
  it("replaces the characters Excel refuses in a sheet name and keeps 31 characters", () => {
    // After 一: the five characters ] : * ? \ each become _.
    expect(sheetNameOf("城东/城西[一]:*?\\工作清单")).toBe("城东_城西_一_____工作清单");
    expect(sheetNameOf("甲".repeat(40))).toHaveLength(31);
  });
});

describe("buildWorkListSheets (names)", () => {
  it("gives a suffix to a district whose cut name clashes with another's", () => {
    const long = "长".repeat(31);
    const c: Classification = { classes: [entry(2, `${long}甲`, [[1, "none"]]), entry(3, `${long}乙`, [[1, "none"]])], districts: [`${long}甲`, `${long}乙`], byDistrict: true };
    const m = [row(`${long}甲`, "b", "乙类", { base: 1, target: 1, targetKind: "rate", met: false, gap: 1 }), row(`${long}乙`, "b", "乙类", { base: 1, target: 1, targetKind: "rate", met: false, gap: 1 })];
    const names = buildWorkListSheets({ profile, asOf: "2024-12-15", year: 2024, lists: workLists(profile, c, m, []), fonts: DEFAULT_FONTS, lang: "zh-CN" }).map((s) => s.name);
    expect(names).toEqual([long, `${"长".repeat(28)}(2)`]);
  });
});
