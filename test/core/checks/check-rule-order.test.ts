import { checkRule, inRowOrder } from "../../../src/core/checks/row-rules";
import type { RowRule } from "../../../src/core/checks/row-rule";
import type { Finding } from "../../../src/core/finding/finding";
import { context } from "./make-record";

// checkRule skips its sort when a rule's findings already come by row: it must order exactly as the
// stable sort by row does, whether they came ordered or not, rows missing (as 0) and ties included.
const f = (row: number | undefined, tag: string): Finding => ({ rule: `r/${tag}`, severity: "error", row, params: {} });
const sorted = (fs: Finding[]) => [...fs].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
const ruleOf = (fs: Finding[]): RowRule => ({ id: "r", check: () => [...fs] });

describe("checkRule's order", () => {
  const lists: Finding[][] = [
    [],
    [f(5, "a")],
    [f(2, "a"), f(2, "b"), f(3, "c"), f(9, "d")],
    [f(undefined, "a"), f(0, "b"), f(1, "c")],
    [f(3, "a"), f(2, "b")],
    [f(4, "a"), f(undefined, "b"), f(4, "c"), f(1, "d"), f(4, "e")],
    [f(7, "a"), f(7, "b"), f(6, "c"), f(7, "d")],
  ];

  it.each(lists.map((l, i) => [i, l] as const))("list %i comes out as the stable sort by row leaves it", (_, list) => {
    expect(checkRule(ruleOf(list), context([])).map((x) => x.rule)).toEqual(sorted(list).map((x) => x.rule));
  });

  it("tells ordered lists from unordered ones", () => {
    expect(lists.map(inRowOrder)).toEqual([true, true, true, true, false, false, false]);
  });
});
