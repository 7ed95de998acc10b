/**
 * A fixed slice of the issue 17 fuzz corpus (every 10th input of each family, seed 17: ~100 inputs)
 * through the built bin, two commands per input (check --json, and one of the other four in turn),
 * against the contract. The full corpus through all five commands is `npm run fuzz`.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { corpus } from "./corpus";
import { plainRoster } from "./fuzz-workbooks";
import { runAll, runBatch, type CommandName, type RunResult } from "./run-contract";

const OTHERS: CommandName[] = ["inspect", "summarize", "into-copy", "fix-rates"];

describe("fuzz slice (issue 17 contract)", () => {
  it("every input of the slice keeps the contract: exits 0/1/2, one line on 2, no stack, input unchanged, nothing left, no guess, within 30 s and 1 GB", async () => {
    const work = mkdtempSync(join(tmpdir(), "anbiao-fuzz-slice-"));
    const inputs = [...corpus(17, 1000, 10)];
    expect(inputs.length).toBeGreaterThanOrEqual(95);
    const jobs = inputs.flatMap((input, i) => [{ input, command: "check" as CommandName }, { input, command: OTHERS[i % OTHERS.length] }]);
    const batches: (typeof jobs)[] = [];
    for (let i = 0; i < jobs.length; i += 25) batches.push(jobs.slice(i, i + 25));
    const results: RunResult[] = (await runAll(batches, 2, (b) => runBatch(b, work, plainRoster(60), { seconds: 30, megabytes: 1024 }))).flat();
    rmSync(work, { recursive: true, force: true });
    expect(results).toHaveLength(jobs.length);
    const broken = results.filter((r) => r.violations.length).map((r) => `${r.id} ${r.command}: ${r.violations.join(",")} exit ${r.exit} ${r.stderr.split("\n")[0]}`);
    expect(broken).toEqual([]);
    // The slice must exercise both sides of the contract, not only refusals.
    expect(results.filter((r) => r.exit === 2).length).toBeGreaterThan(50);
    expect(results.filter((r) => r.exit === 0 || r.exit === 1).length).toBeGreaterThan(30);
  }, 300_000);
});
