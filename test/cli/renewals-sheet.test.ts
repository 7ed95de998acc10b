import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { RENEWAL_AS_OF, renewalWorkbook } from "./fixtures/renewals/renewal-roster";
import { runBin } from "./run-bin";

const tmp = mkdtempSync(join(tmpdir(), "anbiao-renewals-sheet-"));
const input = join(tmp, "renewals.xlsx");
const out = join(tmp, "到期提醒.xlsx");
let ws: ExcelJS.Worksheet;
let stdout: string;

/** The values of one sheet row from column 1 to `width`, blanks as null. */
const rowOf = (r: number, width: number) => Array.from({ length: width }, (_, i) => ws.getCell(r, i + 1).value ?? null);

beforeAll(async () => {
  writeFileSync(input, await renewalWorkbook());
  const r = runBin(["renewals", input, "--profile", "suzhou-2022", "--as-of", RENEWAL_AS_OF, "--year", "2022", "-o", out]);
  expect(r.status).toBe(0);
  stdout = r.stdout;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.worksheets.map((s) => s.name)).toEqual(["到期提醒"]);
  ws = wb.getWorksheet("到期提醒")!;
});

describe("anbiao renewals -o (到期提醒 sheet, worked by hand on the planted expiries)", () => {
  it("titles the sheet with the as-of day, the window and the count, and says where it wrote", () => {
    expect(ws.getCell("A1").value).toBe("到期提醒（统计日 2022-10-01，90 天内到期及已过期仍标为已达标的证书 4 张）");
    expect(stdout).toContain(`已写入 ${out}：到期提醒`);
  });

  it("lists the four certificates by district (太仓 before 昆山) then date, with grade, number, days left and the lapsed mark", () => {
    expect(rowOf(2, 9)).toEqual(["地区", "企业名称", "统一社会信用代码", "等级", "证书编号", "有效期至", "剩余天数", "已过期", "台账状态"]);
    expect(rowOf(3, 9)).toEqual(["太仓", "太仓乙化工T2", expect.any(String), "二级", "AQBWHⅡ2019-007", "2022-11-30", 60, null, "已达标"]);
    expect(rowOf(4, 9)).toEqual(["昆山", "昆山丁化工K4", expect.any(String), "二级", "AQBWHⅡ2019-004", "2022-09-01", -30, "已过期", "已达标"]);
    expect(rowOf(5, 9)).toEqual(["昆山", "昆山甲化工K1", expect.any(String), "二级", "AQBWHⅡ2019-001", "2022-10-15", 14, null, "已达标"]);
    expect(rowOf(6, 9)).toEqual(["昆山", "昆山乙化工K2", expect.any(String), "二级", "AQBWHⅡ2019-002", "2022-12-20", 80, null, "已达标"]);
    expect(ws.getCell("A7").value ?? null).toBeNull();
  });

  it("counts expiries per district and month, 2022-10 … 2023-09 (T1 12-31 and K3 2023-03-01 count; K4, lapsed, does not)", () => {
    expect(ws.getCell("A8").value).toBe("各地区未来 12 个月到期的证书数：");
    expect(rowOf(9, 13)).toEqual(["地区", "2022-10", "2022-11", "2022-12", "2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06", "2023-07", "2023-08", "2023-09"]);
    expect(rowOf(10, 13)).toEqual(["太仓", 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(rowOf(11, 13)).toEqual(["昆山", 1, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
    expect(rowOf(12, 13)).toEqual(["合计", 1, 1, 2, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
  });

  it("projects the 化工园 figures at 12-31 against the 80% target: 太仓 2→1, 昆山 4→2 (met → not), 合计 6→3", () => {
    expect(ws.getCell("A14").value).toBe("年末预测（若以上证书均未复审换证，按 12 月 31 日统计）：");
    expect(rowOf(15, 11)).toEqual(["地区", "类别", "底数", "已达标", "年末已达标", "现率", "年末率", "目标", "现完成", "年末完成", "年末差距"]);
    const cat = "化工园（集中）区内危化企业";
    const rows = [16, 17, 18].map((r) => rowOf(r, 11));
    // 太仓: base 3, ⌈2.4⌉ = 3 needed; 2 now (2/3), 1 at 12-31 (1/3), 2 short.
    expect(rows[0]).toEqual(["太仓", cat, 3, 2, 1, expect.closeTo(2 / 3, 12), expect.closeTo(1 / 3, 12), 0.8, "✗", "✗", 2]);
    // 昆山: base 5, ⌈4⌉ = 4 needed; 4 now (80%, met), 2 at 12-31 (40%), 2 short.
    expect(rows[1]).toEqual(["昆山", cat, 5, 4, 2, 0.8, 0.4, 0.8, "✓", "✗", 2]);
    // 合计: base 8, ⌈6.4⌉ = 7 needed; 6 now (75%), 3 at 12-31 (37.5%), 4 short.
    expect(rows[2]).toEqual(["合计", cat, 8, 6, 3, 0.75, 0.375, 0.8, "✗", "✗", 4]);
    expect(ws.getCell("A19").value ?? null).toBeNull();
    expect(ws.getCell("F16").numFmt).toBe("0.0%");
  });

  it("prints on A4, one page wide, the title and list header repeated on every page", () => {
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1, printTitlesRow: "1:2" });
  });

  it("refuses to overwrite an existing file without --force, and never writes with a bad --within", () => {
    const again = runBin(["renewals", input, "--profile", "suzhou-2022", "--as-of", RENEWAL_AS_OF, "-o", out]);
    expect(again.status).toBe(2);
    const other = join(tmp, "bad.xlsx");
    expect(runBin(["renewals", input, "--profile", "suzhou-2022", "--within", "0", "-o", other]).status).toBe(2);
    expect(existsSync(other)).toBe(false);
  });
});
