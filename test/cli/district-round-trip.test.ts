import ExcelJS from "exceljs";
import { mkdtempSync, mkdirSync, readdirSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { fillReturn, fillRoster, validUscc, type FilledReturn, type Planted } from "./fixtures/district/fill-returns";
import { runBin } from "./run-bin";

/** A built-in profile with an attachment, the year its round trip runs for, and districts for open lists. */
interface Case {
  profile: string;
  year: number;
  asOf: string;
  /** Districts of an open-list profile, given to both commands with --districts. */
  districts?: string[];
}

const CASES: Case[] = [
  { profile: "suzhou-2022", year: 2022, asOf: "2022-10-01" },
  { profile: "nantong-2018", year: 2019, asOf: "2019-10-01" },
  { profile: "changshu-2019", year: 2019, asOf: "2019-10-01", districts: ["虞山街道", "梅李镇", "海虞镇", "碧溪街道", "沙家浜镇"] },
  { profile: "qinyang-2024", year: 2024, asOf: "2024-10-01", districts: ["太行街道", "西向镇", "紫陵镇", "王召乡", "柏香镇"] },
  { profile: "quanzhou-2021", year: 2021, asOf: "2021-10-01", districts: ["丰泽区", "石狮市", "晋江市", "南安市", "惠安县"] },
];

/** The error each district's return carries: the first sends nothing, the next three one error each. */
const PLANTED: (Planted | "missing")[] = ["missing", "aboveBase", "textInNumber", "wrongTotal"];

interface Run {
  c: Case;
  districts: string[];
  templates: Map<string, string>;
  returns: FilledReturn[];
  city: string;
  stdout: string;
  status: number | null;
}

const root = mkdtempSync(join(tmpdir(), "anbiao-district-"));
const runs: Run[] = [];

function text(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  if (typeof v === "object" && "result" in v) return String(v.result ?? "");
  return String(v);
}

async function book(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function districtsOf(c: Case, templatesDir: string): string[] {
  if (c.districts) return c.districts;
  return readdirSync(templatesDir).map((f) => new RegExp(`^${c.year}年(.+)填报模板\\.xlsx$`).exec(f)?.[1] ?? "").filter(Boolean);
}

async function roundTrip(c: Case): Promise<Run> {
  const dir = join(root, c.profile);
  const templatesDir = join(dir, "templates");
  const returned = join(dir, "returned");
  mkdirSync(returned, { recursive: true });
  const extra = c.districts ? ["--districts", c.districts.join(",")] : [];
  const made = runBin(["template", "--profile", c.profile, "--year", String(c.year), "--all", ...extra, "-o", templatesDir]);
  if (made.status !== 0) throw new Error(`template failed: ${made.stderr}${made.stdout}`);
  const districts = districtsOf(c, templatesDir);
  const templates = new Map(districts.map((d) => [d, join(templatesDir, `${c.year}年${d}填报模板.xlsx`)]));
  const returns: FilledReturn[] = [];
  const base = new Date("2026-11-20T08:00:00Z").getTime();
  for (const [i, d] of districts.entries()) {
    const planted = PLANTED[i] ?? "none";
    if (planted === "missing") continue;
    // Returns are renamed by the districts: consolidation must not depend on file names.
    returns.push(await fillReturn(templates.get(d)!, join(returned, `回执-${i}.xlsx`), d, i, planted, new Date(base + i * 60_000)));
  }
  writeFileSync(join(returned, "说明.txt"), "不是工作簿");
  const city = join(dir, "city.xlsx");
  const run = runBin(["consolidate", returned, "--profile", c.profile, "--year", String(c.year), "--as-of", c.asOf, ...extra, "-o", city]);
  return { c, districts, templates, returns, city, stdout: run.stdout + run.stderr, status: run.status };
}

beforeAll(async () => {
  for (const c of CASES) runs.push(await roundTrip(c));
}, 240_000);

/** The figures the city sheets must show for a district: what it typed, none for a category with text typed in it. */
function expectedOf(r: FilledReturn): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const broken = new Set(r.inputs.filter((i) => typeof r.values.get(`${i.sheet}!${i.address}`) === "string").map((i) => `${i.sheet}|${i.group}`));
  for (const i of r.inputs) {
    const v = r.values.get(`${i.sheet}!${i.address}`);
    out.set(`${i.sheet}|${i.col}`, broken.has(`${i.sheet}|${i.group}`) ? null : (v as number));
  }
  return out;
}

function rowOf(ws: ExcelJS.Worksheet, label: string): number | null {
  let found: number | null = null;
  ws.eachRow((row, r) => {
    if (found === null && text(row.getCell(1).value) === label) found = r;
  });
  return found;
}

describe.each(CASES.map((c) => [c.profile]))("anbiao template → fill → anbiao consolidate (%s)", (profile) => {
  const run = () => runs.find((r) => r.c.profile === profile) as Run;

  it("writes the city file, lists the non-xlsx file as skipped and exits 0", () => {
    expect(run().status).toBe(0);
    expect(run().stdout).toMatch(/说明\.txt：跳过（不是 \.xlsx 文件）/);
    expect(statSync(run().city).size).toBeGreaterThan(0);
  });

  it("puts 报送情况 first: the missing district 未报, each return with a planted error 有错误, the clean ones 收到", async () => {
    const wb = await book(run().city);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe("报送情况");
    const status = new Map<string, string>();
    ws.eachRow((row, r) => {
      if (r > 3) status.set(text(row.getCell(1).value), text(row.getCell(4).value));
    });
    const [missing, above, textIn, wrongTotal, ...clean] = run().districts;
    expect(status.get(missing)).toBe("未报");
    for (const d of [above, textIn, wrongTotal]) expect(status.get(d)).toBe("有错误");
    for (const d of clean) expect(status.get(d)).toBe("收到");
  });

  it("reports every planted error with the file it is in, and the missing district", async () => {
    const wb = await book(run().city);
    const ws = wb.getWorksheet("校验结果")!;
    const findings: { location: string; rule: string; message: string }[] = [];
    ws.eachRow((row, r) => {
      if (r > 1) findings.push({ location: text(row.getCell(1).value), rule: text(row.getCell(5).value), message: text(row.getCell(6).value) });
    });
    const fileOf = (i: number) => `回执-${i}.xlsx`;
    const has = (rule: string, file: string) => findings.some((f) => f.rule === rule && f.location.startsWith(file));
    expect(has("count/above-base", fileOf(1))).toBe(true);
    expect(has("cell/not-a-number", fileOf(2))).toBe(true);
    expect(has("total/mismatch", fileOf(3))).toBe(true);
    expect(findings.some((f) => f.rule === "consolidate/not-returned" && f.message.includes(run().districts[0]))).toBe(true);
    // No other return has an error.
    for (let i = 4; i < run().districts.length; i++) expect(findings.filter((f) => f.location.startsWith(fileOf(i)) && /错误/.test(f.message) && f.rule.startsWith("count/"))).toEqual([]);
  });

  it("shows in the city tables every figure the districts typed, blank where text was typed, and a 合计 that adds them up", async () => {
    const wb = await book(run().city);
    const sums = new Map<string, number>();
    for (const r of run().returns) {
      const expected = expectedOf(r);
      for (const [key, value] of expected) {
        const [sheet, col] = key.split("|");
        const ws = wb.getWorksheet(sheet)!;
        const row = rowOf(ws, r.district);
        expect(row).not.toBeNull();
        const cell = ws.getCell(row as number, Number(col)).value;
        expect([r.district, sheet, col, cell]).toEqual([r.district, sheet, col, value]);
        if (value !== null) sums.set(key, (sums.get(key) ?? 0) + value);
      }
    }
    for (const [key, sum] of sums) {
      const [sheet, col] = key.split("|");
      const ws = wb.getWorksheet(sheet)!;
      const total = rowOf(ws, "合计");
      expect(total).not.toBeNull();
      expect([sheet, col, text(ws.getCell(total as number, Number(col)).value)]).toEqual([sheet, col, String(sum)]);
    }
    // The missing district's row, where the table lists it, stays blank: never a zero.
    const missing = run().districts[0];
    for (const key of expectedOf(run().returns[0]).keys()) {
      const [sheet, col] = key.split("|");
      const ws = wb.getWorksheet(sheet)!;
      const row = rowOf(ws, missing);
      if (row !== null) expect(ws.getCell(row, Number(col)).value).toBeNull();
    }
  });
});

describe("anbiao consolidate across files (suzhou-2022)", () => {
  const dir = join(root, "suzhou-extra");
  const returned = join(dir, "returned");
  const findings: { location: string; rule: string; message: string }[] = [];
  let status = new Map<string, string[]>();
  let city: ExcelJS.Workbook;
  const t0 = new Date("2026-11-20T08:00:00Z").getTime();

  beforeAll(async () => {
    mkdirSync(returned, { recursive: true });
    const made = runBin(["template", "--profile", "suzhou-2022", "--year", "2022", "--district", "昆山", "-o", join(dir, "kunshan.xlsx")]);
    expect(made.status).toBe(0);
    runBin(["template", "--profile", "suzhou-2022", "--year", "2022", "--district", "太仓", "-o", join(dir, "taicang.xlsx")]);
    runBin(["template", "--profile", "suzhou-2022", "--year", "2022", "--district", "吴江", "-o", join(dir, "wujiang.xlsx")]);
    // 昆山 returns twice: the earlier file's figures must give way to the later one's.
    await fillReturn(join(dir, "kunshan.xlsx"), join(returned, "昆山-初稿.xlsx"), "昆山", 1, "none", new Date(t0), 7);
    await fillReturn(join(dir, "kunshan.xlsx"), join(returned, "昆山-终稿.xlsx"), "昆山", 1, "none", new Date(t0 + 3_600_000));
    // 太仓 and 吴江 fill their roster templates; one enterprise is in both.
    const shared = validUscc("91320500MA1ABCDE0");
    await fillReturn(join(dir, "taicang.xlsx"), join(returned, "太仓.xlsx"), "太仓", 2, "none", new Date(t0));
    await fillRoster(join(returned, "太仓.xlsx"), [
      ["太仓甲公司", validUscc("91320585MA1AAAAA0"), "太仓", null, "二级", "已达标"],
      ["两地乙公司", shared, "太仓", null, "三级", "已达标"],
    ], new Date(t0));
    await fillReturn(join(dir, "wujiang.xlsx"), join(returned, "吴江.xlsx"), "吴江", 3, "none", new Date(t0));
    await fillRoster(join(returned, "吴江.xlsx"), [["两地乙公司", shared, "吴江", null, "三级", "已达标"]], new Date(t0));
    const run = runBin(["consolidate", returned, "--profile", "suzhou-2022", "--year", "2022", "--as-of", "2022-10-01", "-o", join(dir, "city.xlsx")]);
    expect(run.status).toBe(0);
    city = await book(join(dir, "city.xlsx"));
    city.getWorksheet("校验结果")!.eachRow((row, r) => {
      if (r > 1) findings.push({ location: text(row.getCell(1).value), rule: text(row.getCell(5).value), message: text(row.getCell(6).value) });
    });
    status = new Map();
    city.getWorksheet("报送情况")!.eachRow((row, r) => {
      if (r > 3) status.set(text(row.getCell(1).value), [...(status.get(text(row.getCell(1).value)) ?? []), `${text(row.getCell(2).value)}:${text(row.getCell(4).value)}`]);
    });
  }, 120_000);

  it("warns about a district returned twice, naming both files, and marks the earlier one 重复", () => {
    const twice = findings.find((f) => f.rule === "consolidate/returned-twice");
    expect(twice?.message).toContain("昆山-初稿.xlsx");
    expect(twice?.message).toContain("昆山-终稿.xlsx");
    expect(status.get("昆山")).toEqual(["昆山-初稿.xlsx:重复", "昆山-终稿.xlsx:收到"]);
  });

  it("uses the later file's figures for a district returned twice", async () => {
    const later = await book(join(returned, "昆山-终稿.xlsx"));
    const ws = later.getWorksheet("附件1")!;
    const base = ws.getCell("B5").value;
    const cityRow = rowOf(city.getWorksheet("附件1")!, "昆山") as number;
    expect(city.getWorksheet("附件1")!.getCell(cityRow, 2).value).toBe(base);
    expect(base).toBe(20 + 3 * 1 + 0);
  });

  it("finds the same enterprise (USCC) in two districts' rosters, naming both files", () => {
    const dup = findings.find((f) => f.rule === "consolidate/duplicate-uscc");
    expect(dup?.message).toContain("太仓.xlsx");
    expect(dup?.message).toContain("吴江.xlsx");
  });

  it("warns where a table's base differs from the same district's roster", () => {
    expect(findings.some((f) => f.rule === "consolidate/table-roster-mismatch" && f.location.startsWith("太仓.xlsx"))).toBe(true);
  });
});

