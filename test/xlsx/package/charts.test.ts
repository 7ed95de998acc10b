import { strFromU8, unzipSync } from "fflate";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { ChartSpec } from "../../../src/core/spec/chart";
import type { SheetSpec } from "../../../src/core/spec/spec";
import { intoCopyBytes } from "../../../src/xlsx/package";
import { newWorkbookBytes } from "../../../src/xlsx/write-workbook";
import { inspectWithLibreOffice, richFixture } from "./fixtures/libreoffice";
import { summarySpec } from "./fixtures/summary-spec";

/** summarySpec's rates (D3:D5 over the districts in A3:A5) as bars, with a flat 0.5 target as a line in E3:E5. */
function withChart(name: string): SheetSpec {
  const spec = summarySpec(name, "charted");
  spec.cells.push({ row: 3, col: 5, value: 0.5 }, { row: 4, col: 5, value: 0.5 }, { row: 5, col: 5, value: 0.5 }, { row: 2, col: 5, value: "目标" });
  const chart: ChartSpec = {
    title: "达标率",
    categories: { col: 1, top: 3, bottom: 5 },
    categoryNames: ["张家港市", "常熟市", "合计"],
    series: [
      { name: "达标率", nameCell: { row: 2, col: 4 }, values: { col: 4, top: 3, bottom: 5 }, cached: [0.75, 0.4, 50 / 90], kind: "bar", color: "4472C4" },
      { name: "目标", nameCell: { row: 2, col: 5 }, values: { col: 5, top: 3, bottom: 5 }, cached: [0.5, 0.5, 0.5], kind: "line", color: "C00000" },
    ],
    numberFormat: "0%",
    anchor: { top: 8, left: 2, bottom: 20, right: 8 },
  };
  return { ...spec, charts: [chart] };
}

const files = (bytes: Uint8Array) => unzipSync(bytes);
const text = (f: Record<string, Uint8Array>, name: string) => strFromU8(f[name]);

describe("chart parts", () => {
  it("a new workbook: <drawing> sits before <tableParts>, the sheet's .rels keeps its table and adds the drawing, the series quote the sheet's name", async () => {
    const f = files(await newWorkbookBytes([withChart("O'Neil 图")]));
    const sheet = text(f, "xl/worksheets/sheet1.xml");
    expect(sheet).toMatch(/<drawing r:id="(rId\d+)"\/><tableParts\b/);
    const drawingId = /<drawing r:id="(rId\d+)"/.exec(sheet)![1];
    const rels = text(f, "xl/worksheets/_rels/sheet1.xml.rels");
    const ids = [...rels.matchAll(/Id="(rId\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(rels).toContain("relationships/table");
    expect(rels).toContain(`<Relationship Id="${drawingId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/>`);
    expect(text(f, "xl/drawings/_rels/drawing1.xml.rels")).toContain('Target="../charts/chart1.xml"');
    const chart = text(f, "xl/charts/chart1.xml");
    // A quote in a sheet name is doubled inside the quoted name.
    expect(chart).toContain("<c:f>'O''Neil 图'!$D$3:$D$5</c:f>");
    expect(chart).toContain("<c:f>'O''Neil 图'!$A$3:$A$5</c:f>");
    expect(chart).toContain('<c:pt idx="1"><c:v>0.4</c:v></c:pt>');
    // The drawing anchors 0-based cells, "to" just past the last one: B8:H20 → (1, 7) to (8, 20).
    const drawing = text(f, "xl/drawings/drawing1.xml");
    expect(drawing).toContain("<xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>7</xdr:row>");
    expect(drawing).toContain("<xdr:to><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row>");
    const types = text(f, "[Content_Types].xml");
    expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
  });

  it("into a copy of a workbook that has charts of its own: theirs are kept byte for byte, ours take free part names, LibreOffice loads both", async () => {
    const fixture = richFixture();
    const input = new Uint8Array(readFileSync(fixture));
    const before = files(input);
    const out = join(mkdtempSync(join(tmpdir(), "anbiao-charts-copy-")), "copy.xlsx");
    const bytes = await intoCopyBytes(input, "rich.xlsx", [withChart("图表")]);
    writeFileSync(out, bytes);
    const after = files(bytes);
    const theirs = Object.keys(before).filter((p) => /^xl\/(charts|drawings)\//.test(p));
    expect(theirs.length).toBeGreaterThan(0);
    for (const p of theirs) expect(Buffer.from(after[p]).equals(Buffer.from(before[p]))).toBe(true);
    const ours = Object.keys(after).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p) && !(p in before));
    expect(ours).toHaveLength(1);
    expect(text(after, ours[0])).toContain("<c:f>'图表'!$D$3:$D$5</c:f>");
    const was = inspectWithLibreOffice(fixture);
    const view = inspectWithLibreOffice(out);
    expect(view.loaded).toBe(true);
    expect(view.sheets.find((s) => s.name === "图表")?.charts).toBe(1);
    expect(view.sheets.filter((s) => s.name !== "图表").map((s) => [s.name, s.charts])).toEqual(was.sheets.map((s) => [s.name, s.charts]));
  }, 240_000);
});
