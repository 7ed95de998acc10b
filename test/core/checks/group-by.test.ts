import { groupBy } from "../../../src/core/checks/rows/duplicate-enterprise";
import type { RosterRecord } from "../../../src/core/roster/record";
import { makeRecord } from "./make-record";

// groupBy finds repeated keys with a set, then groups only those: it must give the groups a single
// map pass gives (groups in the order of their second copy, copies in record order), nulls skipped.
function reference(records: readonly RosterRecord[], key: (r: RosterRecord) => string | null): RosterRecord[][] {
  const byKey = new Map<string, RosterRecord[]>();
  const groups: RosterRecord[][] = [];
  for (const r of records) {
    const k = key(r);
    if (k === null) continue;
    const g = byKey.get(k);
    if (g === undefined) byKey.set(k, [r]);
    else {
      g.push(r);
      if (g.length === 2) groups.push(g);
    }
  }
  return groups;
}

describe("groupBy", () => {
  const rows = (groups: RosterRecord[][]) => groups.map((g) => g.map((r) => r.row));
  const byUscc = (r: RosterRecord) => r.uscc;

  it("gives nothing when every key is unique or null", () => {
    const recs = [makeRecord(2, { uscc: "A" }), makeRecord(3, { uscc: null }), makeRecord(4, { uscc: "B" }), makeRecord(5, { uscc: null })];
    expect(groupBy(recs, byUscc)).toEqual([]);
  });

  it("orders groups by their second copy, whatever the first", () => {
    const keys = ["A", "B", "C", "B", "A", null, "C", "A", "", ""];
    const recs = keys.map((uscc, i) => makeRecord(i + 2, { uscc }));
    expect(rows(groupBy(recs, byUscc))).toEqual([[3, 5], [2, 6, 9], [4, 8], [10, 11]]);
  });

  it("agrees with one map pass over many keys, repeats and nulls", () => {
    let seed = 11;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const recs = Array.from({ length: 5000 }, (_, i) => makeRecord(i + 2, { uscc: next(10) === 0 ? null : `K${next(3000)}` }));
    expect(rows(groupBy(recs, byUscc))).toEqual(rows(reference(recs, byUscc)));
  });
});
