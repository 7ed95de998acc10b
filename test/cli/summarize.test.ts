import { createHash } from "crypto";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { root, runBin } from "./run-bin";

const sample = join(root, "assets", "samples", "suzhou-roster.xlsx");
const tmp = mkdtempSync(join(tmpdir(), "anbiao-summarize-"));
const digest = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const args = (input: string, out: string, ...more: string[]) => ["summarize", input, "--profile", "suzhou-2022", "--as-of", "2022-10-01", "-o", out, ...more];

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

describe("anbiao summarize", () => {
  const input = join(tmp, "台账.xlsx");
  beforeAll(() => copyFileSync(sample, input));

  it("writes a new workbook holding only the generated sheets, naming source cells in text, and prints the compliance table", async () => {
    const before = digest(input);
    const out = join(tmp, "new", "summary.xlsx");
    const run = runBin(args(input, out));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("年度目标");
    expect(run.stdout).toContain("已写入");
    const wb = await load(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["附件1", "附件2", "表1", "目标完成情况", "图表", "校验结果"]);
    const findings = wb.getWorksheet("校验结果")!;
    expect(String(findings.getCell("A2").value)).toMatch(/^台账\.xlsx › 企业台账!C\d+$/);
    expect(digest(input)).toBe(before);
  });

  it("writes into a copy of the input with --into-copy, keeping the roster and linking findings to its cells", async () => {
    const before = digest(input);
    const out = join(tmp, "copy.xlsx");
    expect(runBin(args(input, out, "--into-copy")).status).toBe(0);
    const wb = await load(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["企业台账", "附件1", "附件2", "表1", "目标完成情况", "图表", "校验结果"]);
    // An in-workbook link is a <hyperlink location="…"> with no relationship, which ExcelJS does not read back.
    const parts = unzipSync(new Uint8Array(readFileSync(out)));
    const sheetXml = Object.keys(parts).filter((k) => k.startsWith("xl/worksheets/sheet")).map((k) => strFromU8(parts[k]));
    expect(sheetXml.some((x) => /<hyperlink ref="A2" location="'企业台账'!C\d+"\/>/.test(x))).toBe(true);
    expect(digest(input)).toBe(before);
  });

  it("refuses to overwrite an existing output without --force, in one line, and overwrites with it", () => {
    const out = join(tmp, "twice.xlsx");
    expect(runBin(args(input, out)).status).toBe(0);
    const again = runBin(args(input, out));
    expect(again.status).toBe(2);
    expect(again.stderr.trim().split("\n")).toHaveLength(1);
    expect(again.stderr).toContain("--force");
    expect(runBin(args(input, out, "--force")).status).toBe(0);
  });

  it("refuses to write over its input even with --force", () => {
    const before = digest(input);
    const run = runBin(args(input, input, "--force", "--into-copy"));
    expect(run.status).toBe(2);
    expect(digest(input)).toBe(before);
  });

  it("replaces its own sheets when run on a copy it wrote, never duplicating them", async () => {
    const first = join(tmp, "first.xlsx");
    const second = join(tmp, "second.xlsx");
    expect(runBin(args(input, first, "--into-copy")).status).toBe(0);
    expect(runBin(args(first, second, "--into-copy")).status).toBe(0);
    expect((await load(second)).worksheets.map((w) => w.name)).toEqual(["企业台账", "附件1", "附件2", "表1", "目标完成情况", "图表", "校验结果"]);
  });

  it("says which sheets are not rosters when the input has none, exit 2", () => {
    const out = join(tmp, "none.xlsx");
    const run = runBin(args(join(tmp, "new", "summary.xlsx"), out));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("没有可识别的台账工作表");
    expect(existsSync(out)).toBe(false);
  });
});
