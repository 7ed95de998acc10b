import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { knownRosterBytes } from "../core/campaign/fixtures/known-roster";
import { attachment2RosterBytes, publishedFigures } from "./fixtures/attachment2-roster";
import { root, runBin } from "./run-bin";
import { spawn } from "child_process";
import { annex1, annex2 } from "../core/tables/fixtures/suzhou-seed";
import { addPublishedSheet, writeWorkbook } from "../core/tables/fixtures/suzhou-workbook";

const tmp = mkdtempSync(join(tmpdir(), "anbiao-check-"));

interface Json {
  file: string;
  profile: string;
  year: number;
  findings: { sheet: string; cell: string; row: number; column: string; rule: string; severity: string; message: string; expected: unknown; actual: unknown }[];
  metrics: { district: string | null; category: string; categoryName: string; base: number; attained: number; applying: number; creationRate: number | null; attainmentRate: number | null; target: number | null; met: boolean | null; gap: number | null }[];
  summary: { errors: number; warnings: number; infos: number };
}

describe("anbiao check (roster)", () => {
  let known: string;
  beforeAll(async () => {
    known = join(tmp, "known.xlsx");
    writeFileSync(known, await knownRosterBytes());
  });

  it("prints exactly one JSON object with findings, metrics and summary, and exits 1 on errors", () => {
    const run = runBin(["check", known, "--profile", "suzhou-2022", "--as-of", "2022-10-01", "--json"]);
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout) as Json;
    expect(json).toMatchObject({ file: known, profile: "suzhou-2022", year: 2022 });
    expect(json.summary).toEqual({ errors: 17, warnings: 3, infos: 0 });
    expect(json.findings[0]).toEqual({
      sheet: "台账", cell: "H18", row: 18, column: "H", rule: "cell/unreadable", severity: "error",
      message: expect.stringContaining("“去年三月”无法识别"),
      expected: "date", actual: "去年三月",
    });
  });

  it("reports metrics per district × category with rates, target, met and gap, plus the totals", () => {
    const json = JSON.parse(runBin(["check", known, "--profile", "suzhou-2022", "--as-of", "2022-10-01", "--json"]).stdout) as Json;
    const changshu = json.metrics.find((m) => m.district === "常熟" && m.category === "billion-yuan")!;
    expect(changshu).toMatchObject({ categoryName: "“亿元”以上企业", base: 5, attained: 2, applying: 1, target: 0.8, met: false, gap: 1 });
    expect(json.metrics.filter((m) => m.district === null)).toHaveLength(json.metrics.length / 11);
  });

  it("speaks English with --lang en and prints a readable table by default", () => {
    const run = runBin(["--lang", "en", "check", known, "--profile", "suzhou-2022", "--as-of", "2022-10-01"]);
    expect(run.stdout).toContain("Findings: 17 errors, 3 warnings, 0 infos");
    expect(run.stdout).toMatch(/Changshu|常熟/);
    expect(run.stdout).toContain("Creation rate");
  });

  it("exits 2 with one line for a malformed --as-of", () => {
    const run = runBin(["check", known, "--profile", "suzhou-2022", "--as-of", "2022-13-01"]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual(["anbiao: 统计日“2022-13-01”不是有效日期，应为 YYYY-MM-DD"]);
  });
});

describe("anbiao check reproduces Suzhou 附件2 from a roster built to its figures", () => {
  let json: Json;
  beforeAll(async () => {
    const file = join(tmp, "attachment2.xlsx");
    writeFileSync(file, await attachment2RosterBytes());
    json = JSON.parse(runBin(["check", file, "--profile", "suzhou-2022", "--as-of", "2022-10-01", "--json"]).stdout) as Json;
  }, 60_000);

  it("gives every district's base and attained count exactly as printed", () => {
    for (const f of publishedFigures()) {
      const m = json.metrics.find((x) => x.district === f.district && x.category === f.category)!;
      expect({ district: f.district, category: f.category, base: m.base, attained: m.attained }).toEqual({ district: f.district, category: f.category, base: f.base, attained: f.attained });
    }
  });

  it("gives every printed rate that agrees with its counts, and '/' where the base is 0", () => {
    const shown = (r: number | null) => (r === null ? "/" : `${(r * 100).toFixed(1)}%`);
    let consistent = 0;
    for (const f of publishedFigures()) {
      const m = json.metrics.find((x) => x.district === f.district && x.category === f.category)!;
      const fromCounts = shown(f.base === 0 ? null : f.attained / f.base);
      if (fromCounts !== f.rate) continue; // whole-percent roundings such as 太仓 15/16 printed 94.0% are the checker's business
      consistent++;
      expect({ district: f.district, category: f.category, rate: shown(m.attainmentRate) }).toEqual({ district: f.district, category: f.category, rate: f.rate });
    }
    expect(consistent).toBeGreaterThanOrEqual(25);
  });

  it("finds nothing wrong with such a roster", () => {
    expect(json.summary.errors).toBe(0);
  });
});

describe("anbiao check (attachment-shaped count tables)", () => {
  let json: Json;
  let status: number | null;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    addPublishedSheet(wb, annex1());
    addPublishedSheet(wb, annex2());
    wb.addWorksheet("说明").getCell("A1").value = "本表由各板块填报";
    const file = join(tmp, "annexes.xlsx");
    await writeWorkbook(wb, file);
    const run = runBin(["check", file, "--profile", "suzhou-2022", "--year", "2022", "--json"]);
    status = run.status;
    json = JSON.parse(run.stdout) as Json;
  }, 60_000);

  it("finds the published tables' inconsistencies at their cells and exits 1", () => {
    expect(status).toBe(1);
    const errors = json.findings.filter((f) => f.severity === "error").map((f) => `${f.sheet}!${f.cell} ${f.rule}`);
    expect(errors).toEqual(expect.arrayContaining(["附件1!L6 rate/mismatch", "附件1!S15 total/mismatch", "附件1!E15 total/rate-mismatch", "附件2!B15 total/mismatch"]));
  });

  it("reports the sheet that is no count table, and table metrics with targets", () => {
    expect(json.findings.some((f) => f.sheet === "说明" && f.severity === "info")).toBe(true);
    const changshu = json.metrics.find((m) => m.district === "常熟" && m.category === "chemical-park") as unknown as { base: number; attained: number; rate: number; target: number; met: boolean };
    expect(changshu).toMatchObject({ base: 83, attained: 76, target: 0.8, met: true });
    expect(changshu.rate).toBeCloseTo(76 / 83, 4);
  });
});

describe("anbiao check (readable output)", () => {
  it("says what it read in each sheet before the findings", async () => {
    const file = join(tmp, "known-readable.xlsx");
    writeFileSync(file, await knownRosterBytes());
    const run = runBin(["check", file, "--profile", "suzhou-2022", "--as-of", "2022-10-01"]);
    expect(run.stdout.split("\n")[1]).toBe("读取：工作表「台账」为台账，企业 18 家，小计/合计行 1 行，跳过 1 行");
  });

  it("stops quietly, without a stack trace, when the reader closes the pipe early (| head)", async () => {
    const file = join(tmp, "attachment2-pipe.xlsx");
    writeFileSync(file, await attachment2RosterBytes());
    const child = spawn(process.execPath, [join(root, "bin", "anbiao.js"), "check", file, "--profile", "suzhou-2022", "--json"], { cwd: root });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.once("data", () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
    expect(stderr).toBe("");
    expect([0, 1]).toContain(status);
  }, 60_000);
});
