import { ExcelPort } from "../../../src/excel/excel-port";
import { findBuiltinProfile } from "../../../src/core/profile/builtin";
import type { Profile } from "../../../src/core/profile/schema";
import { openPortWorkbook } from "../../../src/taskpane/excel/open-excel";
import { addressArea, changedArea, recheckChange } from "../../../src/taskpane/flow/live-recheck";
import type { PaneWorkbook, WorkbookChange } from "../../../src/taskpane/flow/pane-workbook";
import { runCheck, type CheckRun } from "../../../src/taskpane/flow/run-check";
import { FakeExcel } from "../../fakes/excel/fake-excel";
import { fakeHost } from "../../fakes/excel/fake-host";
import { bigRosterGrid } from "../../excel/fixtures/big-roster";

const campaign = { profile: findBuiltinProfile("suzhou-2022") as Profile, year: 2022, asOf: "2022-10-01" };
const ROWS = 20_000;

/** A checked roster of ROWS enterprises in the fake, and the next change the port reports. */
async function checked(): Promise<{ fake: FakeExcel; workbook: PaneWorkbook; run: CheckRun; next: () => Promise<WorkbookChange> }> {
  const fake = new FakeExcel({ level: "1.14" });
  fake.seedGrid(bigRosterGrid(ROWS));
  const workbook = await openPortWorkbook(new ExcelPort(fakeHost(fake)), null);
  const grids = await workbook.readGrids(() => undefined, new AbortController().signal);
  const run = runCheck(grids, campaign, {});
  let waiting: ((c: WorkbookChange) => void) | null = null;
  await workbook.watch!(["台账"], (c) => waiting?.(c));
  const next = () => new Promise<WorkbookChange>((resolve) => (waiting = resolve));
  return { fake, workbook, run, next };
}

/** The check a full re-read of the sheet gives now. */
async function fullCheck(workbook: PaneWorkbook, run: CheckRun): Promise<CheckRun> {
  const grid = await workbook.readSheet!("台账");
  return runCheck(run.grids.map((g) => (g.name === grid.name ? grid : g)), run.campaign, run.overrides);
}

describe("recheckChange (live re-check of one edit)", () => {
  it("reads only the edited row, in at most 2 syncs, and gives the full check's findings and metrics", async () => {
    const { fake, workbook, run, next } = await checked();
    const change = next();
    fake.resetSyncs();
    // Row 13 holds enterprise 10; a 5-character USCC fails on its length instead of its organization-code check.
    fake.userEdit("台账", "C13", [["12345"]]);
    const c = await change;
    expect(c).toEqual({ sheet: "台账", address: "C13", changeType: "RangeEdited" });
    const live = await recheckChange(workbook, run, c);
    expect(live.rowsOnly).toBe(true);
    expect(fake.syncs.length).toBeLessThanOrEqual(2);
    // One cell of values, format and formula, and the used range: well under a kilobyte; the sheet is megabytes.
    const read = fake.syncs.reduce((n, s) => n + s.responseBytes, 0);
    expect(read).toBeLessThan(1024);
    fake.resetSyncs();
    const full = await fullCheck(workbook, run);
    expect(fake.syncs.reduce((n, s) => n + s.responseBytes, 0)).toBeGreaterThan(1_000_000);
    expect(live.run.result.findings).toEqual(full.result.findings);
    expect(live.run.result.rosterMetrics).toEqual(full.result.rosterMetrics);
    const usccAt13 = (r: CheckRun) => r.result.findings.filter((f) => f.row === 13 && f.rule.startsWith("uscc/")).map((f) => f.rule);
    expect(usccAt13(run)).toEqual(["uscc/org-check-digit"]);
    expect(usccAt13(live.run)).toEqual(["uscc/length"]);
  });

  it("reads a whole row edit's cells only over the sheet's used columns", async () => {
    const { fake, workbook, run, next } = await checked();
    const change = next();
    fake.userEdit("台账", "A20:R20", [new Array(18).fill("")]);
    const c = await change;
    expect(changedArea(run, { ...c, address: "20:20" })).toEqual({ top: 20, left: 1, bottom: 20, right: 18 });
    fake.resetSyncs();
    const live = await recheckChange(workbook, run, { ...c, address: "20:20" });
    expect(live.rowsOnly).toBe(true);
    expect(fake.syncs.length).toBe(1);
    const full = await fullCheck(workbook, run);
    expect(live.run.result.findings).toEqual(full.result.findings);
    expect(live.run.result.rosterMetrics).toEqual(full.result.rosterMetrics);
  });

  it("falls back to reading the whole sheet after a header edit, and still gives the full check", async () => {
    const { fake, workbook, run, next } = await checked();
    const change = next();
    fake.userEdit("台账", "I2", [["企业状态"]]);
    const c = await change;
    fake.resetSyncs();
    expect(changedArea(run, c)).toBeNull();
    const live = await recheckChange(workbook, run, c);
    // The sheet is read whole: the bounds, then blocks of rows.
    expect(live.rowsOnly).toBe(false);
    expect(fake.syncs.length).toBeGreaterThan(2);
    const full = await fullCheck(workbook, run);
    expect(live.run.result).toEqual(full.result);
  });

  it("falls back for inserted or deleted rows, several areas and whole columns", async () => {
    const { run } = await checked();
    expect(changedArea(run, { sheet: "台账", address: "A30:R30", changeType: "RowInserted" })).toBeNull();
    expect(changedArea(run, { sheet: "台账", address: "A30:R30", changeType: "RowDeleted" })).toBeNull();
    expect(changedArea(run, { sheet: "台账", address: "C5,C9" })).toBeNull();
    expect(changedArea(run, { sheet: "台账", address: "C:C" })).toBeNull();
    expect(changedArea(run, { sheet: "台账" })).toBeNull();
    expect(changedArea(run, { sheet: "台账", address: "A1:R2" })).toBeNull();
    expect(changedArea(run, { sheet: "台账", address: "A30:R30", changeType: "RangeEdited" })).toEqual({ top: 30, left: 1, bottom: 30, right: 18 });
  });

  it("falls back when the edit grew the used area (a new column of values)", async () => {
    const { fake, workbook, run, next } = await checked();
    const change = next();
    fake.userEdit("台账", "S40", [["新列"]]);
    const c = await change;
    // Outside the used columns: nothing to read alone.
    expect(changedArea(run, c)).toBeNull();
    fake.resetSyncs();
    const live = await recheckChange(workbook, run, c);
    expect(live.rowsOnly).toBe(false);
    expect(live.run.grids[0].values[0].length).toBe(19);
  });
});

describe("addressArea", () => {
  it("reads the addresses Excel reports", () => {
    expect(addressArea("C10")).toEqual({ top: 10, left: 3, bottom: 10, right: 3 });
    expect(addressArea("$A$5:$R$7")).toEqual({ top: 5, left: 1, bottom: 7, right: 18 });
    expect(addressArea("'台账'!B2:B3")).toEqual({ top: 2, left: 2, bottom: 3, right: 2 });
    expect(addressArea("7:5")).toEqual({ top: 5, left: 1, bottom: 7, right: 16_384 });
  });
});
