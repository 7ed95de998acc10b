import { ExcelPort } from "../../src/excel/excel-port";
import { markerName } from "../../src/core/spec/marker";
import { FakeExcel, type FakeLevel } from "../fakes/excel/fake-excel";
import { fakeHost } from "../fakes/excel/fake-host";
import { cellKey } from "../fakes/excel/range-format";
import { suzhouSummarySpecs } from "./fixtures/suzhou-summary";
import type { SheetSpec } from "../../src/core/spec/spec";

function userWorkbook(level: FakeLevel): FakeExcel {
  const fake = new FakeExcel({ level });
  fake.seedGrid({ name: "台账", origin: { row: 1, col: 1 }, values: [["企业名称"], ["甲公司"]] });
  return fake;
}

let specs: SheetSpec[];
beforeAll(async () => {
  specs = await suzhouSummarySpecs();
});

describe("ExcelPort.writeSheets", () => {
  it("builds five Suzhou sheets from the sample (the budgets below are about them)", () => {
    expect(specs).toHaveLength(5);
    expect(specs[0].name).toBe("附件1");
  });

  it.each(["1.7", "1.13"] as const)("writes 附件1 in at most 3 syncs and all five sheets in at most 8 (ExcelApi %s), every request under 4 MB", async (level) => {
    const one = userWorkbook(level);
    await new ExcelPort(fakeHost(one)).writeSheets([specs[0]]);
    expect(one.syncs.length).toBeLessThanOrEqual(3);
    const five = userWorkbook(level);
    await new ExcelPort(fakeHost(five)).writeSheets(specs);
    expect(five.syncs.length).toBeLessThanOrEqual(8);
    expect(Math.max(...five.syncs.map((s) => s.requestBytes))).toBeLessThanOrEqual(4 * 1024 * 1024);
  });

  it("writes values and formulas where the spec puts them, and formats by range (no setCellProperties at 1.7)", async () => {
    const fake = userWorkbook("1.7");
    await new ExcelPort(fakeHost(fake)).writeSheets([specs[0]]);
    const sheet = fake.sheet("附件1");
    for (const c of specs[0].cells.slice(0, 200)) {
      if (c.formula !== undefined) expect(sheet.formulas.get(cellKey(c.row, c.col))).toBe(c.formula);
      else if (typeof c.value === "string" || typeof c.value === "number") expect(sheet.value(c.row - 1, c.col - 1)).toBe(c.value);
    }
    expect(sheet.merges).toEqual(specs[0].merges);
    const styled = specs[0].styles.find((s) => s.style.fill !== undefined);
    expect(styled).toBeDefined();
    const { area, style } = styled!;
    expect(sheet.styles.get(cellKey(area.top, area.left))?.fill).toBe(`#${style.fill}`);
  });

  it("marks sheets by custom property at 1.12+ and by the defined name below, and a re-run replaces them in place", async () => {
    const modern = userWorkbook("1.13");
    const port = new ExcelPort(fakeHost(modern));
    await port.writeSheets(specs);
    const positions = modern.model.sheets.map((s) => s.name);
    expect(modern.sheet("附件1").customProperties.get("anbiao.marker")).toBe(markerName(specs[0].marker));
    modern.sheet("附件1").setValue(40, 0, "旧内容");
    const again = await port.writeSheets(specs);
    expect(again.written.every((w) => w.replaced)).toBe(true);
    expect(modern.model.sheets.map((s) => s.name)).toEqual(positions);
    expect(modern.sheet("附件1").value(40, 0)).toBe("");

    const old = userWorkbook("1.7");
    const oldPort = new ExcelPort(fakeHost(old));
    await oldPort.writeSheets(specs);
    expect(old.model.names.get(markerName(specs[0].marker))).toBe("='附件1'!$A$1");
    await oldPort.writeSheets(specs);
    expect(old.model.sheets.map((s) => s.name)).toEqual(["台账", ...specs.map((s) => s.name)]);
  });

  it("never touches a user's sheet of the same name: the generated one takes a suffix", async () => {
    const fake = new FakeExcel({ level: "1.13" });
    fake.seedGrid({ name: "附件1", origin: { row: 1, col: 1 }, values: [["用户自己的附件1"]] });
    const result = await new ExcelPort(fakeHost(fake)).writeSheets([specs[0]]);
    expect(result.written).toEqual([{ spec: "附件1", name: "附件1(2)", replaced: false }]);
    expect(fake.sheet("附件1").value(0, 0)).toBe("用户自己的附件1");
    expect(fake.sheet("附件1").styles.size).toBe(0);
  });

  it("at 1.7 skips print setup and says so; at 1.9 writes it through pageLayout", async () => {
    const withPrint = specs.filter((s) => s.print);
    expect(withPrint.length).toBeGreaterThan(0);
    const old = userWorkbook("1.7");
    const result = await new ExcelPort(fakeHost(old)).writeSheets(withPrint);
    expect(result.skipped.filter((s) => s.part === "printSetup").map((s) => s.sheet)).toEqual(withPrint.map((s) => s.name));
    expect(result.skipped.every((s) => s.message.startsWith("adapter.skipped."))).toBe(true);
    const modern = userWorkbook("1.9");
    const ok = await new ExcelPort(fakeHost(modern)).writeSheets(withPrint);
    expect(ok.skipped.filter((s) => s.part === "printSetup")).toEqual([]);
    const p = withPrint[0].print!;
    expect(modern.sheet(withPrint[0].name).pageLayout.orientation).toBe(p.orientation === "landscape" ? "Landscape" : "Portrait");
  });

  it("removes exactly the generated sheets and their marker names", async () => {
    const fake = userWorkbook("1.7");
    const port = new ExcelPort(fakeHost(fake));
    await port.writeSheets(specs);
    const removed = await port.removeGeneratedSheets();
    expect(removed.sort()).toEqual(specs.map((s) => s.name).sort());
    expect(fake.model.sheets.map((s) => s.name)).toEqual(["台账"]);
    expect([...fake.model.names.keys()]).toEqual([]);
  });
});
