/**
 * Runs one fuzz input through one command of the built `anbiao` bin and checks issue 17's
 * contract: exit 0, 1 or 2 only; exactly one stderr line on exit 2; no stack, V8 report or internal
 * error; the input unchanged; no output left behind on failure; well-formed XML in what is written;
 * one JSON object from check --json; within the time and memory ceilings. Peak memory is the
 * child's maximum resident set as /usr/bin/time reports it.
 */
import { spawn, execFileSync } from "child_process";
import { createHash } from "crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { join } from "path";
import { unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import type { FuzzInput } from "./corpus";

/** The five commands of the contract. */
export const COMMANDS = ["inspect", "check", "summarize", "into-copy", "fix-rates"] as const;
export type CommandName = (typeof COMMANDS)[number];

/** Ceilings of one run. */
export interface Ceilings {
  seconds: number;
  /** Peak resident memory in MB. */
  megabytes: number;
}

/** What went wrong in one run (empty: the contract held). */
export type Violation = "hang" | "crash" | "internal" | "stderr-lines" | "stack" | "modified-input" | "output-left" | "bad-xml" | "bad-json" | "guessed-value" | "memory";

/** The outcome of one run. */
export interface RunResult {
  id: string;
  family: string;
  command: CommandName;
  exit: number | null;
  seconds: number;
  peakMb: number;
  violations: Violation[];
  stderr: string;
}

const root = join(__dirname, "..", "..");
/** The bin under test: this checkout's, or another build's (ANBIAO_FUZZ_BIN, to measure main as it was). */
const bin = process.env.ANBIAO_FUZZ_BIN ?? join(root, "bin", "anbiao.js");

function sha(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

/** Lays out an input in `dir`: the workbook (or special file) and the profile argument. */
function stage(input: FuzzInput, dir: string, baseRoster: Uint8Array): { path: string; profile: string; hash: string | null } {
  let profile = "suzhou-2022";
  if (input.profile) {
    profile = join(dir, "profile.json");
    writeFileSync(profile, input.profile);
  }
  let path = join(dir, "input.xlsx");
  switch (input.special) {
    case "fifo": execFileSync("mkfifo", [path]); return { path, profile, hash: null };
    case "devzero": return { path: "/dev/zero", profile, hash: null };
    case "directory": mkdirSync(path); return { path, profile, hash: null };
    case "missing": return { path: join(dir, "missing.xlsx"), profile, hash: null };
    case "newline-name": path = join(dir, "台账\n第二行.xlsx"); break;
    default: break;
  }
  writeFileSync(path, input.bytes ?? baseRoster);
  return { path, profile, hash: sha(path) };
}

function argsFor(command: CommandName, path: string, profile: string, out: string): string[] {
  const common = ["--profile", profile, "--as-of", "2022-10-01"];
  switch (command) {
    case "inspect": return ["inspect", path];
    case "check": return ["check", path, ...common, "--json"];
    case "summarize": return ["summarize", path, ...common, "-o", out];
    case "into-copy": return ["summarize", path, ...common, "--into-copy", "-o", out];
    case "fix-rates": return ["fix-rates", path, "--profile", profile, "-o", out];
  }
}

/** True when every .xml and .rels part of a written workbook is well-formed XML. */
export function wellFormedWorkbook(bytes: Uint8Array): boolean {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes);
  } catch {
    return false;
  }
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for (const [name, data] of Object.entries(parts)) {
    if (!/\.(xml|rels)$/i.test(name)) continue;
    try {
      const parser = new SaxesParser({ xmlns: false });
      let failed = false;
      parser.on("error", () => { failed = true; });
      parser.write(decoder.decode(data)).close();
      if (failed) return false;
    } catch {
      return false;
    }
  }
  return true;
}

const STACK = /^\s+at |FATAL ERROR|JavaScript heap|==== JS stack|Native stack|node:internal|TypeError|RangeError|ReferenceError/m;
const INTERNAL = /内部错误|Internal error|internal/i;

/** One staged run: its folder, the input path and hash, the output path and the command line. */
interface Staged {
  dir: string;
  path: string;
  hash: string | null;
  out: string;
  args: string[];
}

function stageRun(input: FuzzInput, command: CommandName, work: string, baseRoster: Uint8Array): Staged {
  const dir = join(work, `${input.id}-${command}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { path, profile, hash } = stage(input, dir, baseRoster);
  const out = join(dir, "out.xlsx");
  return { dir, path, hash, out, args: argsFor(command, path, profile, out) };
}

/** What a finished (or stopped) run gave, before judging. */
interface Outcome {
  hung: boolean;
  crashed: boolean;
  exit: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  peakMb: number;
}

/** Checks one run's outcome against the contract, then removes its folder. */
function judge(input: FuzzInput, command: CommandName, st: Staged, o: Outcome, ceilings: Ceilings): RunResult {
  const { exit, stderr: body, stdout } = o;
  const violations: Violation[] = [];
  if (o.hung) violations.push("hang");
  else if (o.crashed || exit === null || ![0, 1, 2].includes(exit)) violations.push("crash");
  if (!o.hung && exit === 2 && body.replace(/\n$/, "").split("\n").length !== 1) violations.push("stderr-lines");
  if (STACK.test(body)) violations.push("stack");
  if (INTERNAL.test(body)) violations.push("internal");
  if (st.hash !== null && existsSync(st.path) && sha(st.path) !== st.hash) violations.push("modified-input");
  if (!o.hung && exit !== 0 && exit !== 1 && existsSync(st.out)) violations.push("output-left");
  if ((exit === 0 || exit === 1) && existsSync(st.out) && !wellFormedWorkbook(readFileSync(st.out))) violations.push("bad-xml");
  if (command === "check" && (exit === 0 || exit === 1)) {
    try {
      const parsed: unknown = JSON.parse(stdout);
      if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) violations.push("bad-json");
    } catch {
      violations.push("bad-json");
    }
  }
  if (input.mustRefuse && (exit === 0 || exit === 1)) violations.push("guessed-value");
  if (o.peakMb > ceilings.megabytes) violations.push("memory");
  rmSync(st.dir, { recursive: true, force: true });
  return { id: input.id, family: input.family, command, exit: o.hung ? null : exit, seconds: o.seconds, peakMb: o.peakMb, violations, stderr: body.slice(0, 400) };
}

/** Spawns node under /usr/bin/time in its own process group; resolves with what it printed and its peak memory. */
function spawnTimed(args: string[], cwd: string, timeFile: string, onLine?: (line: string) => void): {
  done: Promise<{ code: number | null; stdout: string; stderr: string; peakMb: number }>;
  kill: () => void;
} {
  const child = spawn("/usr/bin/time", ["-f", "%M", "-o", timeFile, process.execPath, ...args], {
    cwd, detached: true, env: { ...process.env, ANBIAO_LANG: "" }, stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "", stderr = "", pending = "";
  child.stdout.on("data", (d: Buffer) => {
    const text = d.toString("utf8");
    if (stdout.length < 4_000_000) stdout += text;
    if (onLine) {
      pending += text;
      let nl: number;
      while ((nl = pending.indexOf("\n")) >= 0) {
        onLine(pending.slice(0, nl));
        pending = pending.slice(nl + 1);
      }
    }
  });
  child.stderr.on("data", (d: Buffer) => { if (stderr.length < 100_000) stderr += d.toString("utf8"); });
  const kill = (): void => {
    try { process.kill(-child.pid!, "SIGKILL"); } catch { /* already gone */ }
  };
  const done = new Promise<{ code: number | null; stdout: string; stderr: string; peakMb: number }>((resolve) => {
    child.on("close", (code) => {
      let peakMb = 0;
      try {
        const kb = Number(readFileSync(timeFile, "utf8").trim().split("\n").pop());
        if (Number.isFinite(kb)) peakMb = Math.round(kb / 1024);
      } catch { /* killed before time wrote it */ }
      resolve({ code, stdout, stderr, peakMb });
    });
  });
  return { done, kill };
}

/** Runs `command` on `input` in a process of its own under the ceilings and checks the contract. */
export async function runOne(input: FuzzInput, command: CommandName, work: string, baseRoster: Uint8Array, ceilings: Ceilings): Promise<RunResult> {
  const st = stageRun(input, command, work, baseRoster);
  const started = Date.now();
  const proc = spawnTimed([bin, ...st.args], st.dir, join(work, `${input.id}-${command}.time`));
  let hung = false;
  const timer = setTimeout(() => { hung = true; proc.kill(); }, ceilings.seconds * 1000);
  const r = await proc.done;
  clearTimeout(timer);
  // /usr/bin/time passes the child's exit status on, and reports a signal in its own words.
  const crashed = /Command terminated by signal/.test(r.stderr);
  const body = r.stderr.replace(/^Command (terminated by signal|exited with non-zero status).*\n?/gm, "");
  rmSync(join(work, `${input.id}-${command}.time`), { force: true });
  return judge(input, command, st, { hung, crashed, exit: r.code, stdout: r.stdout, stderr: body, seconds: (Date.now() - started) / 1000, peakMb: r.peakMb }, ceilings);
}

const driver = join(__dirname, "batch-driver.js");

/**
 * Runs many (input, command) pairs in one process of the built CLI (batch-driver.js), judging each
 * as it reports. A run the process does not finish within the ceiling is a hang; when the process
 * dies, the run it was on, and those after it, are run again each in a process of its own, so a
 * crash or hang is still put on the right run. Peak memory is the batch's (an upper bound for each
 * run); a batch over the memory ceiling has its runs measured alone.
 */
export async function runBatch(jobs: { input: FuzzInput; command: CommandName }[], work: string, baseRoster: Uint8Array, ceilings: Ceilings): Promise<RunResult[]> {
  const staged = jobs.map((j) => stageRun(j.input, j.command, work, baseRoster));
  const jobFile = join(work, `batch-${jobs[0].input.id}-${jobs[0].command}.json`);
  writeFileSync(jobFile, JSON.stringify(staged.map((st, k) => ({ k, cwd: st.dir, args: st.args }))));
  const lines: { k: number; exit: number; stdout: string; stderr: string; ms: number }[] = [];
  let last = Date.now(), hungAt = -1;
  const timeFile = jobFile + ".time";
  const proc = spawnTimed([driver, jobFile], work, timeFile, (line) => {
    last = Date.now();
    try { lines.push(JSON.parse(line)); } catch { /* a stray line */ }
  });
  const watch = setInterval(() => {
    if (Date.now() - last > ceilings.seconds * 1000) { hungAt = lines.length; proc.kill(); }
  }, 250);
  const r = await proc.done;
  clearInterval(watch);
  rmSync(jobFile, { force: true });
  rmSync(timeFile, { force: true });
  const results: RunResult[] = [];
  if (r.peakMb > ceilings.megabytes) {
    for (const [k, { input, command }] of jobs.entries()) {
      rmSync(staged[k].dir, { recursive: true, force: true });
      results.push(await runOne(input, command, work, baseRoster, ceilings));
    }
    return results;
  }
  // Runs report in order: the first without a line is where the process hung or died.
  const stop = lines.length;
  for (let k = 0; k < stop; k++) {
    const line = lines[k];
    const { input, command } = jobs[k];
    results.push(judge(input, command, staged[k], { hung: false, crashed: line.exit === -1, exit: line.exit, stdout: line.stdout, stderr: line.stderr, seconds: line.ms / 1000, peakMb: r.peakMb }, ceilings));
  }
  if (stop === jobs.length) return results;
  const { input, command } = jobs[stop];
  if (hungAt === stop) {
    results.push(judge(input, command, staged[stop], { hung: true, crashed: false, exit: null, stdout: "", stderr: "", seconds: ceilings.seconds, peakMb: r.peakMb }, ceilings));
  } else {
    rmSync(staged[stop].dir, { recursive: true, force: true });
    results.push(await runOne(input, command, work, baseRoster, ceilings));
  }
  for (let k = stop + 1; k < jobs.length; k++) rmSync(staged[k].dir, { recursive: true, force: true });
  if (stop + 1 < jobs.length) results.push(...(await runBatch(jobs.slice(stop + 1), work, baseRoster, ceilings)));
  return results;
}

/** Runs jobs with at most `parallel` at a time, in order of the list. */
export async function runAll<T, R>(jobs: T[], parallel: number, run: (job: T) => Promise<R>, onDone?: (r: R, done: number) => void): Promise<R[]> {
  const results: R[] = new Array(jobs.length);
  let next = 0, done = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const k = next++;
      results[k] = await run(jobs[k]);
      onDone?.(results[k], ++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, jobs.length) }, worker));
  return results;
}
