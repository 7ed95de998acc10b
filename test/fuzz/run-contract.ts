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

/** Runs `command` on `input` under the ceilings and checks the contract. */
export function runOne(input: FuzzInput, command: CommandName, work: string, baseRoster: Uint8Array, ceilings: Ceilings): Promise<RunResult> {
  const dir = join(work, `${input.id}-${command}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { path, profile, hash } = stage(input, dir, baseRoster);
  const out = join(dir, "out.xlsx");
  const timeFile = join(dir, "time.txt");
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn("/usr/bin/time", ["-f", "%M", "-o", timeFile, process.execPath, bin, ...argsFor(command, path, profile, out)], {
      cwd: dir, detached: true, env: { ...process.env, ANBIAO_LANG: "" }, stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "", stderr = "";
    child.stdout.on("data", (d: Buffer) => { if (stdout.length < 4_000_000) stdout += d.toString("utf8"); });
    child.stderr.on("data", (d: Buffer) => { if (stderr.length < 100_000) stderr += d.toString("utf8"); });
    let hung = false;
    const timer = setTimeout(() => {
      hung = true;
      try { process.kill(-child.pid!, "SIGKILL"); } catch { /* already gone */ }
    }, ceilings.seconds * 1000);
    child.on("close", (code) => {
      clearTimeout(timer);
      const seconds = (Date.now() - started) / 1000;
      let peakMb = 0;
      try {
        const kb = Number(readFileSync(timeFile, "utf8").trim().split("\n").pop());
        if (Number.isFinite(kb)) peakMb = Math.round(kb / 1024);
      } catch { /* killed before time wrote it */ }
      // /usr/bin/time passes the child's exit status on, and reports a signal in its own words.
      const signalled = /Command terminated by signal/.test(stderr);
      const body = stderr.replace(/^Command (terminated by signal|exited with non-zero status).*\n?/gm, "");
      const exit = hung ? null : code;
      const violations: Violation[] = [];
      if (hung) violations.push("hang");
      else if (signalled || exit === null || ![0, 1, 2].includes(exit)) violations.push("crash");
      if (!hung && exit === 2 && body.replace(/\n$/, "").split("\n").length !== 1) violations.push("stderr-lines");
      if (STACK.test(body)) violations.push("stack");
      if (INTERNAL.test(body)) violations.push("internal");
      if (hash !== null && existsSync(path) && sha(path) !== hash) violations.push("modified-input");
      if (!hung && exit !== 0 && exit !== 1 && existsSync(out)) violations.push("output-left");
      if ((exit === 0 || exit === 1) && existsSync(out) && !wellFormedWorkbook(readFileSync(out))) violations.push("bad-xml");
      if (command === "check" && (exit === 0 || exit === 1)) {
        try {
          const parsed: unknown = JSON.parse(stdout);
          if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) violations.push("bad-json");
        } catch {
          violations.push("bad-json");
        }
      }
      if (input.mustRefuse && (exit === 0 || exit === 1)) violations.push("guessed-value");
      if (peakMb > ceilings.megabytes) violations.push("memory");
      rmSync(dir, { recursive: true, force: true });
      resolve({ id: input.id, family: input.family, command, exit, seconds, peakMb, violations, stderr: body.slice(0, 400) });
    });
  });
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
