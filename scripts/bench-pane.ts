/**
 * The task pane's Excel-mode steps through the strict fake Excel on an N-row × 18-column roster:
 * each step as the pane runs it (the PaneWorkbook over ExcelPort, the engine as the flow calls it),
 * with its time, syncs and largest request/response. The live step is one user edit of one cell:
 * the event, the edited row read again and checked (recheckChange, as the pane does after an edit).
 * Usage: tsx scripts/bench-pane.ts [rows,rows…] [level]
 */
import { maxOf } from "../src/core/collections";
import { findBuiltinProfile } from "../src/core/profile/builtin";
import type { Profile } from "../src/core/profile/schema";
import { ExcelPort } from "../src/excel/excel-port";
import { openPortWorkbook } from "../src/taskpane/excel/open-excel";
import { recheckChange } from "../src/taskpane/flow/live-recheck";
import { runCheck, type CheckRun } from "../src/taskpane/flow/run-check";
import { summarySpecs } from "../src/taskpane/flow/summary-specs";
import { FakeExcel, type FakeLevel } from "../test/fakes/excel/fake-excel";
import { fakeHost } from "../test/fakes/excel/fake-host";
import { bigRosterGrid } from "../test/excel/fixtures/big-roster";

const SIZES = (process.argv[2] ?? "10000,100000").split(",").map(Number);
const LEVEL = (process.argv[3] ?? "1.13") as FakeLevel;
const profile = findBuiltinProfile("suzhou-2022") as Profile;
const campaign = { profile, year: 2022, asOf: "2022-10-01" };

function line(step: string, ms: number, fake: FakeExcel, extra = ""): string {
  const s = fake.syncs;
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const out = `  ${step.padEnd(26)} ${ms.toFixed(0).padStart(7)} ms  ${String(s.length).padStart(3)} syncs  max request ${kb(maxOf(s.map((x) => x.requestBytes), 0))}, max response ${kb(maxOf(s.map((x) => x.responseBytes), 0))}${extra}`;
  fake.resetSyncs();
  return out;
}

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const v = await f();
  return [v, performance.now() - t0];
}

async function main(): Promise<void> {
  for (const rows of SIZES) {
    const fake = new FakeExcel({ level: LEVEL });
    fake.seedGrid(bigRosterGrid(rows));
    const [workbook, openMs] = await timed(() => openPortWorkbook(new ExcelPort(fakeHost(fake)), null));
    console.log(`${rows} rows × 18, ExcelApi ${LEVEL}`);
    console.log(line("open (capabilities, list)", openMs, fake));
    let reports = 0;
    const [grids, readMs] = await timed(() => workbook.readGrids(() => reports++, new AbortController().signal));
    console.log(line("检查台账: read", readMs, fake, `, ${reports} progress reports`));
    const [run, checkMs] = await timed(async () => runCheck(grids, campaign, {}));
    console.log(line("检查台账: engine", checkMs, fake, `, ${run.result.findings.length} findings`));
    const [flagged, flagMs] = await timed(() => workbook.flagRows!(run.result.findings));
    console.log(line("标出问题行", flagMs, fake, `, ${flagged} rows`));
    const [, clearMs] = await timed(() => workbook.clearFlags!());
    console.log(line("清除标记", clearMs, fake));
    const specs = summarySpecs(run, { mode: "internal" }, "zh-CN", "bench");
    const [written, writeMs] = await timed(() => workbook.writeSheets!(specs));
    console.log(line("插入汇总表", writeMs, fake, `, ${written.names.length} sheets, ${specs.reduce((n, s) => n + s.cells.length, 0)} cells`));
    const [removed, removeMs] = await timed(() => workbook.removeGenerated!());
    console.log(line("删除汇总表", removeMs, fake, `, ${removed} sheets`));
    // Live: subscribe, then one user edit; time from the edit to the re-checked run.
    let current: CheckRun = run;
    let resolveDone: (ms: number) => void = () => undefined;
    const done = new Promise<number>((r) => (resolveDone = r));
    let editAt = 0;
    let rowsOnly = false;
    const stop = await workbook.watch!(["台账"], (change) => {
      void recheckChange(workbook, current, change).then((live) => {
        current = live.run;
        rowsOnly = live.rowsOnly;
        resolveDone(performance.now() - editAt);
      });
    });
    // Below ExcelApi 1.14 the port ignores changes for 500 ms after its own writes (OWN_WRITE_QUIET_MS).
    await new Promise((r) => setTimeout(r, 600));
    fake.resetSyncs();
    editAt = performance.now();
    fake.userEdit("台账", "C10", [["12345"]]);
    const liveMs = await done;
    const readBytes = fake.syncs.reduce((n, x) => n + x.responseBytes, 0);
    console.log(line("live re-check (1 edit)", liveMs, fake, `, ${current.result.findings.length} findings, ${rowsOnly ? "edited rows only" : "whole sheet"}, ${readBytes} bytes read`));
    await stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
