import { readFileSync } from "fs";
import ExcelJS from "exceljs";
import { intoCopyBytes } from "../../../src/xlsx/package";
import { readXlsxBytes } from "../../../src/xlsx/read-bytes";
import { readZipEntries } from "../../../src/xlsx/package/zip-entries";
import { richFixture } from "./fixtures/libreoffice";
import { entryText, firstLostToken, zipEntries } from "./fixtures/package-diff";
import { summarySpec } from "./fixtures/summary-spec";

// The parts that list sheets, styles and parts; every other part must come through unchanged.
const LIST_PARTS = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"];

describe("intoCopyBytes (lossless copy with generated sheets)", () => {
  let input: Uint8Array;
  let output: Uint8Array;
  const specs = [summarySpec(), summarySpec("合规情况", "compliance")];

  beforeAll(async () => {
    input = new Uint8Array(readFileSync(richFixture()));
    output = await intoCopyBytes(input, "rich.xlsx", specs);
  });

  it("starts from a fixture holding a chart, a pivot table and cache, an image, validation, conditional formats, comments, names and a hidden sheet", () => {
    const names = [...zipEntries(input).keys()];
    for (const folder of ["xl/charts/", "xl/pivotTables/", "xl/pivotCache/pivotCacheDefinition", "xl/pivotCache/pivotCacheRecords", "xl/media/", "xl/comments"]) {
      expect(names.some((n) => n.startsWith(folder))).toBe(true);
    }
    const entries = zipEntries(input);
    const sheets = names.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).map((n) => entryText(entries, n)).join("");
    expect(sheets).toContain("<dataValidation ");
    expect(sheets).toContain("<conditionalFormatting ");
    const workbook = entryText(entries, "xl/workbook.xml");
    expect(workbook).toContain("<definedName ");
    expect(workbook).toMatch(/<sheet [^>]*state="hidden"/);
  });

  it("copies every other part of the input byte for byte", () => {
    const before = zipEntries(input);
    const after = zipEntries(output);
    for (const [name, bytes] of before) {
      if (LIST_PARTS.includes(name)) continue;
      expect({ name, present: after.has(name) }).toEqual({ name, present: true });
      expect(Buffer.from(after.get(name) as Uint8Array).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it("keeps even the compressed bytes of every part it does not edit", () => {
    const stored = new Map(readZipEntries(input).map((e) => [e.name, e]));
    for (const e of readZipEntries(output)) {
      const old = stored.get(e.name);
      if (!old || LIST_PARTS.includes(e.name)) continue;
      expect({ name: e.name, crc: e.crc, same: Buffer.from(e.data).equals(Buffer.from(old.data)) }).toEqual({ name: e.name, crc: old.crc, same: true });
    }
  });

  it("only inserts into the parts that list sheets, relationships, content types and styles", () => {
    const before = zipEntries(input);
    const after = zipEntries(output);
    for (const name of LIST_PARTS) {
      const old = entryText(before, name);
      const now = entryText(after, name);
      expect(now).not.toEqual(old);
      expect({ name, lost: firstLostToken(old, now) }).toEqual({ name, lost: null });
    }
    // The check itself notices an edit that is not an insertion.
    const workbook = entryText(after, "xl/workbook.xml");
    expect(firstLostToken(entryText(before, "xl/workbook.xml"), workbook.replace("企业名单", "名单"))).not.toBeNull();
  });

  it("lists the new sheets, their tables and marker names in the package", () => {
    const after = zipEntries(output);
    const workbook = entryText(after, "xl/workbook.xml");
    expect(workbook).toContain('<sheet name="附件1(2)"');
    expect(workbook).toContain('<sheet name="合规情况"');
    expect(workbook).toContain('name="anbiao.gen.demo.attachment_1"');
    expect(workbook).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="5">&apos;附件1\(2\)&apos;!\$1:\$2</);
    const types = entryText(after, "[Content_Types].xml");
    const added = [...after.keys()].filter((n) => !zipEntries(input).has(n));
    for (const part of added.filter((n) => !n.includes("_rels/"))) expect(types).toContain(`PartName="/${part}"`);
    expect(added.filter((n) => n.startsWith("xl/tables/"))).toHaveLength(2);
  });

  it("writes the generated cells as inline strings and an in-workbook link as a location", () => {
    const after = zipEntries(output);
    const sheet = [...after.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n) && !zipEntries(input).has(n)).map((n) => entryText(after, n))[0];
    expect(sheet).toContain('t="inlineStr"><is><t>附件1 安全生产标准化创建情况统计表</t></is>');
    expect(sheet).not.toContain('t="s"');
    expect(sheet).toContain(`<hyperlink ref="A7" location="'花名册'!B5"/>`);
  });

  it("reads back with the input's sheets plus the generated ones, holding the spec's values and formulas", async () => {
    const before = await readXlsxBytes(input, "rich.xlsx");
    const after = await readXlsxBytes(output, "out.xlsx");
    expect(after.map((g) => g.name)).toEqual([...before.map((g) => g.name), "附件1(2)", "合规情况"]);
    expect(after.slice(0, before.length)).toEqual(before);
    const sheet = after[before.length];
    const at = (row: number, col: number) => sheet.values[row - sheet.origin.row][col - sheet.origin.col];
    const formula = (row: number, col: number) => sheet.formulas?.[row - sheet.origin.row][col - sheet.origin.col];
    for (const c of specs[0].cells) {
      if (c.formula !== undefined) {
        expect(formula(c.row, c.col)).toBe(c.formula);
        if (c.result !== undefined) expect(at(c.row, c.col)).toBe(c.result);
      } else expect(at(c.row, c.col)).toBe(c.value);
    }
    expect(sheet.merges).toEqual(specs[0].merges);
  });

  it("carries fonts, fills, borders, number formats, widths, freeze, print setup and the table", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(output) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet("附件1(2)") as ExcelJS.Worksheet;
    expect(ws.getCell("A1").font).toMatchObject({ name: "黑体", size: 16, bold: true });
    expect(ws.getCell("A3").font).toMatchObject({ name: "宋体", size: 11 });
    expect(ws.getCell("B2").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
    expect(ws.getCell("C4").border.top).toMatchObject({ style: "thin" });
    expect(ws.getCell("D3").numFmt).toBe("0.0%");
    expect(ws.getColumn(1).width).toBe(14);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 2 });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:2" });
    expect(ws.headerFooter.oddFooter).toBe("&C第 &P 页，共 &N 页");
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { style: { font?: { color?: { argb?: string } } } }[] }[] }).conditionalFormattings;
    expect(cf[0].ref).toBe("D3:D5");
    expect(cf[0].rules[0].style.font?.color?.argb).toBe("FFC00000");
    expect(Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables)).toEqual(["达标表"]);
  });
});
