import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readFileSync } from "fs";
import { root, runBin } from "./run-bin";

const sample = join(root, "assets", "samples", "suzhou-roster.xlsx");
const tmp = mkdtempSync(join(tmpdir(), "anbiao-cli-"));

function expectOneClearLine(run: { status: number | null; stdout: string; stderr: string }, fragment: string): void {
  expect(run.status).toBe(2);
  const lines = run.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(fragment);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe("anbiao (built bin)", () => {
  it("prints help listing the inspect command and exits 0", () => {
    const run = runBin(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("inspect");
    expect(run.stdout).toContain("安标台账助手");
  });

  it("prints the package version", () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    const run = runBin(["--version"]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(version);
  });

  it("inspects the bundled sample: sheet name, used range, merges, first rows", () => {
    const run = runBin(["inspect", sample, "--rows", "3"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("工作表「企业台账」");
    expect(run.stdout).toMatch(/已用区域 A1:L\d+/);
    expect(run.stdout).toContain("合并单元格（1）：A1:L1");
    expect(run.stdout).toContain("3: 序号 | 企业名称 | 统一社会信用代码");
  });

  it("speaks English with --lang en", () => {
    const run = runBin(["--lang", "en", "inspect", sample, "--rows", "1"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Sheet "企业台账": used range A1:L');
  });

  it("exits 2 with one line for a missing file", () => {
    expectOneClearLine(runBin(["inspect", join(tmp, "nope.xlsx")]), "找不到文件");
  });

  it("exits 2 with one line for a file that is not xlsx", () => {
    const csv = join(tmp, "roster.xlsx");
    writeFileSync(csv, "序号,企业名称\n1,苏州甲公司\n");
    expectOneClearLine(runBin(["inspect", csv]), "不是 .xlsx 工作簿");
  });

  it("exits 2 with one line for a password-protected workbook", () => {
    const locked = join(tmp, "locked.xlsx");
    const bytes = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
    writeFileSync(locked, bytes);
    expectOneClearLine(runBin(["inspect", locked]), "已加密");
  });

  it("exits 2 with one line for a corrupt workbook", () => {
    const whole = readFileSync(sample);
    const cut = join(tmp, "cut.xlsx");
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const run = runBin(["inspect", cut]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("cut.xlsx");
  });

  it("exits 2 with one line for a folder", () => {
    expectOneClearLine(runBin(["inspect", tmp]), "是文件夹");
  });

  it("exits 2 on an unknown command, saying so in Chinese with a usage hint", () => {
    expectOneClearLine(runBin(["frobnicate"]), "用法错误：没有 frobnicate 这个命令（运行 anbiao --help 查看用法）");
  });

  it("exits 2 when a required option is missing, naming it", () => {
    expectOneClearLine(runBin(["check", sample]), "缺少必填选项 --profile");
  });
});
