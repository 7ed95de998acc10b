/**
 * The sheet scanner's one-pass read of canonical cells (<c r="B2" s="3" t="s"><v>18</v></c>) against
 * its general path: the same sheet is read whole, where cells far from the part's end take the one
 * pass, and in one-byte chunks, where every cell is read by the general path (the one pass never
 * runs within reach of a chunk's end). Expected values are worked out from the XML by hand.
 */
import { readXlsxLean } from "../../../src/xlsx/lean/read-xlsx-lean";
import { handWorkbook } from "./fixture-workbooks";
import { offsetIn, refusal } from "./refusal";

const SHEET = "xl/worksheets/sheet1.xml";
const WHOLE_AND_BYTEWISE = [{}, { chunkBytes: 1 }];
// A long last row, so that every cell above it is far enough from the part's end for the one pass.
const PADDING = `<row r="9"><c r="A9" t="inlineStr"><is><t>${"填".repeat(40)}</t></is></c></row>`;
const STRINGS = ["<t>苏州</t>", "<t>常熟</t>"];
const STYLES = '<xf numFmtId="0"/><xf numFmtId="14"/>';

function sheet(sheetData: string): Uint8Array {
  return handWorkbook({ sharedStrings: STRINGS, cellXfs: STYLES, sheets: [{ name: "台账", sheetData: sheetData + PADDING }] });
}

describe("lean reader: canonical cells read in one pass, as the general path reads them (issue 16)", () => {
  const bytes = sheet(
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>44844</v></c><c r="C1"><v>123456789012345</v></c><c r="D1" s="0"><v>7</v></c><c r="AB1" s="1" t="s"><v>1</v></c></row>' +
      // Shapes the one pass leaves to the general path: lower-case reference, single quotes, t="n",
      // t before s, an extra attribute, 16 digits, a decimal, t="str", a double space, a formula.
      `<row r="2"><c r="a2" t="s"><v>1</v></c><c r='B2' t='s'><v>1</v></c><c r="C2" t="n"><v>5</v></c><c r="D2" t="s" s="1"><v>0</v></c>` +
      '<c r="E2" s="0" t="s" cm="1"><v>1</v></c><c r="F2"><v>1234567890123456</v></c><c r="G2"><v>12.5</v></c><c r="H2" t="str"><v>7</v></c>' +
      '<c  r="I2"><v>3</v></c><c r="J2"><f>1+2</f><v>3</v></c></row>',
  );

  it.each(WHOLE_AND_BYTEWISE)("gives every cell its value, style and position with chunks of %o", (options) => {
    const [grid] = readXlsxLean(bytes, "cells.xlsx", options);
    const _ = null;
    // 44844 under numFmt 14 is 2022-10-10; AB1 is column 28; J2's formula keeps its cached 3.
    expect(grid.values.slice(0, 2)).toEqual([
      ["苏州", new Date(Date.UTC(2022, 9, 10)), 123456789012345, 7, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, "常熟"],
      ["常熟", "常熟", 5, "苏州", "常熟", 1234567890123456, 12.5, "7", 3, 3, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _],
    ]);
    expect(grid.formulas?.[1][9]).toBe("1+2");
    expect(grid.origin).toEqual({ row: 1, col: 1 });
  });

  it.each(WHOLE_AND_BYTEWISE)("refuses a shared-string index past the strings at its <v>, with chunks of %o", (options) => {
    const damaged = sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1" t="s"><v>5</v></c></row>');
    expect(refusal(damaged, options).params).toMatchObject({ detailKey: "damage.xml.sharedIndex", index: "5", count: 2, offset: offsetIn(damaged, SHEET, "<v>5") });
  });

  it.each([
    ["row 0", '<c r="A0"><v>1</v></c>'],
    ["a row past 1,048,576", '<c r="A1048577"><v>1</v></c>'],
    ["a column past XFD", '<c r="XFE1"><v>1</v></c>'],
    ["four letters", '<c r="AAAA1"><v>1</v></c>'],
  ])("refuses a reference with %s instead of reading it, whole and bytewise", (_label, cell) => {
    const damaged = sheet(`<row r="1"><c r="A1" t="s"><v>0</v></c>${cell}</row>`);
    for (const options of WHOLE_AND_BYTEWISE) expect(refusal(damaged, options).params).toMatchObject({ detailKey: "damage.xml.reference" });
  });
});
