import { MEASURES, type Measure } from "../../../../src/core/explain/enterprises-behind";
import type { Classification, RecordClass } from "../../../../src/core/metrics/classify-records";
import type { RosterRecord } from "../../../../src/core/roster/record";
import { detailRows, figureKey } from "../../../../src/core/report/details/detail-rows";

type Kind = "old" | "new" | "applying" | "neither";

/** A record of one category (index 0) in `district`: attained before this year (old), attained this year (new), applying, or neither. */
function entry(name: string, district: string | null, kind: Kind): RecordClass {
  const attained = kind === "old" || kind === "new";
  return { record: { name } as RosterRecord, district, excluded: null, standings: [{ category: 0, attained, attainedThisYear: kind === "new", applying: kind === "applying", why: attained ? null : "no-grade" }] };
}

// Record order interleaves the kinds, so the layout, not the input, makes each measure contiguous.
const CLASSES: RecordClass[] = [
  entry("a1", "甲", "old"),
  entry("n1", "甲", "new"),
  entry("p1", "甲", "applying"),
  entry("p2", "乙", "applying"),
  entry("x1", "甲", "neither"),
  entry("n2", "甲", "new"),
  { record: { name: "closed" } as RosterRecord, district: "甲", excluded: "out-of-scope", standings: [] },
  entry("n3", "乙", "new"),
  entry("a2", "甲", "old"),
  entry("x2", "乙", "neither"),
];

/** Each figure's names, worked out by hand from the list above. */
const EXPECTED: Record<string, Record<Measure, string[]>> = {
  甲: { base: ["a1", "a2", "n1", "n2", "p1", "x1"], attained: ["a1", "a2", "n1", "n2"], applying: ["p1"], newlyAttained: ["n1", "n2"], attainedOrApplying: ["a1", "a2", "n1", "n2", "p1"], newlyAttainedOrApplying: ["n1", "n2", "p1"] },
  乙: { base: ["n3", "p2", "x2"], attained: ["n3"], applying: ["p2"], newlyAttained: ["n3"], attainedOrApplying: ["n3", "p2"], newlyAttainedOrApplying: ["n3", "p2"] },
  合计: {
    base: ["a1", "a2", "n1", "n2", "n3", "p1", "p2", "x1", "x2"],
    attained: ["a1", "a2", "n1", "n2", "n3"],
    applying: ["p1", "p2"],
    newlyAttained: ["n1", "n2", "n3"],
    attainedOrApplying: ["a1", "a2", "n1", "n2", "n3", "p1", "p2"],
    newlyAttainedOrApplying: ["n1", "n2", "n3", "p1", "p2"],
  },
};

function namesIn(classification: Classification, district: string | null, measure: Measure): string[] | undefined {
  const rows = detailRows(classification, ["c"], [0]);
  const range = rows.ranges.get(figureKey({ district, category: "c", measure }));
  if (!range) return undefined;
  const names: string[] = [];
  for (let i = range.first; i <= range.last; i++) names.push(classification.classes[rows.record[i]].record.name!);
  return names.sort();
}

describe("detailRows (the 明细 layout): every measure of every district and of the total one contiguous range", () => {
  const byDistrict: Classification = { classes: CLASSES, districts: ["甲", "乙"], byDistrict: true };

  it("gives each district's and the total's six measures exactly the hand-worked enterprises", () => {
    for (const district of ["甲", "乙", null]) {
      for (const measure of MEASURES) expect({ district, measure, names: namesIn(byDistrict, district, measure) }).toEqual({ district, measure, names: EXPECTED[district ?? "合计"][measure] });
    }
  });

  it("repeats no row within a group: one row per enterprise of each base, plus the 合计 group's attained and applying once each", () => {
    const rows = detailRows(byDistrict, ["c"], [0]);
    expect(rows.count).toBe(EXPECTED.合计.base.length + EXPECTED.合计.attainedOrApplying.length);
    // The 合计 group (scope = the total's index) holds the total's attained or applying, each once.
    const total = rows.scopes.indexOf(null);
    const repeated: string[] = [];
    for (let i = 0; i < rows.count; i++) if (rows.scope[i] === total) repeated.push(CLASSES[rows.record[i]].record.name!);
    expect(repeated.sort()).toEqual(EXPECTED.合计.attainedOrApplying);
    // This year's come last among a group's attained: 甲's rows open with its earlier certificates.
    expect([0, 1].map((i) => CLASSES[rows.record[i]].record.name).sort()).toEqual(["a1", "a2"]);
  });

  it("without districts the one group is the total's, every measure a range of it", () => {
    const classes = CLASSES.map((c) => ({ ...c, district: null }));
    const plain: Classification = { classes, districts: [], byDistrict: false };
    for (const measure of MEASURES) expect({ measure, names: namesIn(plain, null, measure) }).toEqual({ measure, names: EXPECTED.合计[measure] });
    expect(detailRows(plain, ["c"], [0]).count).toBe(EXPECTED.合计.base.length);
  });

  it("gives a measure no one holds no range (a 0 stays unlinked)", () => {
    const none: Classification = { classes: [entry("a1", "甲", "old"), entry("x1", "甲", "neither")], districts: ["甲"], byDistrict: true };
    expect(namesIn(none, "甲", "newlyAttained")).toBeUndefined();
    expect(namesIn(none, "甲", "applying")).toBeUndefined();
    expect(namesIn(none, "甲", "attainedOrApplying")).toEqual(["a1"]);
  });
});
