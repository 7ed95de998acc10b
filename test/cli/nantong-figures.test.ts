import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Grid } from "../../src/core/grid/grid";
import { findBuiltinProfile } from "../../src/core/profile";
import { readXlsxBytes } from "../../src/xlsx/read-bytes";
import { AS_OF, nantongExpected } from "../core/campaign/fixtures/nantong-expected";
import { ENTERPRISES, nantongMessyBytes } from "../core/campaign/fixtures/nantong-roster";
import { seedSection, squeeze } from "../core/profile/seed";
import { runBin } from "./run-bin";

const tmp = mkdtempSync(join(tmpdir(), "anbiao-nantong-"));
const expected = nantongExpected(ENTERPRISES);
const profile = findBuiltinProfile("nantong-2018")!;
const period = ["--profile", "nantong-2018", "--as-of", AS_OF, "--year", "2019"];
let input: string;

beforeAll(async () => {
  input = join(tmp, "南通台账.xlsx");
  writeFileSync(input, await nantongMessyBytes());
});

interface MetricJson { district: string | null; category: string; base: number; attained: number; applying: number }
interface IndicatorJson { district: string | null; indicator: string; count: number; denominator: number | null }

describe("anbiao check --json on the messy Nantong roster", () => {
  it("prints the worked-out counts for every district × category and the audit and rectification shares", () => {
    const run = runBin(["check", input, ...period, "--json"]);
    const json = JSON.parse(run.stdout) as { metrics: MetricJson[]; indicators: IndicatorJson[] };
    for (const [district, x] of expected) {
      const d = district === "合计" ? null : district;
      for (const [category, counts] of Object.entries(x.categories)) {
        const m = json.metrics.find((r) => r.district === d && r.category === category)!;
        expect([district, category, m.base, m.attained, m.applying]).toEqual([district, category, counts.base, counts.attained, counts.applying]);
      }
      const share = (id: string) => json.indicators.find((r) => r.district === d && r.indicator === id)!;
      expect([district, share("grade-3-audited").count, share("grade-3-audited").denominator]).toEqual([district, x.audit.count, x.audit.denominator]);
      expect([district, share("rectified").count, share("rectified").denominator]).toEqual([district, x.rectified.count, x.rectified.denominator]);
    }
  });
});

describe("anbiao summarize: the 附件 task allocation against the notice's printed table", () => {
  let sheet: Grid;
  beforeAll(async () => {
    const out = join(tmp, "汇总.xlsx");
    const run = runBin(["summarize", input, ...period, "-o", out]);
    expect(run.status).toBe(0);
    const grids = await readXlsxBytes(new Uint8Array(readFileSync(out)), "汇总.xlsx");
    sheet = grids.find((g) => g.name.startsWith("附件"))!;
  });
  const cell = (row: number, col: number) => sheet.values[row - 1]?.[col - 1] ?? null;
  const table = seedSection("nantong-2018", "全市工贸行业企业安全生产标准化样板地区建设工作任务分配表", "注：1");

  it("has the notice's title and its headers, in order, with the added columns after the ones they explain", () => {
    const title = sheet.values.flat().find((v) => typeof v === "string" && v.includes("任务分配表"));
    expect(squeeze(String(title))).toBe(squeeze(profile.attachments![0].title));
    const header = sheet.values[2].map((v) => squeeze(String(v ?? "")));
    const official = ["地区", "一级标准化达标企业目标数", "二级标准化达标企业目标数", "县市区安监局开展三级标准化质量审计率", "整改提升率", "小微企业创建覆盖面", "小微企业达标率"];
    // Every official header as the notice prints it, in its order.
    const shown = header.filter((h) => official.includes(h));
    expect(shown).toEqual(official);
    for (const h of official) expect(table).toContain(h);
    expect(header.slice(5, 9)).toEqual(["县市区安监局开展三级标准化质量审计率", "规模以上三级达标企业数", "质量审计企业数", "三级标准化质量审计完成率"]);
  });

  it("lists the eleven districts in the notice's order with each target in the notice's words, then 合计 28 / 300", () => {
    const rows = sheet.values.slice(3, 15);
    const labels = rows.map((r) => String(r[0]));
    expect(labels).toEqual(["海安县", "如皋市", "如东县", "启东市", "海门市", "通州区", "崇川区", "港闸区", "开发区", "苏通园区", "通州湾示范区", "合计"]);
    for (const r of rows.slice(0, 11)) {
      // The printed row: 地区 一级 二级 审计率 整改提升率 覆盖面 达标率, as the notice's text runs.
      const printed = [r[0], r[1], r[3], r[5], r[9], r[13], r[18]].map((v) => String(v));
      expect(table).toContain(squeeze(printed.join("")));
    }
    expect([rows[11][1], rows[11][3]]).toEqual([28, 300]);
  });

  it("fills the added columns with the worked-out figures, and 合计 with the sums of the districts", () => {
    for (let i = 0; i < 12; i++) {
      const row = 4 + i;
      const x = expected.get(String(cell(row, 1)));
      if (!x) continue;
      const c = x.categories;
      const rate = (a: number, b: number) => (b === 0 ? "/" : a / b);
      const got = [3, 5, 7, 8, 11, 12, 15, 16, 17].map((col) => cell(row, col));
      expect([cell(row, 1), ...got]).toEqual([
        cell(row, 1), c["grade-1"].attained, c["grade-2"].attained, x.audit.denominator, x.audit.count, x.rectified.denominator, x.rectified.count,
        c["micro-coverage"].base, c["micro-coverage"].attained, c["micro-coverage"].applying,
      ]);
      const rates = [9, 13, 18, 20].map((col) => cell(row, col));
      const want = [rate(x.audit.count, x.audit.denominator), rate(x.rectified.count, x.rectified.denominator),
        rate(c["micro-coverage"].attained + c["micro-coverage"].applying, c["micro-coverage"].base), rate(c["micro-coverage"].attained, c["micro-coverage"].base)];
      rates.forEach((v, k) => (typeof want[k] === "number" ? expect(v).toBeCloseTo(want[k] as number, 9) : expect(v).toBe(want[k])));
    }
  });
});
