import { statedSubtotals } from "../../../src/core/campaign/stated-subtotals";
import type { RosterReadResult, SubtotalRow } from "../../../src/core/roster/types";
import { makeRecord } from "../checks/make-record";

// statedSubtotals looks for the first record row only when the sheet has 小计/合计 rows: with them,
// a total still closes every record from the least record row, wherever that record sits in the list.
function roster(rows: number[], subtotals: SubtotalRow[]): RosterReadResult {
  return { sheet: "台账", records: rows.map((r) => makeRecord(r)), subtotals } as unknown as RosterReadResult;
}

describe("statedSubtotals", () => {
  it("gives nothing for a sheet without 小计/合计 rows", () => {
    expect(statedSubtotals(roster([5, 6, 7], []))).toEqual([]);
  });

  it("closes a subtotal's records since the previous one and a total's from the first record row", () => {
    const subs: SubtotalRow[] = [
      { row: 8, label: "常熟小计", kind: "subtotal", district: "常熟", values: { B: "常熟小计", C: "3家" } },
      { row: 11, label: "合计", kind: "total", values: { B: "合计" } },
    ];
    // Records listed out of row order: the first record row is the least, not the first listed.
    const out = statedSubtotals(roster([6, 5, 7, 9, 10], subs));
    expect(out.map((s) => [s.kind, s.from, s.to, s.stated, s.district])).toEqual([
      ["subtotal", 5, 7, 3, "常熟"],
      ["total", 5, 10, null, null],
    ]);
  });

  it("starts at row 0 for a sheet whose subtotals close no records", () => {
    const out = statedSubtotals(roster([], [{ row: 4, label: "合计", kind: "total", values: { B: "合计" } }]));
    expect([out[0].from, out[0].to]).toEqual([0, 3]);
  });
});
