import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { intoCopyBytes } from "../../../src/xlsx/package";
import { inspectWithLibreOffice, richFixture, type LoView } from "./fixtures/libreoffice";
import { summarySpec } from "./fixtures/summary-spec";

const features = (view: LoView) => view.sheets.map(({ cells: _c, formulas: _f, ...rest }) => rest);

describe("intoCopyBytes (LibreOffice opens the copy)", () => {
  let before: LoView;
  let after: LoView;

  beforeAll(async () => {
    const fixture = richFixture();
    const out = join(mkdtempSync(join(tmpdir(), "anbiao-into-")), "copy.xlsx");
    writeFileSync(out, await intoCopyBytes(new Uint8Array(readFileSync(fixture)), "rich.xlsx", [summarySpec()]));
    before = inspectWithLibreOffice(fixture);
    after = inspectWithLibreOffice(out);
  }, 120_000);

  it("loads the copy without repair", () => {
    expect(after.loaded).toBe(true);
  });

  it("still finds the chart, pivot table, image, comments, validation, conditional formats, hidden sheet and names", () => {
    expect(features(after).slice(0, before.sheets.length)).toEqual(features(before));
    expect(after.sheets.slice(0, before.sheets.length).map((s) => s.cells)).toEqual(before.sheets.map((s) => s.cells));
    const summed = (key: "charts" | "pivots" | "comments" | "shapes") => after.sheets.reduce((n, s) => n + s[key], 0);
    expect([summed("charts"), summed("pivots"), summed("comments"), summed("shapes") > 0]).toEqual([1, 1, 2, true]);
    expect(after.sheets.find((s) => s.name === "参数")?.visible).toBe(false);
    expect(after.names).toEqual(expect.arrayContaining([...before.names, "anbiao.gen.demo.attachment_1"]));
  });

  it("shows the generated sheet's values in their number format and computes its formulas", () => {
    const sheet = after.sheets.find((s) => s.name === "附件1(2)");
    expect(sheet?.cells.slice(1, 5)).toEqual([
      ["地区", "底数", "已达标数", "达标率"],
      ["张家港市", "40", "30", "75.0%"],
      ["常熟市", "50", "20", "40.0%"],
      ["合计", "90", "50", "55.6%"],
    ]);
    expect(sheet?.formulas[7].slice(0, 2)).toEqual(["复核", "=B5*2"]);
    expect(sheet?.cells[7].slice(0, 2)).toEqual(["复核", "180"]);
    expect(sheet?.conditionalFormats).toBe(1);
  });
});
