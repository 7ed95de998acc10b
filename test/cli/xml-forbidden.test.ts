/** Issue 17, defect 17: characters XML forbids never reach a written workbook, and each is a finding. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { strFromU8, unzipSync } from "fflate";
import { runBin } from "./run-bin";
import { rosterRow, rosterWorkbook, zipText } from "../fuzz/fuzz-workbooks";
import { wellFormedWorkbook } from "../fuzz/run-contract";

const tmp = mkdtempSync(join(tmpdir(), "anbiao-xml-forbidden-"));
const input = join(tmp, "roster.xlsx");
// Row 3's enterprise name is read from "&#xFFFE;" plus text; row 4's from Excel's _x0001_ escape.
const rows = [1, 2, 3].map(rosterRow);
rows[1][1] = "\uFFFE苏州甲企业";
rows[2][1] = "苏州乙_x0001_企业";
writeFileSync(input, rosterWorkbook(rows));


describe("XML-forbidden characters (issue 17, defect 17)", () => {
  beforeAll(() => {
    // The generator escapes text as XML would; put U+FFFE in as the character reference a damaged file carries.
    const parts = unzipSync(readFileSync(input));
    const sst = strFromU8(parts["xl/sharedStrings.xml"]).replace("\uFFFE", "&#xFFFE;");
    writeFileSync(input, zipText({ ...parts, "xl/sharedStrings.xml": sst }));
  });

  it("defect 17: summarize writes well-formed XML, showing U+FFFD where the input had U+FFFE and U+0001", () => {
    const out = join(tmp, "summary.xlsx");
    const run = runBin(["summarize", input, "--profile", "suzhou-2022", "--as-of", "2022-10-01", "-o", out]);
    expect([0, 1]).toContain(run.status);
    const bytes = new Uint8Array(readFileSync(out));
    expect(wellFormedWorkbook(bytes)).toBe(true);
    const text = Object.values(unzipSync(bytes)).map((b) => strFromU8(b)).join("");
    expect(text).toContain("\uFFFD苏州甲企业");
    expect(text).not.toContain("\uFFFE");
  });

  it("defect 17: --into-copy, which would copy the input's broken part byte for byte, refuses it and writes nothing", () => {
    const out = join(tmp, "copy.xlsx");
    const run = runBin(["summarize", input, "--profile", "suzhou-2022", "--as-of", "2022-10-01", "--into-copy", "-o", out]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(`anbiao: ${input} 中的部件 xl/sharedStrings.xml 含有 XML 不允许的字符 U+FFFE，副本无法保持格式正确，未写出文件。请改用默认模式（它以 � 代替该字符）`);
    expect(existsSync(out)).toBe(false);
  });

  it("check reports each such cell as cell/xml-forbidden, naming the character", () => {
    const run = runBin(["check", input, "--profile", "suzhou-2022", "--as-of", "2022-10-01", "--json"]);
    const report = JSON.parse(run.stdout) as { findings: { rule: string; cell: string; message: string }[] };
    const found = report.findings.filter((f) => f.rule === "cell/xml-forbidden");
    expect(found.map((f) => f.cell)).toEqual(["B3", "B4"]);
    expect(found[0].message).toBe("第 3 行（\uFFFE苏州甲企业）的企业名称含有工作簿不能保存的字符 U+FFFE，写出的工作簿中以 � 代替");
    expect(found[1].message).toContain("U+0001");
  });
});
