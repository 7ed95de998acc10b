/**
 * Issue 17, defects 1, 3 and 14 and their siblings: a damaged cell is reported with its part and
 * character offset, never guessed around, never looped on. Each input is the minimal one; every
 * case is read whole and in 3-byte chunks, so chunk edges fall everywhere.
 */
import { unzipSync, zipSync, strFromU8, strToU8 } from "fflate";
import { readXlsxLean } from "../../../../src/xlsx/lean/read-xlsx-lean";
import { t } from "../../../../src/core/i18n/translate";
import { handWorkbook } from "../fixture-workbooks";
import { offsetIn, refusal } from "../refusal";
import { READ_LIMITS } from "../../../../src/xlsx/lean/read-limits";

const SHEET = "xl/worksheets/sheet1.xml";
const CHUNKINGS = [{}, { chunkBytes: 3 }];

function oneSheet(sheetData: string, sharedStrings?: string[]): Uint8Array {
  return handWorkbook({ sheets: [{ name: "台账", sheetData }], sharedStrings });
}

describe("lean reader: damaged cells are refused with part and offset (issue 17)", () => {
  it("defect 14: a shared-string cell missing </v> is refused, not given the next cell's string", () => {
    const bytes = oneSheet('<row r="1"><c r="A1" t="s"><v>0</c><c r="B1" t="s"><v>1</v></c></row>', ["<t>甲</t>", "<t>乙</t>"]);
    for (const options of CHUNKINGS) {
      const e = refusal(bytes, options);
      expect(e.key).toBe("input.corrupt");
      expect(e.params).toMatchObject({ file: "bad.xlsx", detailKey: "damage.xml.unclosed", part: SHEET, tag: "v", offset: offsetIn(bytes, SHEET, "<v>0</c>") });
    }
  });

  it("defect 14: a number cell missing </v> is refused, not read as the next cell's number", () => {
    const bytes = oneSheet('<row r="1"><c r="A1"><v>12</c><c r="B1"><v>34</v></c></row>');
    for (const options of CHUNKINGS) {
      expect(refusal(bytes, options).params).toMatchObject({ detailKey: "damage.xml.unclosed", tag: "v", offset: offsetIn(bytes, SHEET, "<v>12</c>") });
    }
  });

  it.each([
    ["f", '<row r="1"><c r="A1"><f>SUM(B1:C1)</c><c r="B1"><v>1</v></c></row>', "<f>SUM"],
    ["v", '<row r="1"><c r="A1"><v>1</c></row>', "<v>1"],
    ["is", '<row r="1"><c r="A1" t="inlineStr"><is><t>甲</t></c></row>', "<is>"],
    ["t", '<row r="1"><c r="A1" t="inlineStr"><is><t>甲</is></c></row>', "<t>甲"],
  ])("defect 1: a <%s> with no end tag stops with a damage error instead of looping", (tag, sheetData, needle) => {
    const bytes = oneSheet(sheetData);
    for (const options of CHUNKINGS) {
      expect(refusal(bytes, options).params).toMatchObject({ detailKey: "damage.xml.unclosed", tag, part: SHEET, offset: offsetIn(bytes, SHEET, needle) });
    }
  });

  it("a cell missing </c> before the next cell is refused at the cell that was not closed", () => {
    const bytes = oneSheet('<row r="1"><c r="A1" t="s"><c r="B1" t="s"><v>1</v></c></row>', ["<t>甲</t>", "<t>乙</t>"]);
    expect(refusal(bytes).params).toMatchObject({ detailKey: "damage.xml.unclosed", tag: "c", offset: offsetIn(bytes, SHEET, '<c r="A1"') });
  });

  it("sheet data that never ends (a part cut short) is refused, not read as far as it goes", () => {
    const bytes = handWorkbook({ sheets: [{ name: "S", sheetData: '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v>' }] });
    // handWorkbook closes </sheetData> itself; cut it out of the part to make the truncation.
    const parts = unzipSync(bytes);
    const text = strFromU8(parts[SHEET]).replace("</sheetData>", "");
    const cut = zipSync({ ...parts, [SHEET]: strToU8(text) });
    for (const options of CHUNKINGS) expect(refusal(cut, options).params).toMatchObject({ part: SHEET, detailKey: expect.stringMatching(/^damage\.xml\.(truncated|unclosed)$/) });
  });

  it("a <v> outside any cell (a damaged cell start tag) is refused, not dropped", () => {
    const bytes = oneSheet('<row r="1"><x r="A1"><v>5</v></c></row>');
    expect(refusal(bytes).params).toMatchObject({ detailKey: "damage.xml.tag", offset: offsetIn(bytes, SHEET, "<v>5") });
  });

  it("a cell start tag with an unquoted attribute is refused, not read without its type", () => {
    const bytes = oneSheet('<row r="1"><c r="A1" t=s><v>0</v></c></row>', ["<t>甲</t>"]);
    expect(refusal(bytes).params).toMatchObject({ detailKey: "damage.xml.tag", offset: offsetIn(bytes, SHEET, '<c r="A1"') });
  });
});

describe("lean reader: cell references and values are parsed strictly (issue 17)", () => {
  it.each(["B2_000000", "B2x", "XFE1", "A1048577", "A0", "1A", "ABCD1", "A12345678", ""])("defect 3: the reference %p is refused", (ref) => {
    const bytes = oneSheet(`<row r="1"><c r="${ref}"><v>1</v></c></row>`);
    for (const options of CHUNKINGS) {
      expect(refusal(bytes, options).params).toMatchObject({ detailKey: "damage.xml.reference", ref, offset: offsetIn(bytes, SHEET, `<c r="${ref}"`) });
    }
  });

  it.each(["67000000", "0", "2_0", "1e3", "-1"])("a row number %p is refused", (r) => {
    const bytes = oneSheet(`<row r="${r}"><c><v>1</v></c></row>`);
    expect(refusal(bytes).params).toMatchObject({ detailKey: "damage.xml.row", row: r });
  });

  it("a cell at XFD1048576 alone is read as a 1×1 grid there", () => {
    const [grid] = readXlsxLean(oneSheet('<row r="1048576"><c r="XFD1048576"><v>7</v></c></row>'), "edge.xlsx");
    expect(grid.origin).toEqual({ row: 1048576, col: 16384 });
    expect(grid.values).toEqual([[7]]);
  });

  it("cells without references past column XFD are refused", () => {
    const bytes = oneSheet(`<row r="1"><c r="XFC1"><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row>`);
    expect(refusal(bytes).params).toMatchObject({ detailKey: "damage.xml.reference" });
  });

  it.each([
    ["12x4", "", "damage.xml.number"],
    ["1.2.3", "", "damage.xml.number"],
    ["NaN", "", "damage.xml.number"],
    ["0x1A", "", "damage.xml.number"],
    ["2", ' t="b"', "damage.xml.bool"],
    ["yes", ' t="b"', "damage.xml.bool"],
  ])("a <v>%s</v>%s that cannot be the cell's value is refused", (v, type, key) => {
    const bytes = oneSheet(`<row r="1"><c r="A1"${type}><v>${v}</v></c></row>`);
    expect(refusal(bytes).params).toMatchObject({ detailKey: key, value: v, offset: offsetIn(bytes, SHEET, `<v>${v}`) });
  });

  it("numbers OOXML writes are still read: signs, fractions, exponents", () => {
    const [grid] = readXlsxLean(oneSheet('<row r="1"><c r="A1"><v>-1.5</v></c><c r="B1"><v>2.5E-3</v></c><c r="C1"><v>.5</v></c><c r="D1"><v>1e2</v></c><c r="E1" t="b"><v>1</v></c></row>'), "ok.xlsx");
    expect(grid.values).toEqual([[-1.5, 0.0025, 0.5, 100, true]]);
  });

  it.each(["2", "99999", "x"])("a shared-string index %p the workbook does not have is refused, not read as empty", (v) => {
    const bytes = oneSheet(`<row r="1"><c r="A1" t="s"><v>${v}</v></c></row>`, ["<t>甲</t>", "<t>乙</t>"]);
    expect(refusal(bytes).params).toMatchObject({ detailKey: "damage.xml.sharedIndex", index: v, count: 2 });
  });
});

describe("lean reader: damaged shared strings are refused (issue 17)", () => {
  const SST = "xl/sharedStrings.xml";

  it("an <si> missing </si> is refused, not joined to the next item (which would shift every later index)", () => {
    const bytes = oneSheet('<row r="1"><c r="A1" t="s"><v>1</v></c></row>', ["<t>甲</t><si><t>乙</t>", "<t>丙</t>"]);
    for (const options of CHUNKINGS) expect(refusal(bytes, options).params).toMatchObject({ detailKey: "damage.xml.unclosed", tag: "si", part: SST });
  });

  it("a <t> missing </t> inside an item is refused, not read as an empty string", () => {
    const bytes = oneSheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', ["<t>甲"]);
    for (const options of CHUNKINGS) expect(refusal(bytes, options).params).toMatchObject({ detailKey: "damage.xml.unclosed", tag: "t", part: SST, offset: offsetIn(bytes, SST, "<t>甲") });
  });
});

describe("lean reader: damage messages read in the user's language (issue 17)", () => {
  it("the Chinese message of a damaged cell names file, part and offset with no English engine text", () => {
    const e = refusal(oneSheet('<row r="1"><c r="A1"><v>1</c></row>'));
    const zh = t(e.key, e.params, "zh-CN");
    expect(zh).toBe(`bad.xlsx 已损坏，无法读取：部件 ${SHEET} 第 ${e.params.offset} 个字符处的 <v> 没有结束标记`);
    expect(t(e.key, e.params, "en")).toBe(`bad.xlsx is corrupt and cannot be read: the <v> at character ${e.params.offset} of part ${SHEET} is never closed`);
  });
});

describe("lean reader: rows are nested as written (issue 17)", () => {
  it("a row missing </row> is refused where the next row begins", () => {
    const bytes = oneSheet('<row r="1"><c r="A1"><v>1</v></c><row r="2"><c r="A2"><v>2</v></c></row>');
    for (const options of CHUNKINGS) expect(refusal(bytes, options).params).toMatchObject({ detailKey: "damage.xml.rowNotClosed", offset: offsetIn(bytes, SHEET, '<row r="2"') });
  });

  it("a cell outside any row (its <row> tag damaged) is refused", () => {
    const bytes = oneSheet('<rox r="1"><c r="A1"><v>1</v></c></row>');
    expect(refusal(bytes).params).toMatchObject({ detailKey: "damage.xml.tag", offset: offsetIn(bytes, SHEET, '<c r="A1"') });
  });
});

describe("lean reader: a lost </c> after a whole-number value (issue 17, found by the fuzz slice)", () => {
  it("a shared-string cell missing </c> before the next cell is refused, not read with the next cell dropped", () => {
    const bytes = oneSheet('<row r="1"><c r="C7" t="s"><v>0</v><c r="D7" t="s"><v>1</v></c></row>', ["<t>甲</t>", "<t>乙</t>"]);
    for (const options of CHUNKINGS) expect(refusal(bytes, options).params).toMatchObject({ detailKey: "damage.xml.unclosed", tag: "c", offset: offsetIn(bytes, SHEET, '<c r="C7"') });
  });
});

describe("lean reader: the shared-strings limit counts every item (issue 16)", () => {
  const SST = "xl/sharedStrings.xml";
  /** Stands for an item the test rewrites as <si/>, which the fixture writer cannot write. */
  const SELF_CLOSED = "<!--self-closed-->";
  afterEach(() => jest.restoreAllMocks());

  it.each([
    ["plain items", ["<t>甲</t>", "<t>乙</t>", "<t>丙</t>"]],
    ["empty items", ["<t>甲</t>", "", ""]],
    ["self-closed items", ["<t>甲</t>", SELF_CLOSED, SELF_CLOSED]],
    ["rich-text items", ["<r><t>甲</t></r>", "<r><t>乙</t></r>", "<r><t>丙</t></r>"]],
  ])("refuses a workbook with more %s than the limit", (_label, items) => {
    // A limit of 2 stands in for the 10 million a real file would need to reach.
    jest.replaceProperty(READ_LIMITS as { strings: number }, "strings", 2);
    const written = handWorkbook({ sheets: [{ name: "台账", sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }], sharedStrings: items });
    const parts = unzipSync(written);
    const sst = strFromU8(parts[SST]).replaceAll(`<si>${SELF_CLOSED}</si>`, "<si/>");
    const bytes = zipSync({ ...parts, [SST]: strToU8(sst) });
    for (const options of CHUNKINGS) expect(refusal(bytes, options).params).toMatchObject({ limit: 2 });
  });
});
