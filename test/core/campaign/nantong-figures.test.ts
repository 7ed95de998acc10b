import { analyzeRosters, type RosterAnalysis } from "../../../src/core/campaign/analyze-rosters";
import { findBuiltinProfile } from "../../../src/core/profile";
import { readXlsxBytes } from "../../../src/xlsx/read-bytes";
import { AS_OF, nantongExpected, type NtExpected } from "./fixtures/nantong-expected";
import { ENTERPRISES, MESSY_COLUMNS, nantongMessyBytes, nantongPlainBytes, WRONG_SUBTOTAL_DISTRICT } from "./fixtures/nantong-roster";

const nantong = findBuiltinProfile("nantong-2018")!;
const expected = nantongExpected(ENTERPRISES);
const options = { asOf: AS_OF, year: 2019 };
/** A rule's family: the unknown-district rule says whether it has a suggestion in its name's tail. */
const family = (rule: string) => (rule.startsWith("row/unknown-district") ? "row/unknown-district" : rule);
let messy: RosterAnalysis;
let plain: RosterAnalysis;

beforeAll(async () => {
  messy = analyzeRosters(await readXlsxBytes(await nantongMessyBytes(), "南通台账.xlsx"), nantong, options);
  plain = analyzeRosters(await readXlsxBytes(await nantongPlainBytes(), "南通名单.xlsx"), nantong, options);
});

type Figures = Map<string, NtExpected>;

/** The engine's figures in the expected shape, by district ("合计" for the city). */
function figuresOf(a: RosterAnalysis): Figures {
  const out: Figures = new Map();
  const at = (d: string | null) => {
    const key = d ?? "合计";
    if (!out.has(key)) out.set(key, { categories: {} as NtExpected["categories"], audit: { count: -1, denominator: -1 }, rectified: { count: -1, denominator: -1 } });
    return out.get(key)!;
  };
  for (const m of a.metrics) {
    if (m.category === "micro-attainment") continue;
    at(m.district).categories[m.category as keyof NtExpected["categories"]] = { base: m.base, attained: m.attained, applying: m.applying };
  }
  for (const r of a.indicators) {
    const share = { count: r.count, denominator: r.denominator ?? -1 };
    if (r.indicator === "grade-3-audited") at(r.district).audit = share;
    if (r.indicator === "rectified") at(r.district).rectified = share;
  }
  // Districts without any enterprise of the fixture have all-zero rows in the engine: compare those that have some.
  for (const key of [...out.keys()]) if (!expected.has(key)) out.delete(key);
  return out;
}

describe("Nantong figures on a roster as bureaus keep it (worked out from the enterprise list, not by the engine)", () => {
  it("reads every enterprise of the three sheets, under the two-row header, and no 小计 row as one", () => {
    expect(messy.read.rosters.map((r) => r.sheet)).toEqual(["台账", "海安县", "启东市"]);
    expect(messy.read.rosters.reduce((n, r) => n + r.records.length, 0)).toBe(ENTERPRISES.length);
    const mapping = messy.read.rosters[0].mapping.fields;
    expect(Object.keys(mapping)).toEqual(expect.arrayContaining(["name", "uscc", "district", "scale", "grade", "issueDate", "status", "audited", "audit-date", "rectified"]));
    expect(MESSY_COLUMNS).toHaveLength(13);
  });

  it("gives every district × category count and every audit and rectification share as worked out", () => {
    expect(figuresOf(messy)).toEqual(expected);
  });

  it("makes 合计 the sum of the district rows: counts and shares over the same enterprises", () => {
    const total = expected.get("合计")!;
    const districts = [...expected.entries()].filter(([k]) => k !== "合计").map(([, v]) => v);
    const sum = (f: (x: NtExpected) => number) => districts.reduce((s, x) => s + f(x), 0);
    expect(total.categories["above-scale"].base).toBe(sum((x) => x.categories["above-scale"].base));
    expect(total.audit).toEqual({ count: sum((x) => x.audit.count), denominator: sum((x) => x.audit.denominator) });
    const city = messy.metrics.find((m) => m.district === null && m.category === "above-scale")!;
    const rows = messy.metrics.filter((m) => m.district !== null && m.category === "above-scale");
    expect(city.base).toBe(rows.reduce((s, m) => s + m.base, 0));
    expect(city.attainmentRate).toBeCloseTo(rows.reduce((s, m) => s + m.attained, 0) / city.base, 12);
  });

  it("counts 二级 alone: a 一级 enterprise is in the 一级 figures only", () => {
    const haian = messy.metrics.find((m) => m.district === "海安县" && m.category === "grade-2")!;
    expect(haian.base).toBe(expected.get("海安县")!.categories["grade-2"].base);
    const grade1 = ENTERPRISES.filter((e) => e.district === "海安县" && e.grade === 1).length;
    expect(grade1).toBe(1);
    expect(haian.base).toBe(ENTERPRISES.filter((e) => e.district === "海安县" && e.grade === 2).length);
  });

  it("finds exactly the planted anomalies, each at its row, and nothing on a clean row", () => {
    const planted = ENTERPRISES.filter((e) => e.planted).map((e) => [e.planted!.rule, e.name]);
    const nameAt = new Map(messy.read.rosters.flatMap((r) => r.records.map((rec) => [`${rec.sheet}!${rec.row}`, rec.name])));
    const found = messy.findings.filter((f) => f.rule !== "subtotal/mismatch").map((f) => [family(f.rule), nameAt.get(`${f.sheet}!${f.row}`)]);
    expect(found.sort()).toEqual(planted.sort());
    const subtotals = messy.findings.filter((f) => f.rule === "subtotal/mismatch");
    expect(subtotals).toHaveLength(1);
    const sheet = messy.read.rosters[0];
    const lastHaimen = sheet.records.filter((r) => ENTERPRISES.find((e) => e.name === r.name)?.district === WRONG_SUBTOTAL_DISTRICT).pop()!;
    expect(subtotals[0].row).toBe(lastHaimen.row + 1);
  });

  it("gives the same figures from a plain one-sheet copy of the same enterprises", () => {
    expect(figuresOf(plain)).toEqual(expected);
    const planted = ENTERPRISES.filter((e) => e.planted).map((e) => e.planted!.rule).sort();
    expect(plain.findings.map((f) => family(f.rule)).sort()).toEqual(planted);
  });
});
