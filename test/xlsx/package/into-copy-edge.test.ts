import { intoCopyBytes } from "../../../src/xlsx/package";
import { readXlsxBytes } from "../../../src/xlsx/read-bytes";
import { craft, plainEntries } from "./fixtures/craft-package";
import { entryText, zipEntries } from "./fixtures/package-diff";
import { summarySpec } from "./fixtures/summary-spec";

describe("intoCopyBytes (unusual but valid inputs)", () => {
  it("adds a styles part when the input has none", async () => {
    const entries = await plainEntries();
    delete entries["xl/styles.xml"];
    const input = craft(entries, {
      "xl/_rels/workbook.xml.rels": (x) => x.replace(/<Relationship [^>]*relationships\/styles"[^>]*\/>/, ""),
      "[Content_Types].xml": (x) => x.replace(/<Override PartName="\/xl\/styles.xml"[^>]*\/>/, ""),
    });
    const out = zipEntries(await intoCopyBytes(input, "bare.xlsx", [summarySpec()]));
    expect(entryText(out, "xl/_rels/workbook.xml.rels")).toMatch(/relationships\/styles" Target="styles\.xml"/);
    expect(entryText(out, "[Content_Types].xml")).toContain('PartName="/xl/styles.xml"');
    expect(entryText(out, "xl/styles.xml")).toContain('formatCode="0.0%"');
  });

  it("writes into a workbook.xml whose elements carry a namespace prefix", async () => {
    const entries = await plainEntries();
    const prefixed = (x: string) => x
      .replace(/<(\/?)(workbook|fileVersion|workbookPr|sheets|sheet|definedNames|definedName|calcPr|bookViews|workbookView)\b/g, "<$1x:$2")
      .replace('<x:workbook xmlns="', '<x:workbook xmlns:x="');
    const out = await intoCopyBytes(craft(entries, { "xl/workbook.xml": prefixed }), "prefixed.xlsx", [summarySpec()]);
    const workbook = entryText(zipEntries(out), "xl/workbook.xml");
    expect(workbook).toContain('<x:sheet name="附件1" sheetId="2" r:id="');
    expect(workbook).toContain('<x:definedName name="anbiao.gen.demo.attachment_1">');
    expect((await readXlsxBytes(out, "prefixed.xlsx")).map((g) => g.name)).toEqual(["花名册", "附件1"]);
  });
});
