/**
 * `npm run fuzz`: the full fuzz corpus of issue 17 (default 1,000 inputs, seed 17) through the five
 * commands of the built bin, two runs at a time, with a 30 s and 1 GB ceiling per run. Prints the
 * counts by family and command and writes every run to out/fuzz-report.json.
 *   npm run fuzz -- [--count N] [--seed S] [--parallel P] [--seconds T] [--every K] [--only RE] [--alone]
 * --every K keeps every K-th input of the corpus; --only RE keeps the inputs whose id matches RE
 * ("^values-(7|8)$"), to re-run the ones a report named; --alone runs each in a process of its own (the
 * default runs 20 at a time in one process of the built CLI, and re-runs alone any it does not finish).
 * ANBIAO_FUZZ_BIN=/other/checkout/bin/anbiao.js measures another build the same way.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { corpus, FAMILIES, type FuzzInput } from "../test/fuzz/corpus";
import { plainRoster } from "../test/fuzz/fuzz-workbooks";
import { COMMANDS, runAll, runBatch, runOne, type CommandName, type RunResult } from "../test/fuzz/run-contract";

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main(): Promise<void> {
  const count = option("count", 1000), seed = option("seed", 17), parallel = option("parallel", 2), seconds = option("seconds", 30);
  const every = option("every", 1), alone = process.argv.includes("--alone");
  const onlyAt = process.argv.indexOf("--only");
  const only = onlyAt >= 0 ? new RegExp(process.argv[onlyAt + 1]) : undefined;
  const work = mkdtempSync(join(tmpdir(), "anbiao-fuzz-"));
  const roster = plainRoster(60);
  const jobs: { input: FuzzInput; command: CommandName }[] = [];
  let n = 0;
  for (const input of corpus(seed, count)) {
    if (n++ % every !== 0 || (only && !only.test(input.id))) continue;
    for (const command of COMMANDS) jobs.push({ input, command });
  }
  const started = Date.now();
  const ceilings = { seconds, megabytes: 1024 };
  const batches: (typeof jobs)[] = [];
  for (let i = 0; i < jobs.length; i += alone ? 1 : 20) batches.push(jobs.slice(i, i + (alone ? 1 : 20)));
  let done = 0;
  const results: RunResult[] = (await runAll(batches, parallel, (b) => (alone ? runOne(b[0].input, b[0].command, work, roster, ceilings).then((r) => [r]) : runBatch(b, work, roster, ceilings)), (rs) => {
    for (const r of rs) {
      if (r.violations.length) process.stdout.write(`\n${r.id} ${r.command}: ${r.violations.join(",")} exit=${r.exit} ${r.seconds.toFixed(1)}s ${r.peakMb}MB ${r.stderr.split("\n")[0].slice(0, 160)}`);
      if (++done % 100 === 0) process.stdout.write(`\n[${done}/${jobs.length}] ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
  })).flat();
  rmSync(work, { recursive: true, force: true });
  mkdirSync("out", { recursive: true });
  writeFileSync(join("out", process.env.ANBIAO_FUZZ_REPORT ?? "fuzz-report.json"), JSON.stringify({ count, seed, seconds, every, only: only?.source, alone, results }, null, 1));
  const kinds = ["hang", "crash", "internal", "stderr-lines", "stack", "modified-input", "output-left", "bad-xml", "bad-json", "guessed-value", "memory"] as const;
  const line = (cells: (string | number)[]) => "| " + cells.join(" | ") + " |";
  const out: string[] = ["", `inputs ${new Set(results.map((r) => r.id)).size}, runs ${results.length}, ${((Date.now() - started) / 60000).toFixed(1)} min`, ""];
  out.push(line(["family", "command", "runs", "exit 0/1/2", ...kinds, "peak MB"]));
  out.push(line(new Array(kinds.length + 4).fill("---")));
  for (const family of FAMILIES) {
    for (const command of COMMANDS) {
      const rs = results.filter((r) => r.family === family && r.command === command);
      if (!rs.length) continue;
      const exits = [0, 1, 2].map((e) => rs.filter((r) => r.exit === e).length).join("/");
      out.push(line([family, command, rs.length, exits, ...kinds.map((k) => rs.filter((r) => r.violations.includes(k)).length), rs.reduce((m, r) => Math.max(m, r.peakMb), 0)]));
    }
  }
  const bad = results.filter((r) => r.violations.length);
  out.push("", `runs breaking the contract: ${bad.length} (on ${new Set(bad.map((r) => r.id)).size} inputs)`);
  process.stdout.write(out.join("\n") + "\n");
  process.exitCode = bad.length ? 1 : 0;
}

void main();
