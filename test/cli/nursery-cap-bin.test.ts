import { spawnSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { root } from "./run-bin";

// A preload that stands in for V8: it reports a full-grown young generation and records the flags set.
const PRELOAD = `
const v8 = require("v8");
const flags = [];
v8.getHeapSpaceStatistics = () => [{ space_name: "new_space", space_size: 64 * 1024 * 1024 }];
v8.setFlagsFromString = (f) => flags.push(f);
process.on("exit", () => process.stderr.write("\\nFLAGS " + JSON.stringify(flags) + "\\n"));
`;

function flagsSetBy(args: string[]): { status: number | null; flags: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "anbiao-nursery-"));
  const preload = join(dir, "fake-v8.js");
  writeFileSync(preload, PRELOAD);
  const run = spawnSync(process.execPath, ["-r", preload, join(root, "bin", "anbiao.js"), ...args], { cwd: root, encoding: "utf8" });
  const m = /FLAGS (.*)\n/.exec(run.stderr);
  if (!m) throw new Error(`no FLAGS line: ${run.stderr.slice(0, 300)}`);
  return { status: run.status, flags: JSON.parse(m[1]) as string[] };
}

describe("the anbiao process caps its young generation while reading", () => {
  it("sets V8's semi-space growth factor to 1, once, when a read makes the nursery grow", () => {
    const run = flagsSetBy(["check", "assets/samples/suzhou-roster.xlsx", "--profile", "suzhou-2022", "--as-of", "2022-10-01", "--year", "2022", "--json"]);
    expect([0, 1]).toContain(run.status);
    expect(run.flags).toEqual(["--semi-space-growth-factor=1"]);
  });

  it("touches no V8 flag for a command that reads no workbook", () => {
    const run = flagsSetBy(["profiles"]);
    expect(run.status).toBe(0);
    expect(run.flags).toEqual([]);
  });
});
