// check's phases on one roster, from the built CLI (dist/): read once, then the engine (checkWorkbook)
// timed on its own — its first run, as a single `anbiao check` sees it, and the best of the repeats —
// with CPU time and RSS, so the reader's and the engine's shares can be told apart. Figures, not assertions.
// Usage: node scripts/bench-engine-phase.js FILE.xlsx [runs]
"use strict";
const { loadavg } = require("os");
const { join } = require("path");

const dist = join(__dirname, "..", "dist");
const t0 = performance.now();
const { installZipCodec } = require(join(dist, "xlsx/lean/zip-codec.js"));
const { nodeCodec } = require(join(dist, "xlsx/lean/node-codec.js"));
installZipCodec(nodeCodec);
// As cli/main.ts does: Node's UTF-8 slice for text values.
require(join(dist, "xlsx/lean/xml-bytes.js")).installUtf8Slicer(require(join(dist, "xlsx/lean/node-utf8.js")).nodeUtf8Slicer);
const { readXlsxFile } = require(join(dist, "xlsx/read-file.js"));
const { checkWorkbook } = require(join(dist, "core/campaign/check-workbook.js"));
const { loadProfile } = require(join(dist, "cli/load-profile.js"));
const mb = () => (process.memoryUsage().rss / 1e6).toFixed(0);
const load = () => loadavg().map((l) => l.toFixed(1)).join(" ");

(async () => {
  const [file, runs = "3"] = process.argv.slice(2);
  const profile = await loadProfile("suzhou-2022", "zh-CN");
  const t1 = performance.now();
  const grids = await readXlsxFile(file);
  const t2 = performance.now();
  console.log(`  modules + profile ${(t1 - t0).toFixed(0)} ms; read ${(t2 - t1).toFixed(0)} ms, RSS ${mb()} MB after`);
  const times = [];
  for (let i = 0; i < Number(runs); i++) {
    const cpu = process.cpuUsage();
    const a = performance.now();
    const checked = checkWorkbook(grids, profile, { asOf: "2023-12-31", year: 2023, overrides: {} });
    const ms = performance.now() - a;
    const used = process.cpuUsage(cpu);
    times.push(ms);
    console.log(`  checkWorkbook run ${i + 1}: ${ms.toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU, RSS ${mb()} MB, ${checked.findings.length} findings  [load ${load()}]`);
  }
  console.log(`  checkWorkbook: first ${times[0].toFixed(0)} ms, best ${times.reduce((a, b) => Math.min(a, b)).toFixed(0)} ms`);
})();
