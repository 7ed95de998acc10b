import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { RosterAnalysis } from "../../src/core/campaign/analyze-rosters";
import type { Grid } from "../../src/core/grid/grid";
import type { SectorTableFigures } from "../../src/core/metrics/compute-sector-rows";
import { t } from "../../src/core/i18n/translate";
import { findBuiltinProfile } from "../../src/core/profile";
import { readXlsxBytes } from "../../src/xlsx/read-bytes";
import { seedSection, squeeze } from "../core/profile/seed";
import { analyzeBytes, indicatorCells, metricCells, plantedAt, plantedRows, sorted } from "./fixtures/messy/figures";
import { messyWorkbook, plainWorkbook, type Positions } from "./fixtures/messy/kit";
import { quanzhouExpected, type ExpectedAnnexRow } from "./fixtures/messy/quanzhou-expected";
import { QUANZHOU_AS_OF, QUANZHOU_LAYOUT, QUANZHOU_YEAR, quanzhouEnterprises, quanzhouTruth } from "./fixtures/messy/quanzhou-roster";
import { runBin } from "./run-bin";

const profile = findBuiltinProfile("quanzhou-2021")!;
const truths = quanzhouTruth();
const enterprises = quanzhouEnterprises(truths);
const expected = quanzhouExpected(truths);
/** The expected 附件2 rows' counts, without the names behind them. */
const annexCounts = expected.annex.map(({ no, benchmark, total, upgraded }) => ({ no, benchmark, total, upgraded }));
const tmp = mkdtempSync(join(tmpdir(), "anbiao-quanzhou-"));
const period = ["--profile", "quanzhou-2021", "--as-of", QUANZHOU_AS_OF, "--year", String(QUANZHOU_YEAR)];
let messy: RosterAnalysis;
let plain: RosterAnalysis;
let positions: Positions;
let file: string;

/** 附件2's rows as the expected table states them: 序号 (0 = 合计) with its three counts. */
function annexCells(tables: readonly SectorTableFigures[]): Omit<ExpectedAnnexRow, "names">[] {
  const rows = tables.find((x) => x.attachment === "attachment-2")!.rows;
  const out = rows.map((r) => ({ no: r.row, benchmark: r.counts.benchmark, total: r.bases["all-units"], upgraded: r.counts.upgraded }));
  const sum = (k: "benchmark" | "total" | "upgraded") => out.reduce((s, r) => s + r[k], 0);
  return [...out, { no: 0, benchmark: sum("benchmark"), total: sum("total"), upgraded: sum("upgraded") }];
}

beforeAll(async () => {
  const written = await messyWorkbook(enterprises, QUANZHOU_LAYOUT);
  positions = written.positions;
  file = join(tmp, "quanzhou-messy.xlsx");
  writeFileSync(file, written.bytes);
  messy = await analyzeBytes(written.bytes, profile, QUANZHOU_AS_OF, QUANZHOU_YEAR);
  plain = await analyzeBytes(await plainWorkbook(enterprises, QUANZHOU_LAYOUT, ["发证日期", "提升完成日期", "标杆确定日期"]), profile, QUANZHOU_AS_OF, QUANZHOU_YEAR);
});

describe("quanzhou-2021 on a messy roster (figures worked out from the generator's list)", () => {
  it("reads the main sheet, 石狮市 by its sheet name and Sheet3 by its 填报单位 line", () => {
    expect(messy.read.rosters.map((r) => [r.sheet, r.sheetDistrict?.value ?? null, r.sheetDistrict?.source ?? null])).toEqual([
      ["全市台账", null, null],
      ["石狮市", "石狮市", "sheet"],
      ["Sheet3", "南安市", "reportingUnit"],
    ]);
    expect(messy.read.rosters.reduce((n, r) => n + r.records.length, 0)).toBe(truths.length);
  });

  it("merges 丰泽/丰泽区, 晋江/晋江市, 惠安/惠安县 and 台商区/泉州台商投资区, and warns about 丰择区 instead of inventing a district", () => {
    expect([...new Set(messy.metrics.map((m) => m.district))].sort()).toEqual(["丰泽区", "晋江市", "鲤城区", "惠安县", "泉州台商投资区", "石狮市", "南安市", null].sort());
    expect(messy.findings.filter((f) => f.rule === "row/unknown-district")).toEqual([
      expect.objectContaining({ severity: "warning", params: expect.objectContaining({ value: "丰择区", suggestion: "丰泽区" }) }),
    ]);
  });

  it("gives every 县(市、区) and 全市 its base, attained and applying (注销 and 停产 out of the base)", () => {
    expect(sorted(metricCells(messy.metrics))).toEqual(sorted(expected.metrics));
  });

  it("counts 标杆示范企业 and 完成标准化提升 per 县(市、区), not counting a benchmark or upgrade dated after the as-of date", () => {
    expect(sorted(indicatorCells(messy.indicators))).toEqual(sorted(expected.indicators));
    // The fixture holds such rows: marked 是 with a date still to come.
    expect(truths.filter((x) => x.status !== "注销" && x.upgradedMark && x.upgradeDate !== null && x.upgradeDate > QUANZHOU_AS_OF).length).toBeGreaterThan(5);
    expect(truths.filter((x) => x.status !== "注销" && x.benchmarkMark && x.benchmarkDate !== null && x.benchmarkDate > QUANZHOU_AS_OF).length).toBeGreaterThan(2);
  });

  it("judges the 2022 upgrade share (≥80%) on upgraded over every in-scope enterprise", () => {
    for (const m of expected.metrics) {
      const r = messy.indicators.find((x) => x.district === m.district && x.indicator === "upgraded" && x.targetKind === "rate")!;
      const done = expected.indicators.find((x) => x.district === m.district && x.indicator === "upgraded")!.count;
      expect([m.district, r.count, r.denominator, r.target]).toEqual([m.district, done, m.base, 0.8]);
      expect(r.rate).toBeCloseTo(done / m.base, 10);
    }
  });

  it("counts benchmark enterprises per key sector, 危险化学品运输 under 道路运输 and not under 危险化学品", () => {
    const city = messy.indicators.filter((r) => r.indicator === "benchmark" && r.district === null && r.sector !== undefined);
    expect(sorted(city.map((r) => ({ district: null, sector: r.sector, count: r.count })))).toEqual(sorted(expected.sectors.map((s) => ({ district: null, sector: s.sector, count: s.count }))));
    expect(truths.some((x) => x.sector.includes("危") && x.sector.includes("运输") && x.benchmarkMark)).toBe(true);
  });

  it("fills every 附件2 row from the roster's 行业 (危险化学品运输 in row 19), and the rows add up to the city less the unmapped", () => {
    expect(annexCells(messy.sectorRows)).toEqual(annexCounts);
    const city = expected.metrics.find((m) => m.district === null)!;
    const unmapped = truths.filter((x) => x.annexRow === null && x.status !== "注销" && x.status !== "停产" && x.district !== null).length;
    expect(expected.annex[46].total).toBe(city.base - unmapped);
  });

  it("finds every planted anomaly at its row, and raises no error on a clean row", () => {
    const found = messy.findings.map((f) => [f.rule, f.sheet, f.row]);
    for (const p of plantedAt(enterprises, positions)) expect(found).toContainEqual(p);
    const planted = plantedRows(enterprises, positions);
    expect(messy.findings.filter((f) => f.severity === "error" && !planted.has(`${f.sheet}!${f.row}`))).toEqual([]);
    expect(messy.findings.filter((f) => ["row/out-of-scope-mark", "row/sector-unmapped"].includes(f.rule) && !planted.has(`${f.sheet}!${f.row}`))).toEqual([]);
  });

  it("says why a 标杆 mark on a 注销 enterprise does not count, and suggests 烟花爆竹 for 烟花炮竹", () => {
    const mark = messy.findings.find((f) => f.rule === "row/out-of-scope-mark")!;
    expect(t(mark.rule, mark.params)).toContain("已注销");
    expect(t(mark.rule, mark.params)).toContain("标准化标杆示范企业");
    expect(t(mark.rule, mark.params, "en")).toContain("deregistered");
    const unmapped = messy.findings.filter((f) => f.rule === "row/sector-unmapped");
    expect(unmapped.map((f) => [f.severity, f.params.value, f.expected ?? null])).toEqual([["warning", "烟花炮竹", "烟花爆竹"], ["warning", "餐饮服务", null]]);
    expect(t(unmapped[0].rule, unmapped[0].params)).toContain("是否为“烟花爆竹”");
    expect(t(unmapped[1].rule, unmapped[1].params)).not.toContain("是否为");
  });

  it("gives the same figures for a plain one-sheet copy of the same enterprises", () => {
    expect(sorted(metricCells(plain.metrics))).toEqual(sorted(metricCells(messy.metrics)));
    expect(sorted(indicatorCells(plain.indicators))).toEqual(sorted(indicatorCells(messy.indicators)));
    expect(annexCells(plain.sectorRows)).toEqual(annexCells(messy.sectorRows));
  });

  it("prints the same figures through anbiao check --json, 附件2's rows included", () => {
    const run = runBin(["check", file, ...period, "--json"]);
    const json = JSON.parse(run.stdout) as { metrics: Parameters<typeof metricCells>[0]; indicators: Parameters<typeof indicatorCells>[0]; sectorRows: SectorTableFigures[] };
    expect(sorted(metricCells(json.metrics))).toEqual(sorted(expected.metrics));
    expect(sorted(indicatorCells(json.indicators))).toEqual(sorted(expected.indicators));
    expect(annexCells(json.sectorRows)).toEqual(annexCounts);
  });
});

describe("anbiao summarize: 附件2 against the notice's printed table, with its progress columns filled", () => {
  let sheet: Grid;
  beforeAll(async () => {
    const out = join(tmp, "汇总.xlsx");
    const run = runBin(["summarize", file, ...period, "-o", out]);
    expect(run.status).toBe(0);
    sheet = (await readXlsxBytes(new Uint8Array(readFileSync(out)), "汇总.xlsx")).find((g) => g.name === "附件2")!;
  });
  const cell = (row: number, col: number) => sheet.values[row - 1]?.[col - 1] ?? null;
  const formula = (row: number, col: number) => sheet.formulas?.[row - 1]?.[col - 1] ?? null;
  const table = seedSection("quanzhou-2021", "附件2泉州市安全生产标准化提升行业(领域)市直部门分工表序号", "附件3泉州市");

  it("has the notice's label, title and headers, the added columns after them", () => {
    expect([cell(1, 1), squeeze(String(cell(2, 1)))]).toEqual(["附件2", "泉州市安全生产标准化提升行业(领域)市直部门分工表"]);
    expect(table.startsWith(`附件2${squeeze(String(cell(2, 1)))}序号行业(领域)牵头部门`)).toBe(true);
    expect(sheet.values[2].slice(0, 7)).toEqual(["序号", "行业(领域)", "牵头部门", "标杆示范企业数", "企业总数", "完成提升企业数", "完成提升率"]);
  });

  it("lists the 46 rows in the notice's order and words (序号, 行业(领域), 牵头部门), then 合计", () => {
    const body = sheet.values.slice(3, 49);
    expect(body.map((r) => r[0])).toEqual(Array.from({ length: 46 }, (_, i) => i + 1));
    const printed = table.slice(table.indexOf("牵头部门") + "牵头部门".length);
    expect(squeeze(body.map((r) => `${r[0]}${r[1]}${r[2]}`).join(""))).toBe(printed);
    expect([cell(50, 1), cell(50, 2)]).toEqual([null, "合计"]);
  });

  it("fills 标杆示范企业数, 企业总数 and 完成提升企业数 of every row with the worked-out counts, and 合计 with =SUM", () => {
    for (const e of expected.annex) {
      const row = e.no === 0 ? 50 : 3 + e.no;
      expect([e.no, cell(row, 4), cell(row, 5), cell(row, 6)]).toEqual([e.no, e.benchmark, e.total, e.upgraded]);
    }
    expect([formula(50, 4), formula(50, 5), formula(50, 6)]).toEqual(["SUM(D4:D49)", "SUM(E4:E49)", "SUM(F4:F49)"]);
  });

  it("makes 完成提升率 a live formula on every row: upgraded over the total, / where there is none", () => {
    for (const e of expected.annex) {
      const row = e.no === 0 ? 50 : 3 + e.no;
      expect(formula(row, 7)).toBe(`IF(N(E${row})=0,"/",N(F${row})/N(E${row}))`);
      if (e.total === 0) expect(cell(row, 7)).toBe("/");
      else expect(cell(row, 7)).toBeCloseTo(e.upgraded / e.total, 9);
    }
  });
});
