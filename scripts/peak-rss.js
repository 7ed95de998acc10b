// Preloaded into a benchmarked process (node -r): prints its wall time, CPU time and peak RSS to stderr on exit.
"use strict";
const started = process.hrtime.bigint();
process.on("exit", () => {
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const u = process.resourceUsage();
  const mb = u.maxRSS / 1024;
  const cpu = (u.userCPUTime + u.systemCPUTime) / 1000;
  process.stderr.write(`\nBENCH wall_ms=${ms.toFixed(0)} peak_rss_mb=${mb.toFixed(0)} cpu_ms=${cpu.toFixed(0)}\n`);
});
