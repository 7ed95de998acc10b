import { createHash } from "crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { countTablesWorkbook } from "../xlsx/package/fixtures/count-tables";
import { runBin } from "./run-bin";

const tmp = mkdtempSync(join(tmpdir(), "anbiao-fix-rates-"));
const digest = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const args = (input: string, out: string, ...more: string[]) => ["fix-rates", input, "--profile", "suzhou-2022", "-o", out, ...more];

describe("anbiao fix-rates", () => {
  const input = join(tmp, "统计表.xlsx");
  beforeAll(async () => writeFileSync(input, await countTablesWorkbook()));

  it("writes the fixed copy, prints each rewritten cell with its old and new value, and leaves the input untouched", () => {
    const before = digest(input);
    const out = join(tmp, "fixed.xlsx");
    const run = runBin(args(input, out));
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(existsSync(out)).toBe(true);
    expect(digest(input)).toBe(before);
    expect(run.stdout).toContain(`已写入 ${out}`);
    expect(run.stdout).toContain("【附件1】");
    expect(run.stdout).toContain('L6：88.0% → =IF(N(J6)=0,"/",N(K6)/N(J6))（91.6%）');
    expect(run.stdout).toContain("B15：3157 → =SUM(B5:B14)（3157）");
    expect(run.stdout).toContain("S15：合计填报 208，各行之和为 199");
    expect(run.stdout).toContain("D6：文本“102” → 数值 102");
  });

  it("gives one JSON object with --json, in English with --lang en", () => {
    const out = join(tmp, "fixed-json.xlsx");
    const run = runBin([...args(input, out, "--json"), "--lang", "en"]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ file: input, out, profile: "suzhou-2022" });
    const annex1 = report.tables.find((t: { sheet: string }) => t.sheet === "附件1");
    expect(annex1.edits.find((e: { cell: string }) => e.cell === "L6")).toEqual({
      cell: "L6", kind: "rate", old: "88.0%", oldText: "88.0%", formula: '=IF(N(J6)=0,"/",N(K6)/N(J6))', value: 76 / 83, valueText: "91.6%",
    });
    expect(annex1.keptTotals).toEqual([{ cell: "S15", stated: 208, sum: 199 }, { cell: "T15", stated: 196, sum: 187 }]);
    expect(report.summary).toMatchObject({ tables: 4, cells: report.tables.reduce((n: number, t: { edits: unknown[] }) => n + t.edits.length, 0) });
    const english = runBin([...args(input, join(tmp, "fixed-en.xlsx")), "--lang", "en"]);
    expect(english.stdout).toContain('L6: 88.0% → =IF(N(J6)=0,"/",N(K6)/N(J6)) (91.6%)');
    expect(english.stdout).toContain("S15: the total states 208 but its rows add up to 199; the typed total is kept");
  });

  it("finds nothing to change in its own output", () => {
    const once = join(tmp, "once.xlsx");
    const twice = join(tmp, "twice.xlsx");
    expect(runBin(args(input, once)).status).toBe(0);
    const run = runBin(args(once, twice, "--json"));
    expect(run.status).toBe(0);
    // The totals that differ are still reported: 附件1 S15/T15, 附件2 B15/H15/I15, and the same in each messy copy.
    expect(JSON.parse(run.stdout).summary).toMatchObject({ cells: 0, keptTotals: 2 + 3 + 2 + 3 });
    expect(digest(twice)).toBe(digest(once));
  });

  it("refuses the input as output, an existing output without --force, and overwrites with it", () => {
    const same = runBin(args(input, input));
    expect(same.status).toBe(2);
    expect(same.stderr).toContain("fix-rates 从不修改原工作簿");
    const out = join(tmp, "exists.xlsx");
    writeFileSync(out, "old");
    const again = runBin(args(input, out));
    expect(again.status).toBe(2);
    expect(again.stderr.trim().split("\n")).toHaveLength(1);
    expect(again.stderr).toContain("--force");
    expect(readFileSync(out, "utf8")).toBe("old");
    expect(runBin(args(input, out, "--force")).status).toBe(0);
  });

  it("exits 2 with one line on input that is no workbook, or holds no count table", async () => {
    const text = join(tmp, "notes.xlsx");
    writeFileSync(text, "not a workbook");
    const bad = runBin(args(text, join(tmp, "bad-out.xlsx")));
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    const roster = join(__dirname, "..", "..", "assets", "samples", "suzhou-roster.xlsx");
    const none = runBin(args(roster, join(tmp, "none.xlsx")));
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("没有识别出附件式计数表");
    expect(existsSync(join(tmp, "none.xlsx"))).toBe(false);
  });
});
