import { ExcelPort } from "../../src/excel/excel-port";
import { t } from "../../src/core/i18n/translate";
import { FakeExcel } from "../fakes/excel/fake-excel";
import { fakeHost } from "../fakes/excel/fake-host";

function counts(level: "1.7" | "1.9" | "1.13" = "1.13"): FakeExcel {
  const fake = new FakeExcel({ level });
  fake.seedGrid({
    name: "附件1", origin: { row: 1, col: 1 },
    values: [["地区", "底数", "达标", "达标率"], ["常熟", 10, 8, 0.8], ["昆山", 20, 5, 0.3]],
    numberFormats: [[null, null, null, null], [null, null, null, "0.0%"], [null, null, null, "0.0%"]],
  });
  return fake;
}

describe("ExcelPort", () => {
  it("reports capabilities by API level: 1.7 has no merges, custom properties, page layout or cell properties", async () => {
    const old = await new ExcelPort(fakeHost(new FakeExcel({ level: "1.7" }))).capabilities();
    expect(old.apiLevel).toBe("1.7");
    expect(old.supports).toMatchObject({ readMerges: false, customProperties: false, pageLayout: false, setCellProperties: false, events: true, flags: true });
    const modern = await new ExcelPort(fakeHost(new FakeExcel({ level: "1.13" }))).capabilities();
    expect(modern.apiLevel).toBe("1.13");
    expect(modern.supports).toMatchObject({ readMerges: true, customProperties: true, pageLayout: true, setCellProperties: true });
  });

  it("lists sheets with visibility and used bounds", async () => {
    const fake = counts();
    fake.seedGrid({ name: "隐藏", origin: { row: 2, col: 3 }, values: [[1]], hidden: true });
    const sheets = await new ExcelPort(fakeHost(fake)).listSheets();
    expect(sheets).toEqual([
      { name: "附件1", position: 0, visibility: "visible", used: { top: 1, left: 1, bottom: 3, right: 4 }, ours: false },
      { name: "隐藏", position: 1, visibility: "hidden", used: { top: 2, left: 3, bottom: 2, right: 3 }, ours: false },
    ]);
  });

  it("turns cell-edit mode on an old host into 「请先退出单元格编辑再运行」", async () => {
    const fake = counts("1.9");
    fake.setCellEditMode(true);
    const err = await new ExcelPort(fakeHost(fake)).readSheet("附件1").catch((e: unknown) => e);
    expect(err).toMatchObject({ key: "adapter.cellEditMode" });
    expect(t((err as { key: string }).key, {}, "zh-CN")).toBe("请先退出单元格编辑再运行");
  });

  it("edits user cells only with a snapshot, and restoring puts value, formula and format back", async () => {
    const fake = counts();
    const port = new ExcelPort(fakeHost(fake));
    const snap = await port.editCells([{ sheet: "附件1", row: 2, col: 4, formula: "IF(B2=0,\"/\",C2/B2)", numberFormat: "0.0%" }]);
    expect(snap.cells).toEqual([{ sheet: "附件1", row: 2, col: 4, value: 0.8, formula: null, numberFormat: "0.0%" }]);
    expect(fake.sheet("附件1").formulas.get(1 * 16384 + 3)).toBe("IF(B2=0,\"/\",C2/B2)");
    await port.restoreCells(snap);
    expect(fake.sheet("附件1").formulas.has(1 * 16384 + 3)).toBe(false);
    expect(fake.sheet("附件1").value(1, 3)).toBe(0.8);
    expect(fake.sheet("附件1").numberFormats.get(1 * 16384 + 3)).toBe("0.0%");
  });

  it("selects a cell and activates its sheet", async () => {
    const fake = counts();
    fake.seedGrid({ name: "台账", origin: { row: 1, col: 1 }, values: [[1]] });
    expect(await new ExcelPort(fakeHost(fake)).select("台账", "B5")).toBe(true);
    expect(fake.model.activeSheet).toBe(1);
    expect(fake.model.selection).toEqual({ sheet: "台账", address: "B5" });
  });

  it("reports the user's edits on a watched sheet and ignores the add-in's own writes", async () => {
    const fake = counts();
    const port = new ExcelPort(fakeHost(fake));
    const seen: (string | undefined)[] = [];
    const stop = await port.onSheetChanged("附件1", (c) => seen.push(c.address));
    const snap = await port.editCells([{ sheet: "附件1", row: 2, col: 2, value: 11 }]);
    await port.restoreCells(snap);
    await new Promise((r) => setTimeout(r, 600));
    fake.userEdit("附件1", "C3", [[6]]);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual(["C3"]);
    await stop();
    fake.userEdit("附件1", "C3", [[7]]);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual(["C3"]);
  });
});

describe("ExcelPort change events around its own writes", () => {
  const roster = { name: "台账", origin: { row: 1, col: 1 }, values: [["企业名称", "状态"], ["甲公司", "未创建"]] };
  const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));

  it("below ExcelApi 1.14 (no trigger source) keeps a user edit on the roster made just after the add-in wrote another sheet, and drops the events on the sheet it wrote", async () => {
    const fake = counts("1.13");
    fake.seedGrid(roster);
    const port = new ExcelPort(fakeHost(fake));
    const seen: string[] = [];
    await port.onSheetChanged("台账", (c) => seen.push(`台账!${c.address}`));
    await port.onSheetChanged("附件1", (c) => seen.push(`附件1!${c.address}`));
    await port.editCells([{ sheet: "附件1", row: 2, col: 2, value: 11 }]);
    // Within the quiet time: the roster edit is the user's; an event on 附件1 cannot be told from the add-in's own.
    fake.userEdit("台账", "B2", [["已达标"]]);
    fake.userEdit("附件1", "C3", [[6]]);
    await tick();
    expect(seen).toEqual(["台账!B2"]);
  });

  it("at ExcelApi 1.14 trusts the trigger source: a user edit on the very sheet just written is reported, the add-in's own write is not", async () => {
    const fake = new FakeExcel({ level: "1.14" });
    fake.seedGrid(roster);
    const port = new ExcelPort(fakeHost(fake));
    const seen: string[] = [];
    await port.onSheetChanged("台账", (c) => seen.push(c.address ?? ""));
    await port.editCells([{ sheet: "台账", row: 2, col: 2, value: "申请创建" }]);
    fake.userEdit("台账", "B2", [["已达标"]]);
    await tick();
    expect(seen).toEqual(["B2"]);
  });
});
