import { readXlsxLean } from "../../../src/xlsx/lean/read-xlsx-lean";
import { handWorkbook, zipParts } from "./fixture-workbooks";

const CHUNKINGS = [{}, { chunkBytes: 3 }];

describe("readXlsxLean (part shapes ExcelJS does not write)", () => {
  it("decodes entities, numeric references, _xHHHH_ escapes and rich runs, and skips phonetic guides", () => {
    const bytes = handWorkbook({
      sharedStrings: [
        "<t>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;</t>",
        "<t>&#x82CF;&#24030;&#x1F600;</t>",
        '<t xml:space="preserve">  line_x000D_break _x005F_x0041_ </t>',
        '<r><rPr><b/><rFont val="宋体"/></rPr><t>苏州</t></r><r><t xml:space="preserve"> 恒通</t></r><rPh sb="0" eb="2"><t>スーシュー</t></rPh>',
        "<t/>",
      ],
      sheets: [{ name: "S", sheetData: '<row r="1">' + [0, 1, 2, 3, 4].map((i) => `<c r="${"ABCDE"[i]}1" t="s"><v>${i}</v></c>`).join("") + "</row>" }],
    });
    for (const options of CHUNKINGS) {
      const [grid] = readXlsxLean(bytes, "h.xlsx", options);
      expect(grid.values).toEqual([["a & b <c> \"d\" 'e'", "苏州😀", "  line\rbreak _x0041_ ", "苏州 恒通", ""]]);
    }
  });

  it("reads inline strings, str results, ISO dates, errors and cells without r attributes", () => {
    const bytes = handWorkbook({
      sheets: [{
        name: "S",
        sheetData:
          '<row r="2"><c r="B2" t="inlineStr"><is><t>内联&amp;文本</t></is></c><c t="str"><v>公式文本</v></c>' +
          '<c t="d"><v>2022-08-19T00:00:00Z</v></c><c t="e"><v>#VALUE!</v></c><c t="inlineStr"><is><t></t></is></c></row>' +
          "<row><c><v>1.5E+3</v></c><c><v>-0.25</v></c><c t=\"b\"><v>1</v></c></row>",
      }],
    });
    for (const options of CHUNKINGS) {
      const [grid] = readXlsxLean(bytes, "h.xlsx", options);
      // Cells without r follow the previous cell; in a new row they start at column A.
      expect(grid.origin).toEqual({ row: 2, col: 1 });
      expect(grid.values).toEqual([
        [null, "内联&文本", "公式文本", new Date(Date.UTC(2022, 7, 19)), "#VALUE!"],
        [1500, -0.25, true, null, null],
      ]);
    }
  });

  it("turns numbers into dates for built-in Chinese date formats and honours the 1904 date system", () => {
    const sheetData = '<row r="1"><c r="A1" s="1"><v>44792</v></c><c r="B1" s="2"><v>44792.5</v></c><c r="C1" s="3"><v>44792</v></c><c r="D1" s="4"><v>0.5</v></c></row>';
    const cellXfs = '<xf numFmtId="0"/><xf numFmtId="31"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="10"/>';
    const numFmts = '<numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="[Red]0.00&quot;天&quot;"/>';
    const [grid] = readXlsxLean(handWorkbook({ sheets: [{ name: "S", sheetData }], cellXfs, numFmts }), "h.xlsx");
    // "[Red]0.00"天"" has no date code outside brackets and quotes: the number stays a number.
    expect(grid.values).toEqual([[new Date(Date.UTC(2022, 7, 19)), new Date(Date.UTC(2022, 7, 19, 12)), 44792, 0.5]]);
    expect(grid.numberFormats).toEqual([['yyyy"年"m"月"d"日"', 'yyyy"年"m"月"d"日"', '[Red]0.00"天"', "0.00%"]]);
    const [in1904] = readXlsxLean(handWorkbook({ sheets: [{ name: "S", sheetData }], cellXfs, numFmts, workbookPr: '<workbookPr date1904="1"/>' }), "h.xlsx");
    expect(in1904.values[0][0]).toEqual(new Date(Date.UTC(2026, 7, 20)));
  });

  it("nulls merged slave cells that carry values and widens the used range to merges", () => {
    const bytes = handWorkbook({
      sheets: [{
        name: "S",
        sheetData: '<row r="2"><c r="B2" t="inlineStr"><is><t>标题</t></is></c><c r="C2"><v>9</v></c></row><row r="3"><c r="B3"><v>1</v></c></row>',
        tail: '<mergeCells count="2"><mergeCell ref="B2:C2"/><mergeCell ref="D3:E4"/></mergeCells>',
      }],
    });
    for (const options of CHUNKINGS) {
      const [grid] = readXlsxLean(bytes, "h.xlsx", options);
      expect(grid.origin).toEqual({ row: 2, col: 2 });
      expect(grid.values).toEqual([["标题", null, null, null], [1, null, null, null], [null, null, null, null]]);
      expect(grid.merges).toEqual([{ top: 2, left: 2, bottom: 2, right: 3 }, { top: 3, left: 4, bottom: 4, right: 5 }]);
    }
  });

  it("moves shared formulas to their dependents, leaving absolute parts and strings alone", () => {
    const bytes = handWorkbook({
      sheets: [{
        name: "S",
        sheetData:
          '<row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1*$C$1+SUM(B$1:B1)&amp;"A1"</f><v>1</v></c></row>' +
          '<row r="2"><c r="A2"><f t="shared" si="0"/><v>2</v></c></row><row r="3"><c r="A3"><f t="shared" si="0"/></c></row>',
      }],
    });
    const [grid] = readXlsxLean(bytes, "h.xlsx");
    expect(grid.values).toEqual([[1], [2], [null]]);
    expect(grid.formulas).toEqual([
      ['B1*$C$1+SUM(B$1:B1)&"A1"'], ['B2*$C$1+SUM(B$1:B2)&"A1"'], ['B3*$C$1+SUM(B$1:B3)&"A1"'],
    ]);
  });

  it("resolves absolute sheet targets and reads namespace-prefixed parts", () => {
    const main = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const bytes = zipParts({
      "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${rels}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
      "xl/workbook.xml": `<x:workbook ${main} xmlns:rel="${rels}"><x:sheets><x:sheet name="R&amp;D" sheetId="1" rel:id="a"/></x:sheets></x:workbook>`,
      "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="a" Type="${rels}/worksheet" Target="/xl/worksheets/data.xml"/><Relationship Id="b" Type="${rels}/sharedStrings" Target="../xl/strings.xml"/></Relationships>`,
      "xl/strings.xml": `<x:sst ${main}><x:si><x:t>前缀</x:t></x:si></x:sst>`,
      "xl/worksheets/data.xml": `<x:worksheet ${main}><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    });
    for (const options of CHUNKINGS) {
      expect(readXlsxLean(bytes, "h.xlsx", options).map((g) => [g.name, g.values])).toEqual([["R&D", [["前缀", 2]]]]);
    }
  });
});
