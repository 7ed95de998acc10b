import type { SheetSpec } from "../../src/core/spec/spec";
import { ExcelPort } from "../../src/excel/excel-port";
import { changshuSummarySpecs, LONG_CATEGORY } from "../core/report/fixtures/changshu-summary";
import { FakeExcel, type FakeLevel } from "../fakes/excel/fake-excel";
import { fakeHost } from "../fakes/excel/fake-host";
import { cellKey } from "../fakes/excel/range-format";

const NAMES = ["目标完成情况", "专项指标完成情况"];
let specs: SheetSpec[];

beforeAll(async () => {
  specs = (await changshuSummarySpecs()).filter((s) => s.marker.kind === "compliance");
});

async function written(level: FakeLevel) {
  const fake = new FakeExcel({ level });
  fake.seedGrid({ name: "台账", origin: { row: 1, col: 1 }, values: [["企业名称"], ["甲公司"]] });
  const result = await new ExcelPort(fakeHost(fake)).writeSheets(specs);
  return { fake, result };
}

const longRows = (spec: SheetSpec) => spec.cells.filter((c) => c.col === 2 && c.value === LONG_CATEGORY).map((c) => c.row);

describe("the compliance and indicator sheets written through Office.js", () => {
  it("at ExcelApi 1.9 set each sheet's page layout with its own header row repeated", async () => {
    const { fake, result } = await written("1.9");
    expect(specs.map((s) => s.name)).toEqual(NAMES);
    expect(result.skipped).toEqual([]);
    for (const name of NAMES) {
      expect(fake.sheet(name).pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$3:$3", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
      expect(fake.sheet(name).value(2, 0)).toBe("地区");
    }
    expect(fake.sheet("专项指标完成情况").value(2, 1)).toBe("专项指标");
  });

  it("at ExcelApi 1.7 skip the page layout of both sheets and report it, writing everything else", async () => {
    const { fake, result } = await written("1.7");
    expect(result.skipped.filter((s) => s.part === "printSetup").map((s) => [s.sheet, s.message])).toEqual(NAMES.map((n) => [n, "adapter.skipped.printSetup"]));
    for (const name of NAMES) expect(fake.sheet(name).pageLayout).toEqual({});
    expect(fake.sheet("专项指标完成情况").value(2, 1)).toBe("专项指标");
  });

  it.each(["1.7", "1.9"] as const)("at ExcelApi %s wrap the long category name and set its rows to two lines", async (level) => {
    const { fake } = await written(level);
    const sheet = fake.sheet("目标完成情况");
    const rows = longRows(specs[0]);
    expect(rows).toHaveLength(3);
    for (const r of rows) {
      expect(sheet.styles.get(cellKey(r, 2))?.wrap).toBe(true);
      expect(sheet.rowHeights.get(r)).toBe(35.75);
    }
  });
});
