import ExcelJS from "exceljs";
import { createHash } from "crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { fillReturn } from "./fixtures/district/fill-returns";
import { runBin, type BinRun } from "./run-bin";

// A folder of returns as a bureau's mailbox leaves it: two filled templates beside a note, an old
// .xls, a Word file, an Excel lock file and a damaged .xlsx. The run must go on, say what it skipped
// and why, and count the damaged workbook as a return with an error.
const dir = mkdtempSync(join(tmpdir(), "anbiao-skipped-"));
const returned = join(dir, "returned");
const ARGS = ["--profile", "suzhou-2022", "--year", "2022", "--as-of", "2022-10-01"];
const SKIPPED = ["说明.txt", "旧表.xls", "通知.docx", "~$回执-1.xlsx"];
let zh: BinRun;
let en: BinRun;
let hashes: Map<string, string>;

function text(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  return String(v);
}

function digestAll(): Map<string, string> {
  return new Map(readdirSync(returned).map((f) => [f, createHash("sha256").update(readFileSync(join(returned, f))).digest("hex")]));
}

/** 报送情况 as rows of text keyed by file name (missing districts have none). */
async function submissions(file: string): Promise<{ subtitle: string; byFile: Map<string, string[]> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0];
  const byFile = new Map<string, string[]>();
  ws.eachRow((row, r) => {
    if (r > 3 && text(row.getCell(2).value) !== "") byFile.set(text(row.getCell(2).value), [1, 2, 3, 4, 5, 6, 7].map((c) => text(row.getCell(c).value)));
  });
  return { subtitle: text(ws.getCell(2, 1).value), byFile };
}

beforeAll(async () => {
  mkdirSync(returned, { recursive: true });
  for (const d of ["昆山", "太仓"]) expect(runBin(["template", ...ARGS.slice(0, 4), "--district", d, "-o", join(dir, `${d}.xlsx`)]).status).toBe(0);
  await fillReturn(join(dir, "昆山.xlsx"), join(returned, "回执-1.xlsx"), "昆山", 1, "none", new Date("2026-11-20T08:00:00Z"));
  await fillReturn(join(dir, "太仓.xlsx"), join(returned, "回执-2.xlsx"), "太仓", 2, "none", new Date("2026-11-20T09:00:00Z"));
  writeFileSync(join(returned, "说明.txt"), "请于 11 月 30 日前报送");
  // A real workbook under an .xls name: skipped by its name, never opened.
  copyFileSync(join(dir, "太仓.xlsx"), join(returned, "旧表.xls"));
  writeFileSync(join(returned, "通知.docx"), "PK\u0003\u0004 not really a document");
  writeFileSync(join(returned, "~$回执-1.xlsx"), "lock");
  // The first 3,000 bytes of a template: a zip cut short in the post.
  writeFileSync(join(returned, "损坏.xlsx"), readFileSync(join(dir, "昆山.xlsx")).subarray(0, 3000));
  hashes = digestAll();
  zh = runBin(["consolidate", returned, ...ARGS, "-o", join(dir, "city.xlsx")]);
  en = runBin(["consolidate", returned, ...ARGS, "--lang", "en", "-o", join(dir, "city-en.xlsx")]);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("anbiao consolidate DIR: files that are no return", () => {
  it("goes on past them, exits 0 and leaves every input as it was", () => {
    expect([zh.status, zh.stderr]).toEqual([0, ""]);
    expect([en.status, en.stderr]).toEqual([0, ""]);
    expect(digestAll()).toEqual(hashes);
  });

  it("prints each skipped file with its reason, the damaged one as an error, and the counts", () => {
    expect(zh.stdout).toContain("说明.txt：跳过（不是 .xlsx 文件）");
    expect(zh.stdout).toContain("通知.docx：跳过（不是 .xlsx 文件）");
    expect(zh.stdout).toContain("旧表.xls：跳过（其他格式的表格，不是 .xlsx：请在 Excel 或 WPS 中另存为 .xlsx 后重新汇总）");
    expect(zh.stdout).toContain("~$回执-1.xlsx：跳过（是 Excel 打开工作簿时留下的临时锁定文件）");
    expect(zh.stdout).toMatch(/损坏\.xlsx：无法读取，记为错误（.*找不到 zip 目录的结尾/);
    // 10 districts in suzhou-2022: 昆山 and 太仓 returned, 8 missing; the damaged file is the one error; four files skipped.
    expect(zh.stdout).toMatch(/收到 2 个地区，未报 8 个，有错误 1 个，跳过 4 个文件/);
    expect(en.stdout).toContain("说明.txt: skipped (not an .xlsx file)");
    expect(en.stdout).toMatch(/损坏\.xlsx: unreadable, counted as an error/);
    expect(en.stdout).toMatch(/2 districts returned, 8 missing, 1 with errors, 4 files skipped/);
  });

  it("lists them in 报送情况: 跳过 with the reason and no counts, the damaged workbook 有错误 with one error and why", async () => {
    const { subtitle, byFile } = await submissions(join(dir, "city.xlsx"));
    expect(subtitle).toMatch(/收到 2 个，未报 8 个，重复 0 个，有错误 1 个，跳过 4 个文件$/);
    expect(byFile.get("说明.txt")?.slice(3)).toEqual(["跳过", "", "", "不是 .xlsx 文件"]);
    expect(byFile.get("通知.docx")?.slice(3)).toEqual(["跳过", "", "", "不是 .xlsx 文件"]);
    expect(byFile.get("旧表.xls")?.[3]).toBe("跳过");
    expect(byFile.get("旧表.xls")?.[6]).toMatch(/另存为 \.xlsx/);
    expect(byFile.get("~$回执-1.xlsx")?.[3]).toBe("跳过");
    const damaged = byFile.get("损坏.xlsx") as string[];
    expect(damaged.slice(3, 6)).toEqual(["有错误", "1", "0"]);
    expect(damaged[6]).toMatch(/^无法读取：.*找不到 zip 目录的结尾/);
    expect(byFile.get("回执-1.xlsx")?.slice(0, 1).concat(byFile.get("回执-1.xlsx")?.[3] ?? "")).toEqual(["昆山", "收到"]);
    expect(byFile.get("回执-2.xlsx")?.slice(0, 1).concat(byFile.get("回执-2.xlsx")?.[3] ?? "")).toEqual(["太仓", "收到"]);
    // Every file of the folder is on the sheet: none was dropped silently.
    expect([...byFile.keys()].sort()).toEqual(readdirSync(returned).sort());
  });

  it("says the same in English", async () => {
    const { subtitle, byFile } = await submissions(join(dir, "city-en.xlsx"));
    expect(subtitle).toMatch(/2 returned, 8 missing, 0 duplicates, 1 with errors, 4 files skipped$/);
    expect(byFile.get("说明.txt")?.slice(3)).toEqual(["skipped", "", "", "not an .xlsx file"]);
    expect(byFile.get("损坏.xlsx")?.slice(3, 5)).toEqual(["with errors", "1"]);
    expect(byFile.get("损坏.xlsx")?.[6]).toMatch(/^unreadable: /);
  });

  it("names the damaged file in 校验结果 with the rule consolidate/unreadable", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "city.xlsx"));
    const rows: string[][] = [];
    wb.getWorksheet("校验结果")!.eachRow((row) => rows.push([text(row.getCell(1).value), text(row.getCell(5).value)]));
    expect(rows.some(([where, rule]) => where.startsWith("损坏.xlsx") && rule === "consolidate/unreadable")).toBe(true);
    expect(rows.some(([where]) => SKIPPED.some((f) => where.startsWith(f)))).toBe(false);
  });
});
