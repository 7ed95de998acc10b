/**
 * Benchmarks .xlsx readers on one workbook (default .bench/roster-100k.xlsx, made by
 * scripts/make-big-roster.ts). Each reader runs in a fresh `node --expose-gc` child over the
 * readers compiled to .bench/dist by tsc (only the modules benchmarked, so other work in progress
 * cannot break the build), so figures carry no tsx
 * overhead; a child reports the read's wall and CPU time (CPU time is the steadier figure when
 * other work shares the machine) and the process's peak RSS (process.resourceUsage().maxRSS). Usage: tsx scripts/bench-read.ts [file] [--runs N] [--only a,b]
 */
import { execFileSync } from "child_process";
import { resolve } from "path";

const DIST = resolve(".bench/dist");
const COMPILED = ["src/xlsx/read-file.ts", "src/xlsx/read-workbook.ts", "src/xlsx/lean/node-codec.ts"];
const COMPILE_OPTIONS = ["--rootDir", "src", "--module", "commonjs", "--target", "ES2022", "--esModuleInterop", "--skipLibCheck", "--types", "node"];

/** Child programs, one per reader: each reads the file once and prints {ms, cells}. */
const READERS: Record<string, string> = {
  // What \`anbiao\` calls: readXlsxFile = file read + lean reader with Node's native zlib installed (as cli/main.ts does).
  readXlsxFile: `
    require("${DIST}/xlsx/lean/zip-codec.js").installZipCodec(require("${DIST}/xlsx/lean/node-codec.js").nodeCodec);
    const { readXlsxFile } = require("${DIST}/xlsx/read-file.js");
    const t0 = performance.now();
    readXlsxFile(file).then((grids) => done(t0, grids.reduce((n, g) => n + g.values.length * (g.values[0]?.length ?? 0), 0), grids));`,
  // The lean reader as the browser gets it: fflate's streaming inflate, 64 KiB steps.
  "lean-fflate": `
    const { readXlsxLean } = require("${DIST}/xlsx/lean/read-xlsx-lean.js");
    const bytes = require("fs").readFileSync(file);
    const t0 = performance.now();
    const grids = readXlsxLean(bytes, file);
    done(t0, grids.reduce((n, g) => n + g.values.length * (g.values[0]?.length ?? 0), 0), grids);`,
  // The same reader with every part inflated and decoded whole, to show what streaming saves.
  "lean-whole-parts": `
    const { readXlsxLean } = require("${DIST}/xlsx/lean/read-xlsx-lean.js");
    const bytes = require("fs").readFileSync(file);
    const t0 = performance.now();
    const grids = readXlsxLean(bytes, file, { chunkBytes: 2 ** 31 });
    done(t0, grids.reduce((n, g) => n + g.values.length * (g.values[0]?.length ?? 0), 0), grids);`,
  // ExcelJS readFile plus the Grid conversion: the path the lean reader replaces.
  exceljs: `
    const ExcelJS = require("exceljs");
    const { workbookToGrids } = require("${DIST}/xlsx/read-workbook.js");
    const t0 = performance.now();
    const wb = new ExcelJS.Workbook();
    wb.xlsx.readFile(file).then(() => {
      const grids = workbookToGrids(wb);
      done(t0, grids.reduce((n, g) => n + g.values.length * (g.values[0]?.length ?? 0), 0), grids);
    });`,
  // A floor for a saxes-based reader: unzip, decode, and only count start tags (no Grid at all).
  "saxes-count-only": `
    const { unzipSync } = require("fflate");
    const { SaxesParser } = require("saxes");
    const bytes = require("fs").readFileSync(file);
    const t0 = performance.now();
    const parts = unzipSync(bytes, { filter: (f) => /^xl\\/(worksheets\\/sheet\\d+|sharedStrings)\\.xml$/.test(f.name) });
    let tags = 0;
    for (const name of Object.keys(parts)) {
      const p = new SaxesParser();
      p.on("opentag", () => { tags++; });
      p.write(new TextDecoder().decode(parts[name])).close();
    }
    done(t0, tags, null);`,
  // A floor for any reader: inflate every part and decode the XML parts to text.
  "unzip-decode-only": `
    const { unzipSync } = require("fflate");
    const bytes = require("fs").readFileSync(file);
    const t0 = performance.now();
    const parts = unzipSync(bytes);
    let chars = 0;
    for (const name of Object.keys(parts)) if (name.endsWith(".xml")) chars += new TextDecoder().decode(parts[name]).length;
    done(t0, chars, parts);`,
};

const CHILD_PRELUDE = `
  const file = process.argv[1];
  const cpu0 = process.cpuUsage();
  function done(t0, count, keep) {
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    global.gc();
    const retainedMB = process.memoryUsage().rss / 1048576;
    console.log(JSON.stringify({ ms, cpuMs, count, peakMB: process.resourceUsage().maxRSS / 1024, retainedMB, kept: keep !== null }));
  }
`;

interface Result { ms: number; cpuMs: number; count: number; peakMB: number; retainedMB: number }

function runChild(reader: string, file: string): Result {
  const out = execFileSync(process.execPath, ["--expose-gc", "-e", CHILD_PRELUDE + READERS[reader], file], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(out.trim().split("\n").pop() ?? "{}") as Result;
}

function main(): void {
  const args = process.argv.slice(2);
  const file = resolve(args.find((a, i) => !a.startsWith("--") && !(args[i - 1] ?? "").startsWith("--")) ?? ".bench/roster-100k.xlsx");
  const runs = Number(args[args.indexOf("--runs") + 1] ?? 1) || 1;
  const onlyAt = args.indexOf("--only");
  const readers = onlyAt >= 0 ? args[onlyAt + 1].split(",") : Object.keys(READERS);
  execFileSync("npx", ["tsc", ...COMPILE_OPTIONS, "--outDir", DIST, ...COMPILED], { stdio: "inherit" });
  process.stdout.write(`file: ${file}\n`);
  for (const reader of readers) {
    const results = Array.from({ length: runs }, () => runChild(reader, file));
    const best = results.reduce((a, b) => (b.ms < a.ms ? b : a));
    const peak = results.reduce((m, r) => Math.max(m, r.peakMB), 0);
    process.stdout.write(
      `${reader.padEnd(18)} wall ${best.ms.toFixed(0).padStart(6)} ms  cpu ${best.cpuMs.toFixed(0).padStart(6)} ms (best of ${runs})  peak RSS ${peak.toFixed(0).padStart(5)} MB` +
        `  RSS after gc ${best.retainedMB.toFixed(0).padStart(5)} MB  count ${best.count}\n`,
    );
  }
}

main();
