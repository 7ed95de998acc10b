import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { builtinProfiles } from "../../src/core/profile";
import { profileRosterBytes } from "./fixtures/profile-roster";
import { runBin } from "./run-bin";

const tmp = mkdtempSync(join(tmpdir(), "anbiao-profiles-"));

describe("anbiao summarize for every built-in profile", () => {
  it.each(builtinProfiles.map((p) => [p.id, p] as const))("%s: writes its attachments, the compliance sheet and the findings sheet", async (id, profile) => {
    const input = join(tmp, `${id}.xlsx`);
    const out = join(tmp, `${id}-summary.xlsx`);
    writeFileSync(input, await profileRosterBytes(profile));
    const run = runBin(["summarize", input, "--profile", id, "--year", "2022", "--as-of", "2022-10-01", "-o", out]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const labels = (profile.attachments ?? []).map((a) => a.label);
    // Changshu's and Nantong's indicators get figures from this roster (grades, dates) and print on a sheet of their own;
    // it has no 标杆 or 提升 column, so Quanzhou's indicators have none and no such sheet.
    const indicators = ["changshu-2019", "nantong-2018"].includes(id) ? ["专项指标完成情况"] : [];
    // Qinyang's phased plan also prints by 乡镇.
    const phases = id === "qinyang-2024" ? ["分乡镇阶段目标"] : [];
    // In 2022 only Suzhou's categories have a target, so only its summary has charts (the others': test/cli/summarize-charts.test.ts).
    const charts = id === "suzhou-2022" ? ["图表"] : [];
    expect(wb.worksheets.map((w) => w.name)).toEqual([...labels, ...phases, "目标完成情况", ...charts, ...indicators, "校验结果"]);
    const compliance = wb.getWorksheet("目标完成情况")!;
    expect(compliance.getCell("A3").value).toBe("地区");
    expect(compliance.rowCount).toBeGreaterThan(3);
  });
});
