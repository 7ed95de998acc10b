import { spawnSync } from "child_process";
import { join } from "path";
import { readReturns } from "../../src/cli/read-returns";
import type { CellValue, Grid } from "../../src/core/grid/grid";
import { findBuiltinProfile } from "../../src/core/profile/builtin";
import type { Profile } from "../../src/core/profile/schema";
import { UserError } from "../../src/core/errors";
import { root } from "./run-bin";

// The memory requirement counted rather than timed: while `anbiao consolidate` reads file
// k, no grid of files 1…k-1 may still be alive. The count runs in a process of its own with
// --expose-gc (fixtures/district/count-live-grids.ts); a reader that kept every file's grids
// gives 0, 1, 2, 3, 4, 5 there.
const profile = findBuiltinProfile("changshu-2019") as Profile;
const period = { year: 2019, asOf: "2019-10-01" };

function roster(name: string, rows: number): Grid {
  const values: CellValue[][] = [["企业名称", "统一社会信用代码", "所在地区", "类别", "标准化等级", "状态"]];
  for (let r = 1; r <= rows; r++) values.push([`${name}第${r}家公司`, `91320581MA1W${String(r).padStart(6, "0")}`, name, "小微企业", "", "未创建"]);
  return { name, origin: { row: 1, col: 1 }, values };
}

describe("readReturns (the CLI's reading of returned files)", () => {
  it("holds one file's grids at a time: every earlier file's grids are collected before the next is read, and none once all are read", () => {
    const script = join(__dirname, "fixtures", "district", "count-live-grids.ts");
    const run = spawnSync(process.execPath, ["--expose-gc", "-r", "tsx/cjs", script], { cwd: root, encoding: "utf8" });
    expect(run.stderr).toBe("");
    const out = JSON.parse(run.stdout) as { read: [string, number][]; aliveBeforeRead: number[]; aliveAtEnd: number; held: number };
    expect(out.read).toEqual(["梅李镇", "海虞镇", "碧溪街道", "沙家浜镇", "虞山街道", "古里镇"].map((d) => [d, 2000]));
    expect(out.aliveBeforeRead).toEqual([0, 0, 0, 0, 0, 0]);
    expect(out.aliveAtEnd).toBe(0);
    expect(out.held).toBe(6);
  }, 60_000);

  it("goes on past a file that cannot be opened: it becomes a return with one error saying why", async () => {
    const gridsOf = async (path: string): Promise<Grid[]> => {
      if (path === "坏.xlsx") throw new UserError("input.overLimit", { file: path, detail: "—" });
      return [roster("梅李镇", 3)];
    };
    const files = ["坏.xlsx", "梅李镇.xlsx"].map((path) => ({ path, mtime: new Date("2026-11-20T08:00:00Z") }));
    const subs = await readReturns(files, profile, period, "zh-CN", () => {}, gridsOf);
    expect(subs.map((s) => [s.file, s.district, s.findings.filter((f) => f.severity === "error").map((f) => f.rule)])).toEqual([
      ["坏.xlsx", null, ["consolidate/unreadable"]],
      ["梅李镇.xlsx", "梅李镇", expect.any(Array)],
    ]);
    expect(subs[0].findings[0].params.detail).toBe("坏.xlsx 无法读取：—");
  });
});
