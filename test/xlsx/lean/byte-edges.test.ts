/**
 * The byte scanner against chunk edges at every byte: parts stored uncompressed are sliced
 * `chunkBytes` bytes at a time, so with chunkBytes 1 every tag, every attribute and every byte of
 * every multi-byte UTF-8 character lands on a chunk edge and must be carried over as bytes.
 */
import { strFromU8, unzipSync, zipSync } from "fflate";
import { readXlsxLean } from "../../../src/xlsx/lean/read-xlsx-lean";
import { UserError } from "../../../src/core/errors";
import { handWorkbook, type HandWorkbook } from "./fixture-workbooks";

/** The same workbook with every part stored, not deflated: chunk edges then fall exactly every chunkBytes bytes. */
function stored(w: HandWorkbook): Uint8Array {
  return zipSync(unzipSync(handWorkbook(w)), { level: 0 });
}

const EVERY_EDGE = [{ chunkBytes: 1 }, { chunkBytes: 2 }, { chunkBytes: 3 }, { chunkBytes: 5 }, {}];

// Two-, three- and four-byte UTF-8 characters (é, 苏, 𠀀 and 😀 are surrogate pairs in JavaScript).
const MIXED = "é苏𠀀州😀";

describe("lean reader: chunk edges at every byte (issue 16)", () => {
  const w: HandWorkbook = {
    sharedStrings: [`<t>${MIXED}</t>`, `<r><t>张家港</t></r><r><t xml:space="preserve"> 𠀀有限公司</t></r><rPh sb="0" eb="1"><t>ちょう</t></rPh>`, "<t>&#x82CF;&amp;_x000D_</t>"],
    cellXfs: '<xf numFmtId="0"/><xf numFmtId="14"/>',
    sheets: [{
      name: "台账",
      sheetData:
        '<row r="1" spans="1:5"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>' +
        `<c r="D1" t="inlineStr"><is><t>内联${MIXED}</t></is></c><c r="E1" t="str"><f>"常熟"&amp;"😀"</f><v>常熟😀</v></c></row>` +
        '<row r="2"><c r="A2"><v>44844</v></c><c r="B2" s="1"><v>44844</v></c><c r="C2"><v>-12.5</v></c><c r="D2"><v>0.1</v></c>' +
        '<c r="E2"><v>1.5E+3</v></c><c r="F2"><v>123456789012345678</v></c><c r="G2" t="b"><v>0</v></c></row>',
      tail: '<mergeCells count="1"><mergeCell ref="F1:G1"/></mergeCells>',
    }],
  };
  const bytes = stored(w);

  it.each(EVERY_EDGE)("reads every character, number and formula whole with chunks of %o", (options) => {
    const [grid] = readXlsxLean(bytes, "edges.xlsx", options);
    expect(grid.values).toEqual([
      [MIXED, "张家港 𠀀有限公司", "苏&\r", `内联${MIXED}`, "常熟😀", null, null],
      [44844, new Date(Date.UTC(2022, 9, 10)), -12.5, 0.1, 1500, 123456789012345680, false],
    ]);
    expect(grid.formulas?.[0][4]).toBe('"常熟"&"😀"');
    expect(grid.merges).toEqual([{ top: 1, left: 6, bottom: 1, right: 7 }]);
  });

  it("reads x:-prefixed parts the same way with chunks of one byte", () => {
    const prefixed = zipSync(Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => {
      if (!/worksheets|sharedStrings/.test(name)) return [name, data];
      // Every element of the main namespace gets the x: prefix, as some exporters write it.
      const text = strFromU8(data).replace(/<(\/?)(?!\?)(\w+)/g, "<$1x:$2").replace('xmlns="', 'xmlns:x="');
      return [name, new TextEncoder().encode(text)];
    })), { level: 0 });
    const [grid] = readXlsxLean(prefixed, "edges.xlsx", { chunkBytes: 1 });
    expect(grid.values[0]).toEqual([MIXED, "张家港 𠀀有限公司", "苏&\r", `内联${MIXED}`, "常熟😀", null, null]);
  });

  it.each(EVERY_EDGE)("reads every shape of one-<t> item (empty, self-closed, spaced, escaped, pretty-printed) with chunks of %o", (options) => {
    const items = ["<t>苏州</t>", "<t></t>", "<t/>", `<t xml:space="preserve"> 有 空格 </t>`, "<t>甲&amp;乙&lt;_x000D_</t>", "\n  <t>缩进</t>\n", "<t>a</t><t>b</t>", `<t>${MIXED}</t>`];
    const cells = items.map((_, i) => `<c r="${String.fromCharCode(65 + i)}1" t="s"><v>${i}</v></c>`).join("");
    const [grid] = readXlsxLean(stored({ sharedStrings: items, sheets: [{ name: "S", sheetData: `<row r="1">${cells}</row>` }] }), "items.xlsx", options);
    // Worked out from the XML: empty items are empty strings, two <t> in one item are joined.
    expect(grid.values[0]).toEqual(["苏州", "", "", " 有 空格 ", "甲&乙<\r", "缩进", "ab", MIXED]);
  });

  it("names the damaged spot's character offset, counting four-byte characters as a text editor does, at every chunking", () => {
    const damaged = stored({ sheets: [{ name: "S", sheetData: `<row r="1"><c r="A1" t="inlineStr"><is><t>${MIXED}</t></is></c><c r="B1"><v>7</c></row>` }] });
    const sheet = strFromU8(unzipSync(damaged)["xl/worksheets/sheet1.xml"]);
    // Worked out from the decoded text: the <v> sits after MIXED, which is 7 UTF-16 units but 16 bytes.
    const expected = sheet.indexOf("<v>7") + 1;
    for (const options of EVERY_EDGE) {
      let error: unknown;
      try {
        readXlsxLean(damaged, "bad.xlsx", options);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).params).toMatchObject({ detailKey: "damage.xml.unclosed", tag: "v", offset: expected });
    }
  });
});
