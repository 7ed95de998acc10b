import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { usccOf } from "./fixtures/messy/kit";
import { runBin } from "./run-bin";

// 60,000 enterprises of one category (化工园区内危化企业), half in 昆山 and half in 常熟, every other one
// 申请创建: 60,000 memberships, which the 40,000-row limit of the ExcelJS-written 明细 refused.
const ENTERPRISES = 60_000;
const DISTRICTS = ["昆山", "常熟"];

async function bigRoster(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("台账");
  ws.addRow(["序号", "企业名称", "统一社会信用代码", "县级市（区）", "企业类别", "标准化等级", "创建状态"]);
  for (let i = 0; i < ENTERPRISES; i++) ws.addRow([i + 1, `第${i + 1}化工`, usccOf(20000 + i), DISTRICTS[i % 2], "化工园区内危化企业", null, i % 4 < 2 ? "申请创建" : "未创建"]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("summarize --details on 60,000 memberships", () => {
  it("writes the 明细 table whole, the total's base linked to all 60,000 rows", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "anbiao-details-large-"));
    const input = join(tmp, "big.xlsx");
    writeFileSync(input, await bigRoster());
    const out = join(tmp, "out.xlsx");
    const run = runBin(["summarize", input, "--profile", "suzhou-2022", "--as-of", "2022-10-01", "--year", "2022", "-o", out, "--details"]);
    expect(run.status).toBe(0);
    expect(run.stderr).not.toContain("明细表将有");
    const parts = unzipSync(new Uint8Array(readFileSync(out)));
    const sheets = Object.keys(parts).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p)).map((p) => strFromU8(parts[p]));
    const details = sheets.find((x) => x.includes("<autoFilter"))!;
    // By hand: 30,000 rows per district (15,000 applying first), then the 合计 group repeating the 30,000 applying.
    const rows = 60_000 + 30_000;
    expect(details.match(/<row /g)).toHaveLength(1 + rows);
    expect(details).toContain(`<autoFilter ref="A1:P${1 + rows}"/>`);
    const formulas = sheets.flatMap((x) => [...x.matchAll(/<f>(HYPERLINK[^<]*)<\/f>/g)].map((m) => m[1].replace(/&quot;/g, '"').replace(/&apos;/g, "'")));
    // Suzhou lists 常熟 before 昆山: 常熟 is rows 2–30001 (its 15,000 applying first), 昆山 30002–60001.
    expect(formulas).toContain(`HYPERLINK("#'明细'!A2:P60001",60000)`);
    expect(formulas).toContain(`HYPERLINK("#'明细'!A2:P30001",30000)`);
    expect(formulas).toContain(`HYPERLINK("#'明细'!A30002:P60001",30000)`);
    expect(formulas).toContain(`HYPERLINK("#'明细'!A2:P15001",15000)`);
    expect(formulas).toContain(`HYPERLINK("#'明细'!A60002:P90001",30000)`);
  }, 180_000);
});
