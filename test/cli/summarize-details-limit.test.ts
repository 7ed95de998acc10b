import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { MAX_DETAIL_ROWS } from "../../src/core/report/details/details-sheet";
import { usccOf } from "./fixtures/messy/kit";
import { runBin } from "./run-bin";

// 21,000 enterprises of one 昆山 category: the base block (昆山) and the total's each list all of
// them, 42,002 rows with their two titles, above the 40,000 a 明细 sheet is written with.
const ENTERPRISES = 21_000;

async function bigRoster(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("台账");
  ws.addRow(["序号", "企业名称", "统一社会信用代码", "县级市（区）", "企业类别", "标准化等级", "创建状态"]);
  for (let i = 0; i < ENTERPRISES; i++) ws.addRow([i + 1, `昆山第${i + 1}化工`, usccOf(20000 + i), "昆山", "化工园区内危化企业", null, "未创建"]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("summarize --details above the 明细 row limit", () => {
  it("writes the summary without 明细 and says why on stderr, exiting 0", async () => {
    expect(2 * (ENTERPRISES + 1)).toBeGreaterThan(MAX_DETAIL_ROWS);
    const tmp = mkdtempSync(join(tmpdir(), "anbiao-details-limit-"));
    const input = join(tmp, "big.xlsx");
    writeFileSync(input, await bigRoster());
    const out = join(tmp, "out.xlsx");
    const run = runBin(["summarize", input, "--profile", "suzhou-2022", "--as-of", "2022-10-01", "--year", "2022", "-o", out, "--details"]);
    expect(run.status).toBe(0);
    // At least the 昆山 and total base blocks; other categories the enterprises fall in add theirs.
    const said = /明细表将有 (\d+) 行，超过 40000 行/.exec(run.stderr);
    expect(said).not.toBeNull();
    expect(Number(said![1])).toBeGreaterThanOrEqual(2 * (ENTERPRISES + 1));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).not.toContain("明细");
    expect(wb.worksheets.map((w) => w.name)).toContain("附件1");
    let links = 0;
    wb.worksheets.forEach((w) => w.eachRow((row) => row.eachCell((c) => { if (typeof c.formula === "string" && c.formula.startsWith("HYPERLINK")) links++; })));
    expect(links).toBe(0);
  }, 120_000);
});
