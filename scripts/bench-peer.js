// The peer workload (../shared/bench): anbiao against the pandas + openpyxl script a technical clerk
// would write, on the same generated roster in the same run, plus anbiao's scaling and its other
// commands. Figures, not assertions; every line carries the load average, since the machine is shared
// and wall time moves with it (CPU time, user + sys, moves much less).
// Usage: node scripts/bench-peer.js [--runs 3] [--sizes 10000,300000,1000000] [--skip-peer]
"use strict";
const { spawnSync } = require("child_process");
const { existsSync, mkdirSync } = require("fs");
const { loadavg } = require("os");
const { join } = require("path");

const root = join(__dirname, "..");
// The workload sits in shared/ beside the checkout's folder or one level up, depending on where it was cloned.
const shared = process.env.ANBIAO_PEER_DIR || [join(root, "..", "shared", "bench"), join(root, "..", "..", "shared", "bench")].find((d) => existsSync(join(d, "gen_roster.mjs"))) || join(root, "..", "shared", "bench");
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const RUNS = Number(opt("--runs", "3"));
const SIZES = opt("--sizes", "10000,300000,1000000").split(",").filter(Boolean).map(Number);
const PERIOD = ["--profile", "suzhou-2022", "--year", "2023", "--as-of", "2023-12-31"];
const load = () => loadavg().map((l) => l.toFixed(1)).join(" ");

function roster(rows) {
  const file = join(root, ".bench", `peer-${rows >= 1e6 ? `${rows / 1e6}m` : `${rows / 1000}k`}.xlsx`);
  if (!existsSync(file)) {
    mkdirSync(join(root, ".bench"), { recursive: true });
    const r = spawnSync(process.execPath, [join(shared, "gen_roster.mjs"), "--rows", String(rows), "--out", file], { cwd: root, stdio: "inherit" });
    if (r.status !== 0) throw new Error(`gen_roster.mjs --rows ${rows} failed`);
  }
  return file;
}

/** One anbiao run: wall, CPU and peak RSS as the process itself measured them. */
function anbiao(cmd) {
  const child = spawnSync(process.execPath, ["-r", "./scripts/peak-rss.js", "bin/anbiao.js", ...cmd], { cwd: root, encoding: "utf8", maxBuffer: 1 << 30 });
  const m = /BENCH wall_ms=(\d+) peak_rss_mb=(\d+) cpu_ms=(\d+)/.exec(child.stderr);
  if (!m) throw new Error(`anbiao ${cmd[0]}: no figures (exit ${child.status}): ${child.stderr.slice(0, 300)}`);
  return { ms: Number(m[1]), mb: Number(m[2]), cpu: Number(m[3]), exit: child.status };
}

/**
 * The Python that has pandas and openpyxl: $ANBIAO_PYTHON, else the first of python3 on PATH and
 * Debian's /usr/bin/python3 (apt-get install python3-pandas python3-openpyxl; PyPI may be unreachable).
 */
function peerPython() {
  const candidates = [process.env.ANBIAO_PYTHON, "python3", "/usr/bin/python3"].filter(Boolean);
  const found = candidates.find((py) => spawnSync(py, ["-c", "import pandas, openpyxl"]).status === 0);
  if (!found) throw new Error("no Python with pandas and openpyxl: apt-get install -y python3-pandas python3-openpyxl, or set ANBIAO_PYTHON");
  return found;
}

/** One pandas peer run under /usr/bin/time (wall, user + sys, peak RSS of the Python process). */
function peer(file) {
  const child = spawnSync("/usr/bin/time", ["-f", "TIME %e %U %S %M", peerPython(), join(shared, "peer_pandas.py"), file, "--mode", "pandas", "--no-write"], { cwd: root, encoding: "utf8", maxBuffer: 1 << 30 });
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(child.stderr);
  if (!m || child.status !== 0) throw new Error(`pandas peer failed (exit ${child.status}): ${child.stderr.slice(-300)}`);
  return { ms: Number(m[1]) * 1000, cpu: (Number(m[2]) + Number(m[3])) * 1000, mb: Number(m[4]) / 1024, exit: 0 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function line(label, results, rows) {
  const ms = median(results.map((r) => r.ms));
  const cpu = median(results.map((r) => r.cpu));
  const mb = results.reduce((m, r) => Math.max(m, r.mb), 0);
  const perRow = rows ? `, ${((1000 * cpu) / rows).toFixed(1)} µs CPU/row, ${((mb * 1024) / rows).toFixed(2)} KiB/row` : "";
  console.log(`${label}: median wall ${ms.toFixed(0)} ms, median CPU ${cpu.toFixed(0)} ms, peak RSS ${mb.toFixed(0)} MB (${results.length} runs; exit ${results[0].exit})${perRow}  [load ${load()}]`);
  return { ms, cpu, mb };
}

const f100k = roster(100_000);
const check = (file) => ["check", file, ...PERIOD, "--json"];
console.log(`— anbiao check vs the pandas peer, ${f100k}, round robin`);
if (!args.includes("--skip-peer")) {
  const ours = [];
  const theirs = [];
  for (let i = 0; i < RUNS; i++) {
    ours.push(anbiao(check(f100k)));
    theirs.push(peer(f100k));
  }
  const a = line("anbiao check --json, 100k", ours);
  const p = line("pandas + openpyxl peer, 100k", theirs);
  console.log(`ratio (peer / anbiao): wall ${(p.ms / a.ms).toFixed(1)}×, CPU ${(p.cpu / a.cpu).toFixed(1)}×`);
} else line("anbiao check --json, 100k", Array.from({ length: RUNS }, () => anbiao(check(f100k))));

console.log(`— check's phases on ${f100k}: the reader, then the engine (checkWorkbook) alone`);
spawnSync(process.execPath, [join(__dirname, "bench-engine-phase.js"), f100k, String(RUNS)], { cwd: root, stdio: "inherit" });

console.log("— anbiao's other commands at 100k");
const out = join(root, ".bench", "out");
mkdirSync(out, { recursive: true });
const commands = (file) => ({
  summarize: ["summarize", file, ...PERIOD, "-o", join(out, "summary.xlsx"), "--force"],
  "fix-rates": ["fix-rates", file, "--profile", "suzhou-2022", "--year", "2023", "-o", join(out, "fixed.xlsx"), "--force"],
  inspect: ["inspect", file],
});
for (const [name, cmd] of Object.entries(commands(f100k))) line(`anbiao ${name}, 100k`, Array.from({ length: RUNS }, () => anbiao(cmd)));

console.log("— start-up alone (anbiao profiles)");
line("anbiao profiles", Array.from({ length: RUNS }, () => anbiao(["profiles"])));

console.log("— scaling (one run each above 100k)");
for (const rows of SIZES) {
  const file = roster(rows);
  const runs = rows <= 100_000 ? RUNS : 1;
  line(`anbiao check --json, ${rows} rows`, Array.from({ length: runs }, () => anbiao(check(file))), rows);
  if (rows > 100_000) for (const [name, cmd] of Object.entries(commands(file))) line(`anbiao ${name}, ${rows} rows`, [anbiao(cmd)], rows);
}
