import { ExcelPort } from "../../src/excel/excel-port";
import { FakeExcel } from "../fakes/excel/fake-excel";
import { fakeHost } from "../fakes/excel/fake-host";
import { bigRosterGrid } from "./fixtures/big-roster";

const FOUR_MB = 4 * 1024 * 1024;
const source = bigRosterGrid(100_000);

describe("ExcelPort.readSheet budgets on a 100,000-row × 18-column roster", () => {
  it.each(["1.7", "1.13"] as const)("reads it in at most 25 syncs, every request and response under 4 MB, to the same values (ExcelApi %s)", async (level) => {
    const fake = new FakeExcel({ level });
    fake.seedGrid(source);
    const progress: number[] = [];
    const grid = await new ExcelPort(fakeHost(fake)).readSheet("台账", { onProgress: (p) => progress.push(p.rowsRead) });
    expect(fake.syncs.length).toBeLessThanOrEqual(25);
    expect(Math.max(...fake.syncs.map((s) => s.requestBytes))).toBeLessThanOrEqual(FOUR_MB);
    expect(Math.max(...fake.syncs.map((s) => s.responseBytes))).toBeLessThanOrEqual(FOUR_MB);
    expect(grid.values.length).toBe(100_002);
    expect(grid.values[2]).toEqual(source.values[2]);
    expect(grid.values[100_001]).toEqual(source.values[100_001]);
    // Dates come back as Dates (serial + yyyy-mm-dd format); text dates stay text.
    expect(grid.values[50_000][10]).toEqual(source.values[50_000][10]);
    expect(grid.values[50_000][11]).toBe(source.values[50_000][11]);
    expect(grid.merges).toEqual(level === "1.13" ? source.merges : undefined);
    expect(progress[progress.length - 1]).toBe(100_002);
    expect(progress.length).toBeGreaterThan(5);
  });

  it("halves the block on a payload error and still reads every row (limit 1 MB)", async () => {
    const fake = new FakeExcel({ level: "1.13", limits: { payloadBytes: 1024 * 1024 } });
    fake.seedGrid(bigRosterGrid(20_000));
    const grid = await new ExcelPort(fakeHost(fake)).readSheet("台账");
    expect(grid.values.length).toBe(20_002);
    expect(grid.values[20_001][1]).toBe(bigRosterGrid(20_000).values[20_001][1]);
    expect(Math.max(...fake.syncs.map((s) => s.responseBytes))).toBeGreaterThan(1024 * 1024);
    expect(fake.syncs.filter((s) => s.responseBytes <= 1024 * 1024).length).toBeGreaterThan(4);
  });

  it("halves the block when Excel returns null above its cell limit", async () => {
    const fake = new FakeExcel({ level: "1.7", limits: { nullCells: 20_000 } });
    fake.seedGrid(bigRosterGrid(5_000));
    const grid = await new ExcelPort(fakeHost(fake)).readSheet("台账");
    expect(grid.values.length).toBe(5_002);
    expect(grid.values[5_001]).toEqual(bigRosterGrid(5_000).values[5_001]);
  });

  it("stops between blocks when the signal aborts", async () => {
    const fake = new FakeExcel({ level: "1.13" });
    fake.seedGrid(bigRosterGrid(30_000));
    const ac = new AbortController();
    const read = new ExcelPort(fakeHost(fake)).readSheet("台账", { signal: ac.signal, onProgress: (p) => { if (p.rowsRead > 0) ac.abort(); } });
    await expect(read).rejects.toMatchObject({ name: "AbortError" });
    expect(fake.syncs.length).toBeLessThan(4);
  });
});
