import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { RosterAnalysis } from "../../src/core/campaign/analyze-rosters";
import { findBuiltinProfile } from "../../src/core/profile";
import { analyzeBytes, metricCells, plantedAt, plantedRows, sorted } from "./fixtures/messy/figures";
import { messyWorkbook, plainWorkbook, type Positions } from "./fixtures/messy/kit";
import { qinyangExpected } from "./fixtures/messy/qinyang-expected";
import { qinyangPhaseExpected, type ExpectedPhaseCell } from "./fixtures/messy/qinyang-phase-expected";
import { QINYANG_AS_OF, QINYANG_LAYOUT, qinyangEnterprises, qinyangTruth } from "./fixtures/messy/qinyang-roster";
import { runBin } from "./run-bin";

const profile = findBuiltinProfile("qinyang-2024")!;
const truths = qinyangTruth();
const enterprises = qinyangEnterprises(truths);
const expected = qinyangExpected(truths);
const tmp = mkdtempSync(join(tmpdir(), "anbiao-qinyang-"));
const DEADLINE_RULES = ["row/application-overdue", "row/application-late", "row/completion-overdue"];
let messy: RosterAnalysis;
let plain: RosterAnalysis;
let positions: Positions;
let file: string;

beforeAll(async () => {
  const written = await messyWorkbook(enterprises, QINYANG_LAYOUT);
  positions = written.positions;
  file = join(tmp, "qinyang-messy.xlsx");
  writeFileSync(file, written.bytes);
  messy = await analyzeBytes(written.bytes, profile, QINYANG_AS_OF, 2024);
  plain = await analyzeBytes(await plainWorkbook(enterprises, QINYANG_LAYOUT, ["发证日期", "申请日期"], { group: "所属行业（打√）", header: "行业" }), profile, QINYANG_AS_OF, 2024);
});

describe("qinyang-2024 on a messy roster with a √ sector group (figures from the generator's list)", () => {
  it("reads the √ columns under 所属行业（打√） as each row's sector, and 崇义镇 / 王曲乡 from their sheets", () => {
    const main = messy.read.rosters[0];
    expect(main.table.headerRows).toEqual([3, 4]);
    expect(main.records.every((r) => r.sector !== null)).toBe(true);
    expect(messy.read.rosters.map((r) => [r.sheet, r.sheetDistrict?.value ?? null])).toEqual([["全市台账", null], ["崇义镇", "崇义镇"], ["Sheet3", "王曲乡"]]);
    expect(messy.read.rosters.reduce((n, r) => n + r.records.length, 0)).toBe(truths.length);
  });

  it("gives every 乡镇 × sector category its base, attained and applying; 规模以上小型/中型 need both 规上 and the size", () => {
    expect(sorted(metricCells(messy.metrics))).toEqual(sorted(expected.metrics));
  });

  it("merges 经济技术开发区 / 沁阳经开区 into 经开区 and 柏香 into 柏香镇, and warns about 柏杳镇", () => {
    expect([...new Set(messy.metrics.map((m) => m.district))].sort()).toEqual(["太行街道", "崇义镇", "柏香镇", "王曲乡", "经开区", "西向镇", null].sort());
    expect(messy.findings.find((f) => f.rule === "row/unknown-district")).toMatchObject({ severity: "warning", params: { suggestion: "柏香镇" } });
  });

  it("flags, after 05-31 and 11-30, every enterprise planned for 2024 that did not apply in time or is not attained", () => {
    const found = messy.findings.filter((f) => DEADLINE_RULES.includes(f.rule)).map((f) => ({ rule: f.rule, name: f.params.name }));
    expect(sorted(found.map((f) => ({ ...f, district: null })))).toEqual(sorted(expected.deadlines.map((f) => ({ ...f, district: null }))));
    expect(expected.deadlines.length).toBeGreaterThan(10);
  });

  it("finds every planted anomaly at its row, and raises no error on a clean row", () => {
    const found = messy.findings.map((f) => [f.rule, f.sheet, f.row]);
    for (const p of plantedAt(enterprises, positions)) expect(found).toContainEqual(p);
    const planted = plantedRows(enterprises, positions);
    expect(messy.findings.filter((f) => f.severity === "error" && !planted.has(`${f.sheet}!${f.row}`))).toEqual([]);
  });

  it("gives the same figures for a plain one-sheet copy with one 行业 column", () => {
    expect(sorted(metricCells(plain.metrics))).toEqual(sorted(metricCells(messy.metrics)));
  });

  it("prints the same figures through anbiao check --json", () => {
    const run = runBin(["check", file, "--profile", "qinyang-2024", "--as-of", QINYANG_AS_OF, "--year", "2024", "--json"]);
    const json = JSON.parse(run.stdout) as { metrics: Parameters<typeof metricCells>[0] };
    expect(sorted(metricCells(json.metrics))).toEqual(sorted(expected.metrics));
  });

  it("writes the 阶段目标 sheet with each sector's figures, its target (100% by the phase's end), the gap and 逾期", async () => {
    const out = join(tmp, "qinyang-summary.xlsx");
    const run = runBin(["summarize", file, "--profile", "qinyang-2024", "--as-of", QINYANG_AS_OF, "--year", "2024", "-o", out, "--force"]);
    expect(run.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("阶段目标")!;
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual(["阶段", "行业（领域）", "完成时限", "底数", "已达标数", "申请创建数", "达标率", "目标", "差距", "逾期"]);
    const order = profile.attachments![0].rows.source === "categories" ? profile.attachments![0].rows.categories! : [];
    order.forEach((id, i) => {
      const row = ws.getRow(4 + i);
      const e = expected.metrics.find((m) => m.district === null && m.category === id)!;
      const phase1 = profile.phases![0].categories.includes(id);
      // Phase 1 ends 2024-12-31: on 2024-12-15 not yet overdue; phase 2 is judged from 2025.
      expect([row.getCell(4).value, row.getCell(5).value, row.getCell(8).value, row.getCell(9).value, row.getCell(10).value ?? null]).toEqual([e.base, e.attained, 1, e.base - e.attained, phase1 ? "否" : null]);
    });
  });

  it.each([[QINYANG_AS_OF, 2024], ["2025-01-15", 2025]] as const)("writes 分乡镇阶段目标 as of %s: every 乡镇 × phase's base, attained, 100%% target, gap and 逾期 as worked out", async (asOf, year) => {
    const out = join(tmp, `qinyang-phases-${asOf}.xlsx`);
    const run = runBin(["summarize", file, "--profile", "qinyang-2024", "--as-of", asOf, "--year", String(year), "-o", out, "--force"]);
    expect(run.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["阶段目标", "分乡镇阶段目标", "目标完成情况", "图表", "校验结果"]);
    const ws = wb.getWorksheet("分乡镇阶段目标")!;
    expect(ws.getCell("A1").value).toBe("沁阳市各乡（镇）街道安全生产标准化创建阶段目标完成情况");
    expect([ws.getCell("A3").value, ws.getCell("B3").value, ws.getCell("H3").value]).toEqual(["乡（镇）街道", "第一阶段（2024年3月至2024年12月）", "第二阶段（2025年1月至2025年11月）"]);
    const leaves = ["底数", "已达标数", "达标率", "目标", "差距（家）", "是否逾期"];
    expect((ws.getRow(4).values as unknown[]).slice(2)).toEqual([...leaves, ...leaves]);
    expect(ws.pageSetup.printTitlesRow).toBe("3:4");
    const got: Omit<ExpectedPhaseCell, "baseNames" | "attainedNames">[] = [];
    for (let r = 5; r <= ws.rowCount; r++) {
      const label = ws.getCell(r, 1).value as string;
      for (const phase of [1, 2] as const) {
        const c = 2 + (phase - 1) * 6;
        const v = (k: number) => ws.getCell(r, c + k).value;
        expect(v(3)).toBe(1);
        got.push({ district: label === "合计" ? null : label, phase, base: v(0) as number, attained: v(1) as number, gap: v(4) as number, overdue: (v(5) ?? null) as ExpectedPhaseCell["overdue"] });
      }
    }
    expect(ws.getCell(ws.rowCount, 1).value).toBe("合计");
    const expected = qinyangPhaseExpected(truths, asOf);
    expect(sorted(got)).toEqual(sorted(expected.map(({ district, phase, base, attained, gap, overdue }) => ({ district, phase, base, attained, gap, overdue }))));
    // Before phase 1's last day nothing is overdue; after it, every 乡镇 short of 100% in phase 1 is.
    expect(expected.filter((e) => e.overdue === "逾期").map((e) => e.phase)).toEqual(asOf > "2024-12-31" ? expected.filter((e) => e.phase === 1 && e.gap > 0).map(() => 1) : []);
    expect(expected.some((e) => e.overdue === "逾期")).toBe(asOf > "2024-12-31");
  });
});
