/**
 * Issue 17, defects 7 and 16: --into-copy and fix-rates refuse an input whose parts they would edit
 * are not well-formed XML, in one line naming the part, and write nothing (never a broken copy,
 * never an internal error). A part they would copy unchanged is refused the same way, saying the
 * input itself is damaged: a lossless copy carries it on byte for byte, and Excel would have to
 * repair the copy (32 inputs of the fuzz corpus were copied so).
 */
import { existsSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { strToU8, unzipSync } from "fflate";
import { runBin } from "./run-bin";
import { countTablesWorkbook } from "../xlsx/package/fixtures/count-tables";
import { plainRoster, zipText } from "../fuzz/fuzz-workbooks";

const tmp = mkdtempSync(join(tmpdir(), "anbiao-malformed-"));

function withPart(bytes: Uint8Array, part: string, text: string): Uint8Array {
  return zipText({ ...unzipSync(bytes), [part]: strToU8(text) });
}

describe("edits refuse malformed parts (issue 17)", () => {
  it.each([
    ["xl/styles.xml", "this is not xml <"],
    ["xl/workbook.xml", '<?xml version="1.0"?>\n<workbook><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></workbook>'],
    ["[Content_Types].xml", "<Types><Default Extension='xml'"],
  ])("defects 7 and 16: summarize --into-copy refuses an input whose %s is not XML and writes nothing", (part, text) => {
    const input = join(tmp, `roster-${part.replace(/\W/g, "_")}.xlsx`);
    writeFileSync(input, withPart(plainRoster(8), part, text));
    const out = join(tmp, `copy-${part.replace(/\W/g, "_")}.xlsx`);
    const run = runBin(["summarize", input, "--profile", "suzhou-2022", "--as-of", "2022-10-01", "--into-copy", "-o", out]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(new RegExp(`中的部件 ${part.replace(/[[\]]/g, "\\$&")} 不是格式正确的 XML（第 \\d+ 行第 \\d+ 列），无法无损修改，未写出文件`));
    expect(existsSync(out)).toBe(false);
  });

  it("defect 16: fix-rates refuses count tables whose styles part is not XML, and writes nothing", async () => {
    const input = join(tmp, "tables.xlsx");
    writeFileSync(input, withPart(await countTablesWorkbook(), "xl/styles.xml", "<styleSheet><cellXfs>"));
    const out = join(tmp, "fixed.xlsx");
    const run = runBin(["fix-rates", input, "--profile", "suzhou-2022", "-o", out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("中的部件 xl/styles.xml 不是格式正确的 XML");
    expect(existsSync(out)).toBe(false);
  });

  it("the default summarize still writes its own new workbook from such an input, as it edits none of its parts", () => {
    const input = join(tmp, "styles-bad.xlsx");
    writeFileSync(input, withPart(plainRoster(8), "xl/styles.xml", "this is not xml <"));
    const out = join(tmp, "summary.xlsx");
    const run = runBin(["summarize", input, "--profile", "suzhou-2022", "--as-of", "2022-10-01", "-o", out]);
    expect([0, 1]).toContain(run.status);
    expect(existsSync(out)).toBe(true);
  });

  it.each([
    ["xl/theme/theme1.xml", () => "<a:theme><a:themeElements>"],
    ["xl/worksheets/sheet1.xml", (xml: string) => xml.replace("</worksheet>", "</worksheet><")],
  ])("summarize --into-copy refuses an input whose unedited part %s is not XML, saying the input is damaged, and writes nothing", (part, damage) => {
    const parts = unzipSync(plainRoster(8));
    const input = join(tmp, `damaged-${part.replace(/\W/g, "_")}.xlsx`);
    writeFileSync(input, zipText({ ...parts, [part]: strToU8(damage(parts[part] ? new TextDecoder().decode(parts[part]) : "")) }));
    const out = join(tmp, `damaged-copy-${part.replace(/\W/g, "_")}.xlsx`);
    const run = runBin(["summarize", input, "--profile", "suzhou-2022", "--as-of", "2022-10-01", "--into-copy", "-o", out]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(new RegExp(`本身已损坏：其中的部件 ${part} 不是格式正确的 XML（第 \\d+ 行第 \\d+ 列）。无损副本会原样带上这处损坏`));
    expect(existsSync(out)).toBe(false);
    // The default mode reads the values, which are sound, and writes a new workbook of its own.
    const summary = runBin(["summarize", input, "--profile", "suzhou-2022", "--as-of", "2022-10-01", "-o", join(tmp, `damaged-summary-${part.replace(/\W/g, "_")}.xlsx`)]);
    expect([0, 1]).toContain(summary.status);
  });

  it("fix-rates refuses count tables with a damaged part it would only copy, in English too", async () => {
    const input = join(tmp, "tables-theme.xlsx");
    writeFileSync(input, withPart(await countTablesWorkbook(), "docProps/app.xml", "<Properties><Application>"));
    const out = join(tmp, "fixed-theme.xlsx");
    const run = runBin(["--lang", "en", "fix-rates", input, "--profile", "suzhou-2022", "-o", out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/is itself damaged: its part docProps\/app\.xml is not well-formed XML \(line 1, column \d+\)/);
    expect(existsSync(out)).toBe(false);
  });
});

