/**
 * The Office.js adapter against the strict fake Excel: read + check + write summary on an N-row ×
 * 18-column roster, the share of the time the adapter (and the fake host under it) adds over the
 * core, and each action's syncs and bytes. Usage: tsx scripts/bench-adapter.ts [rows,rows…] [runs]
 */
import { maxOf, minOf } from "../src/core/collections";
import { analyzeRosters } from "../src/core/campaign/analyze-rosters";
import { findBuiltinProfile } from "../src/core/profile/builtin";
import type { Profile } from "../src/core/profile/schema";
import { DEFAULT_FONTS } from "../src/core/report/report-data";
import { buildSummarySheets } from "../src/core/report/summary-sheets";
import { ExcelPort } from "../src/excel/excel-port";
import { FakeExcel } from "../test/fakes/excel/fake-excel";
import { fakeHost } from "../test/fakes/excel/fake-host";
import { bigRosterGrid } from "../test/excel/fixtures/big-roster";

const SIZES = (process.argv[2] ?? "10000,100000").split(",").map(Number);
const RUNS = Number(process.argv[3] ?? 3);
const profile = findBuiltinProfile("suzhou-2022") as Profile;
const options = { asOf: "2022-10-01", year: 2022 } as const;

function core(grid: ReturnType<typeof bigRosterGrid>) {
  const analysis = analyzeRosters([grid], profile, options);
  const specs = buildSummarySheets({
    profile, year: 2022, asOf: "2022-10-01", metrics: analysis.metrics, indicators: analysis.indicators,
    findings: analysis.findings, findingsSource: { mode: "internal" }, fonts: DEFAULT_FONTS,
  });
  return { analysis, specs };
}

function syncFigures(fake: FakeExcel): string {
  const s = fake.syncs;
  const mb = (n: number) => (n / 1024 / 1024).toFixed(2);
  const req = s.reduce((n, x) => n + x.requestBytes, 0), res = s.reduce((n, x) => n + x.responseBytes, 0);
  const maxReq = maxOf(s.map((x) => x.requestBytes), 0), maxRes = maxOf(s.map((x) => x.responseBytes), 0);
  return `${s.length} syncs, request ${mb(req)} MB (max ${mb(maxReq)}), response ${mb(res)} MB (max ${mb(maxRes)})`;
}

async function main(): Promise<void> {
  for (const rows of SIZES) {
    const grid = bigRosterGrid(rows);
    for (const level of ["1.7", "1.13"] as const) {
      const times = { read: [] as number[], core: [] as number[], write: [] as number[], total: [] as number[] };
      let actions = "";
      for (let run = 0; run < RUNS; run++) {
        const fake = new FakeExcel({ level });
        fake.seedGrid(grid);
        const port = new ExcelPort(fakeHost(fake));
        const t0 = performance.now();
        const read = await port.readSheet("台账");
        const t1 = performance.now();
        const readSyncs = syncFigures(fake);
        const { analysis, specs } = core(read);
        const t2 = performance.now();
        fake.resetSyncs();
        await port.writeSheets(specs);
        const t3 = performance.now();
        const writeSyncs = syncFigures(fake);
        fake.resetSyncs();
        const flags = await port.addFlags("台账", analysis.findings);
        const flagSyncs = syncFigures(fake);
        fake.resetSyncs();
        await port.clearFlags("台账");
        const clearSyncs = syncFigures(fake);
        times.read.push(t1 - t0); times.core.push(t2 - t1); times.write.push(t3 - t2); times.total.push(t3 - t0);
        actions = `  read: ${readSyncs}\n  write ${specs.length} sheets (${specs.reduce((n, s) => n + s.cells.length, 0)} cells): ${writeSyncs}\n` +
          `  flags (${analysis.findings.length} findings → ${flags.rows} rows, ${flags.formats} formats): ${flagSyncs}\n  clear flags: ${clearSyncs}`;
      }
      const best = (xs: number[]) => minOf(xs);
      const adapter = best(times.read) + best(times.write);
      console.log(`${rows} rows × 18, ExcelApi ${level}, best of ${RUNS}: read ${best(times.read).toFixed(0)} ms, core check + summary ${best(times.core).toFixed(0)} ms, ` +
        `write ${best(times.write).toFixed(0)} ms; adapter + fake host ${((adapter / (adapter + best(times.core))) * 100).toFixed(0)}% of read + check + write`);
      console.log(actions);
    }
  }
  // The core alone on the source grid, for comparison with the core time through the adapter's Grid.
  const grid = bigRosterGrid(SIZES[SIZES.length - 1]);
  const t0 = performance.now();
  core(grid);
  console.log(`core alone on the in-memory ${SIZES[SIZES.length - 1]}-row grid: ${(performance.now() - t0).toFixed(0)} ms (one run)`);
}

void main();
