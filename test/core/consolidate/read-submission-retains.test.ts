import { readSubmission } from "../../../src/core/consolidate/read-submission";
import type { CellValue, Grid } from "../../../src/core/grid/grid";
import { findBuiltinProfile } from "../../../src/core/profile/builtin";
import type { Profile } from "../../../src/core/profile/schema";
import { validUscc } from "../../cli/fixtures/district/fill-returns";

// `anbiao consolidate` reads one file at a time and keeps only its Submission: for memory to grow
// with the records kept and not with the files' cells, a Submission must hold nothing of the grids
// it was read from, and its size must not depend on how many cells the sheet had.
const profile = findBuiltinProfile("changshu-2019") as Profile;
const period = { year: 2019, asOf: "2019-10-01" };
const HEADERS = ["序号", "企业名称", "统一社会信用代码", "所在地区", "类别", "标准化等级", "状态", "证书编号", "发证日期"];

/** A 板块's roster of `rows` enterprises, with `padding` columns of notes after the roster's (cells nothing reads). */
function roster(rows: number, padding: number): Grid {
  const values: CellValue[][] = [[...HEADERS, ...Array.from({ length: padding }, (_, i) => `备注${i + 1}`)]];
  for (let r = 1; r <= rows; r++) {
    const graded = r % 3 === 0;
    const row: CellValue[] = [r, `常熟测试${r}有限公司`, validUscc(`91320581MA${String(100000 + r).padStart(7, "0")}`), "梅李镇", "小微企业", graded ? "小微" : "", graded ? "已达标" : "未创建", graded ? `AQB${r}` : "", graded ? "2018-06-30" : ""];
    for (let i = 0; i < padding; i++) row.push(`第${r}行备注文字${i}`);
    values.push(row);
  }
  return { name: "梅李镇", origin: { row: 1, col: 1 }, values };
}

/** Every object and array reachable from a value (strings and numbers are not objects). */
function reachable(root: unknown): Set<object> {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== "object" || seen.has(v)) continue;
    seen.add(v);
    if (v instanceof Map) for (const [k, x] of v) stack.push(k, x);
    else if (v instanceof Set) for (const x of v) stack.push(x);
    else for (const x of Object.values(v)) stack.push(x);
  }
  return seen;
}

/** Characters of every string reachable: a measure of what a Submission holds that does not depend on the engine's object layout. */
function heldChars(root: unknown): number {
  let n = 0;
  for (const o of reachable(root)) for (const x of Object.values(o)) if (typeof x === "string") n += x.length;
  return n;
}

describe("readSubmission (what a consolidation keeps of a file)", () => {
  it("holds no part of the grids it read: not the grid, its rows or any row", () => {
    const grid = roster(2000, 0);
    const s = readSubmission({ file: "梅李镇.xlsx", receivedAt: "2026-11-20 08:00:00", grids: [grid] }, profile, period);
    expect(s.rosterRecords).toBe(2000);
    expect(s.enterprises).toHaveLength(2000);
    const held = reachable(s);
    const parts: object[] = [grid, grid.values, grid.origin, ...grid.values];
    expect(parts.filter((p) => held.has(p))).toEqual([]);
  });

  it("keeps the same whatever the number of cells beside the records: 9 or 59 columns, the same objects and text", () => {
    const narrow = readSubmission({ file: "a.xlsx", receivedAt: "2026-11-20 08:00:00", grids: [roster(500, 0)] }, profile, period);
    const wide = readSubmission({ file: "a.xlsx", receivedAt: "2026-11-20 08:00:00", grids: [roster(500, 50)] }, profile, period);
    expect(wide.rosterRecords).toBe(500);
    expect(reachable(wide).size).toBe(reachable(narrow).size);
    expect(heldChars(wide)).toBe(heldChars(narrow));
  });

  it("grows with the records kept, at most a few objects each: 4,000 enterprises hold about twice what 2,000 hold", () => {
    const two = readSubmission({ file: "a.xlsx", receivedAt: "2026-11-20 08:00:00", grids: [roster(2000, 0)] }, profile, period);
    const four = readSubmission({ file: "a.xlsx", receivedAt: "2026-11-20 08:00:00", grids: [roster(4000, 0)] }, profile, period);
    const kept = (s: typeof two) => s.enterprises.length + s.findings.length;
    // An enterprise is one object; a finding its object and its params (and an expected/actual at most).
    expect(reachable(four).size).toBeLessThanOrEqual(3 * kept(four) + 50);
    expect(reachable(four).size / reachable(two).size).toBeGreaterThan(1.8);
    expect(reachable(four).size / reachable(two).size).toBeLessThan(2.2);
  });
});
