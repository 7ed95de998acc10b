import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { RosterAnalysis } from "../../src/core/campaign/analyze-rosters";
import { findBuiltinProfile } from "../../src/core/profile";
import { analyzeBytes, metricCells, plantedAt, plantedRows, sorted } from "./fixtures/messy/figures";
import { messyWorkbook, plainWorkbook, type Positions } from "./fixtures/messy/kit";
import { suzhouExpected } from "./fixtures/messy/suzhou-expected";
import { SUZHOU_AS_OF, SUZHOU_LAYOUT, suzhouEnterprises, suzhouTruth } from "./fixtures/messy/suzhou-roster";
import { runBin } from "./run-bin";

const profile = findBuiltinProfile("suzhou-2022")!;
const truths = suzhouTruth();
const enterprises = suzhouEnterprises(truths);
const expected = suzhouExpected(truths);
const tmp = mkdtempSync(join(tmpdir(), "anbiao-suzhou-"));
let messy: RosterAnalysis;
let plain: RosterAnalysis;
let positions: Positions;
let file: string;

beforeAll(async () => {
  const written = await messyWorkbook(enterprises, SUZHOU_LAYOUT);
  positions = written.positions;
  file = join(tmp, "suzhou-messy.xlsx");
  writeFileSync(file, written.bytes);
  messy = await analyzeBytes(written.bytes, profile, SUZHOU_AS_OF, 2022);
  plain = await analyzeBytes(await plainWorkbook(enterprises, SUZHOU_LAYOUT, ["发证日期", "有效期至"]), profile, SUZHOU_AS_OF, 2022);
});

describe("suzhou-2022 on a messy roster with districts on sheets of their own (figures from the generator's list)", () => {
  it("loses no district: 吴江 and 张家港 by their sheet names, 太仓 by its 填报单位 line", () => {
    expect(messy.read.rosters.map((r) => [r.sheet, r.sheetDistrict?.value ?? null])).toEqual([["全市台账", null], ["吴江区", "吴江"], ["张家港市台账", "张家港"], ["Sheet4", "太仓"]]);
    expect([...new Set(messy.metrics.map((m) => m.district))]).toEqual(["张家港", "常熟", "太仓", "昆山", "吴江", "吴中", "相城", "姑苏", "园区", "新区", null]);
  });

  it("gives every district × category its base, attained and applying as the notice defines them", () => {
    expect(sorted(metricCells(messy.metrics))).toEqual(sorted(expected));
  });

  it("finds every planted anomaly at its row, and raises no error on a clean row (no-grade words included)", () => {
    const found = messy.findings.map((f) => [f.rule, f.sheet, f.row]);
    for (const p of plantedAt(enterprises, positions)) expect(found).toContainEqual(p);
    const planted = plantedRows(enterprises, positions);
    expect(messy.findings.filter((f) => f.severity === "error" && !planted.has(`${f.sheet}!${f.row}`))).toEqual([]);
    expect(messy.findings.filter((f) => f.rule === "cell/unreadable")).toEqual([]);
  });

  it("gives the same figures for a plain one-sheet copy of the same enterprises", () => {
    expect(sorted(metricCells(plain.metrics))).toEqual(sorted(metricCells(messy.metrics)));
  });

  it("prints the same figures through anbiao check --json", () => {
    const run = runBin(["check", file, "--profile", "suzhou-2022", "--as-of", SUZHOU_AS_OF, "--year", "2022", "--json"]);
    const json = JSON.parse(run.stdout) as { metrics: Parameters<typeof metricCells>[0] };
    expect(sorted(metricCells(json.metrics))).toEqual(sorted(expected));
  });
});
