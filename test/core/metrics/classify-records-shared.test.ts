import { classifyRecords, type MetricCategory, type MetricsInput, type NotAttained, type Standing } from "../../../src/core/metrics/classify-records";
import { yearOf } from "../../../src/core/calendar/iso-date";
import { validOn } from "../../../src/core/calendar/validity";
import { holdsValidCertificate, inScope, isApplying, isAttained } from "../../../src/core/metrics/counted-status";
import type { Grade, RosterRecord, Status } from "../../../src/core/roster/record";
import { makeRecord } from "../checks/make-record";

// classifyRecords shares one standings list between records with the same membership array and the
// same grade, certificate, applying and this-year values: it must agree, record by record, with
// standings built afresh for each record, as they were before the sharing.
const categories: MetricCategory[] = [
  { id: "a", name: "A", requiredGrade: 2 },
  { id: "b", name: "B", requiredGrade: 3 },
  { id: "c", name: "C", requiredGrade: 2, gradeCount: "exact" },
  { id: "d", name: "D", requiredGrade: "any" },
  { id: "e", name: "E", requiredGrade: "micro" },
];
const asOf = "2023-12-31";
const year = 2023;

function freshStandings(record: RosterRecord, cats: readonly number[], revoked: boolean): Standing[] {
  const certified = holdsValidCertificate(record, asOf) && !revoked;
  const applying = isApplying(record, year);
  const thisYear = record.issueDate !== null && yearOf(record.issueDate) === year;
  const why = (): NotAttained => {
    if (record.grade === null) return "no-grade";
    if (revoked && holdsValidCertificate(record, asOf)) return "revoked";
    if (!certified) return validOn(record, asOf) === null ? "no-dates" : "lapsed";
    return "grade";
  };
  return cats.map((c) => {
    const attained = isAttained(record, categories[c].requiredGrade, certified, categories[c].gradeCount);
    return { category: c, attained, attainedThisYear: attained && thisYear, applying: !attained && applying, why: attained ? null : why() };
  });
}

describe("classifyRecords' shared standings", () => {
  const grades: (Grade | null)[] = [null, 1, 2, 3, "micro"];
  const statuses: (Status | null)[] = [null, "attained", "applying", "creating", "none"];
  const issues = [null, "2020-01-01", "2021-06-01", "2023-03-01", "2024-02-01"];
  const expiries = [null, "2022-12-31", "2026-12-31"];
  const applyings: RosterRecord["applying"][] = [null, true, false, 2023, 2022];
  const memberships = ["0", "1", "0,1", "2,3,4", "0,1,2,3,4", "3"];
  const records: RosterRecord[] = [];
  let row = 2;
  // Every combination, twice over so that later records hit the lists earlier ones made.
  for (let pass = 0; pass < 2; pass++)
    for (const grade of grades) for (const status of statuses) for (const issueDate of issues) for (const expiryDate of expiries) for (const applying of applyings)
      records.push(makeRecord(row++, { grade, status, issueDate, expiryDate, applying, categories: [memberships[row % memberships.length]] }));
  // One array per combination, as membershipOf hands them back.
  const shared = new Map(memberships.map((m) => [m, m.split(",").map(Number)]));
  const revoked = (r: RosterRecord) => r.row % 7 === 0;
  const input: MetricsInput = { records, categories, membership: (r) => shared.get(r.categories[0])!, districtOf: () => "常熟", districts: ["常熟"], asOf, year, revoked };

  it("gives every record the standings it would get on its own", () => {
    const { classes } = classifyRecords(input);
    expect(classes).toHaveLength(records.length);
    for (const k of classes) {
      if (!inScope(k.record)) continue;
      expect(k.excluded).toBeNull();
      expect([k.record.row, k.standings]).toEqual([k.record.row, freshStandings(k.record, shared.get(k.record.categories[0])!, revoked(k.record))]);
    }
  });

  it("shares lists between records and keeps them from being changed", () => {
    const { classes } = classifyRecords(input);
    const lists = new Set(classes.map((k) => k.standings));
    expect(lists.size).toBeLessThan(classes.length / 4);
    const some = classes.find((k) => k.standings.length > 0)!;
    expect(Object.isFrozen(some.standings)).toBe(true);
    expect(Object.isFrozen(some.standings[0])).toBe(true);
  });

  it("agrees when membership hands back a fresh array for every record (nothing to share by)", () => {
    const fresh = classifyRecords({ ...input, membership: (r) => r.categories[0].split(",").map(Number) });
    const same = classifyRecords(input);
    expect(fresh.classes.map((k) => k.standings)).toEqual(same.classes.map((k) => k.standings));
  });
});
