// `npm run bench`: every benchmark of the project, each in its own process, figures on stdout.
// Not a test: budgets are for people to compare against (see each issue), not assertions.
"use strict";
const { execFileSync, spawnSync } = require("child_process");
const { existsSync } = require("fs");
const { join } = require("path");

const root = join(__dirname, "..");
const big = join(root, ".bench", "roster-100k.xlsx");
const tsx = ["--expose-gc", "-r", "tsx/cjs"];
const run = (args) => execFileSync(process.execPath, args, { cwd: root, stdio: "inherit" });

function endToEnd(label, args, runs = 3) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const child = spawnSync(process.execPath, ["-r", "./scripts/peak-rss.js", "bin/anbiao.js", ...args], { cwd: root, encoding: "utf8", maxBuffer: 1 << 30 });
    const m = /BENCH wall_ms=(\d+) peak_rss_mb=(\d+)/.exec(child.stderr);
    if (!m) throw new Error(`${label}: no figures (exit ${child.status}): ${child.stderr.slice(0, 300)}`);
    results.push({ ms: Number(m[1]), mb: Number(m[2]) });
  }
  results.sort((a, b) => a.ms - b.ms);
  const peak = results.reduce((m, r) => Math.max(m, r.mb), 0);
  console.log(`${label}: best ${results[0].ms} ms, median ${results[Math.floor(runs / 2)].ms} ms, peak RSS ${peak} MB (${runs} runs)`);
}

/** Issue 14: consolidate over 10 and 50 district rosters; figures per run count (memory should grow with the records kept, not the files). */
function consolidateBench() {
  console.log("— consolidate (district returns: rosters of 2,000 rows each, changshu-2019)");
  for (const n of [10, 50]) {
    const dir = join(root, ".bench", `district-returns-${n}x2000`);
    if (!existsSync(dir)) run([...tsx, "scripts/make-district-returns.ts", String(n), "2000"]);
    endToEnd(`anbiao consolidate, ${n} files × 2,000 rows`, ["consolidate", dir, "--profile", "changshu-2019", "--year", "2019", "--as-of", "2019-10-01", "-o", join(root, ".bench", `city-${n}.xlsx`), "--force"], 2);
  }
}

// `node scripts/bench.js consolidate` runs that section alone (after `npm run build:cli`).
if (process.argv[2] === "consolidate") {
  consolidateBench();
  process.exit(0);
}

if (!existsSync(big)) run([...tsx, "scripts/make-big-roster.ts"]);
console.log("— roster reading (core, 100k-row Grid in memory)");
run([...tsx, "scripts/bench-roster.ts", "100000", "3"]);
console.log("— row checks + metrics + compliance (core)");
run([...tsx, "scripts/bench-core.ts", "100000,1000000", "3"]);
console.log("— xlsx readers on .bench/roster-100k.xlsx");
run([...tsx, "scripts/bench-read.ts", big, "--runs", "1", "--only", "readXlsxFile,exceljs"]);
const peer100k = join(root, ".bench", "peer-100k.xlsx");
if (existsSync(peer100k)) {
  console.log("— the floor on the peer roster: unzip alone (saxes-count-only includes decoding) and the lean reader");
  run([...tsx, "scripts/bench-read.ts", peer100k, "--runs", "1", "--only", "saxes-count-only,lean-fflate,readXlsxFile"]);
}
console.log("— Office.js adapter through the strict fake Excel (read + check + write summary, syncs and bytes per action)");
run([...tsx, "scripts/bench-adapter.ts", "10000,100000", "1"]);
console.log("— end to end");
endToEnd("anbiao check --json, 100k-row roster", ["check", big, "--profile", "suzhou-2022", "--as-of", "2025-12-31", "--json"]);
console.log("— the peer workload (../shared/bench): anbiao vs pandas, other commands, start-up, scaling");
if ([join(root, "..", "shared"), join(root, "..", "..", "shared")].some((d) => existsSync(join(d, "bench", "gen_roster.mjs"))) || process.env.ANBIAO_PEER_DIR) run(["scripts/bench-peer.js"]);
else console.log("(skipped: the shared peer workload is not beside this checkout; set ANBIAO_PEER_DIR)");
if (existsSync(peer100k) && existsSync(join(root, "dist", "web", "taskpane.html")) && existsSync("/usr/bin/chromium")) {
  console.log("— the browser reader and engine: the standalone page's check of the 100k peer roster in chromium");
  run([...tsx, "scripts/bench-browser.ts", peer100k, "3"]);
}

consolidateBench();
