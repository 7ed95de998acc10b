import { mergeStyles } from "../../../src/xlsx/package/merge-styles";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const scratch = `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>`
  + `<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><name val="黑体"/></font></fonts>`
  + `<fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>`
  + `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0"/></cellXfs>`
  + `<dxfs count="1"><dxf><font><color rgb="FFC00000"/></font></dxf></dxfs></styleSheet>`;

describe("mergeStyles (appending generated formats to a workbook's styles)", () => {
  it("appends after the input's entries and maps scratch indices to the new ones", () => {
    const input = `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="General"/></numFmts>`
      + `<fonts count="1"><font><sz val="10"/><name val="Arial"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>`
      + `<borders count="1"><border/></borders><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><dxfs count="0"/></styleSheet>`;
    const merged = mergeStyles(input, scratch);
    expect(merged.xml).toContain('<numFmts count="2"><numFmt numFmtId="164" formatCode="General"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>');
    expect(merged.xml).toContain('<fonts count="3">');
    expect(merged.xf).toEqual([1, 2]);
    expect(merged.xml).toContain('<xf numFmtId="165" fontId="2" fillId="0" borderId="0" xfId="0"/></cellXfs>');
    expect(merged.xml).toContain('<dxfs count="1"><dxf><font><color rgb="FFC00000"/></font></dxf></dxfs>');
    expect(merged.dxf).toEqual([0]);
  });

  it("reuses identical entries so a second merge adds nothing", () => {
    const first = mergeStyles(`<styleSheet ${NS}><fonts count="0"></fonts><cellXfs count="0"></cellXfs></styleSheet>`, scratch);
    const second = mergeStyles(first.xml, scratch);
    expect(second.xml).toBe(first.xml);
    expect(second.xf).toEqual(first.xf);
  });

  it("inserts collections the input lacks in schema order and keeps a prefixed document prefixed", () => {
    const input = `<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:fonts count="1"><x:font/></x:fonts>`
      + `<x:cellXfs count="1"><x:xf fontId="0"/></x:cellXfs><x:extLst/></x:styleSheet>`;
    const merged = mergeStyles(input, scratch);
    expect(merged.xml.startsWith('<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="0.0%"/></x:numFmts><x:fonts count="3">')).toBe(true);
    expect(merged.xml).toContain('<x:dxfs count="1"><x:dxf><x:font><x:color rgb="FFC00000"/></x:font></x:dxf></x:dxfs><x:extLst/>');
    expect(merged.xml).toMatch(/<\/x:fills><x:borders count="1"><x:border\/><\/x:borders><x:cellXfs/);
  });
});
