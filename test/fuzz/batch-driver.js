// Runs many `anbiao` command lines in one process (the fuzz runner's batch mode): each through the
// built CLI's main() with a captured io, one JSON line per run on stdout. Node startup is most of a
// small run's cost; the runner re-runs on its own process any run this process did not finish.
"use strict";
const fs = require("fs");
const path = require("path");
// The build under test: this checkout's, or the one whose bin ANBIAO_FUZZ_BIN names.
const bin = process.env.ANBIAO_FUZZ_BIN;
const dist = bin ? path.join(path.dirname(bin), "..", "dist") : path.join(__dirname, "..", "..", "dist");
const { main } = require(path.join(dist, "cli", "main.js"));
const { t } = require(path.join(dist, "core", "i18n", "translate.js"));

async function run() {
  const jobs = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  for (const job of jobs) {
    const out = [], err = [];
    const io = { out: (l) => out.push(l), err: (l) => err.push(l), lang: "zh-CN", msg: (k, p) => t(k, p, "zh-CN") };
    const started = Date.now();
    process.chdir(job.cwd);
    let exit;
    try {
      exit = await main(["node", "anbiao", ...job.args], io);
    } catch (e) {
      exit = -1;
      err.push(String(e && e.stack));
    }
    const line = JSON.stringify({ k: job.k, exit, stdout: out.join("\n").slice(0, 4000000), stderr: err.join("\n").slice(0, 100000), ms: Date.now() - started });
    fs.writeSync(1, line + "\n");
  }
}

run().then(() => process.exit(0), (e) => { fs.writeSync(2, String(e && e.stack) + "\n"); process.exit(70); });
