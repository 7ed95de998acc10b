import { groupRows, type GroupEntry, type GroupItem } from "../../../../src/core/report/details/group-rows";

/** Items of records `ids` at place label 0, standing shown in category 0. */
const at = (ids: number[], label = 0): GroupItem[] => ids.map((record) => ({ record, category: 0, label }));
const entry = (key: string, items: GroupItem[], more: Partial<GroupEntry> = {}): GroupEntry => ({ key, scope: 0, family: "row", total: true, parts: 1, items, ...more });

/** The records a figure's range holds, sorted. */
function recordsOf(block: ReturnType<typeof groupRows>, key: string): number[] {
  const r = block.ranges.get(key)!;
  return block.record.slice(r.first, r.last + 1).sort((a, b) => a - b);
}

describe("groupRows (the 明细 block of group figures)", () => {
  it("lays a 附件2 row's 企业总数 out as [标杆 only][标杆 and 提升][提升 only][the rest], so all three are ranges of the same rows", () => {
    // Worked by hand: total 1–8, 标杆 {2, 5, 7}, 提升 {5, 6, 7, 8}: rows 2 | 5 7 | 6 8 | 1 3 4.
    const block = groupRows([entry("benchmark", at([2, 5, 7])), entry("total", at([1, 2, 3, 4, 5, 6, 7, 8])), entry("upgraded", at([5, 6, 7, 8]))]);
    expect(block.record).toEqual([2, 5, 7, 6, 8, 1, 3, 4]);
    expect(block.ranges.get("total")).toEqual({ first: 0, last: 7 });
    expect(block.ranges.get("benchmark")).toEqual({ first: 0, last: 2 });
    expect(block.ranges.get("upgraded")).toEqual({ first: 1, last: 4 });
  });

  it("gives a stage's districts their rows (attained first), the total's base their union and the total's attained rows of its own", () => {
    const d = (key: string, scope: number, items: GroupItem[]) => entry(key, items, { scope, total: false, family: "stage" });
    const t = (key: string, items: GroupItem[]) => entry(key, items, { scope: 2, family: "stage", parts: 2 });
    const block = groupRows([
      d("a base", 0, [...at([1, 2]), ...at([2], 1)]), d("a attained", 0, at([2], 1)),
      d("b base", 1, at([3, 4])), d("b attained", 1, at([4])),
      t("total base", [...at([1, 2]), ...at([2], 1), ...at([3, 4])]), t("total attained", [...at([2], 1), ...at([4])]),
    ]);
    // Record 2 is in both of district a's categories (labels 0 and 1): twice, as the sum counts it.
    expect(recordsOf(block, "a base")).toEqual([1, 2, 2]);
    expect(block.ranges.get("a attained")).toEqual({ first: 0, last: 0 });
    expect(block.ranges.get("total base")).toEqual({ first: 0, last: 4 });
    expect(recordsOf(block, "total attained")).toEqual([2, 4]);
    // Only the total's attained is repeated: 5 shared rows, then its 2.
    expect(block.record).toHaveLength(7);
    expect(block.scope.slice(5)).toEqual([2, 2]);
  });

  it("gives a figure that overlaps without nesting rows of its own, so each range still holds exactly its members", () => {
    const block = groupRows([entry("p", at([1, 2, 3])), entry("q", at([3, 4])), entry("r", at([1, 4])), entry("s", at([2, 4]))]);
    for (const [key, ids] of [["p", [1, 2, 3]], ["q", [3, 4]], ["r", [1, 4]], ["s", [2, 4]]] as const) expect({ key, records: recordsOf(block, key) }).toEqual({ key, records: ids });
  });

  it("links no range to a figure with no members", () => {
    expect(groupRows([entry("none", [])]).ranges.has("none")).toBe(false);
  });
});
