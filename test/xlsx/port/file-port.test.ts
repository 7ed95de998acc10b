import ExcelJS from "exceljs";
import { FilePort } from "../../../src/xlsx/port/file-port";
import { readXlsxBytes } from "../../../src/xlsx/read-bytes";
import { emptySheetSpec } from "../../../src/core/spec/spec";

import { knownRosterBytes } from "../../core/campaign/fixtures/known-roster";

async function workbookWithUserSheet(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("台账").addRow(["企业名称", "地区"]);
  wb.addWorksheet("附件1").getCell("A1").value = "用户自己的表";
  wb.addWorksheet("隐藏", { state: "hidden" }).getCell("B2").value = 1;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const spec = (name: string, key: string) => {
  const s = emptySheetSpec(name, { generator: "anbiao", kind: "attachment", profile: "suzhou-2022", key });
  s.cells.push({ row: 1, col: 1, value: "生成" });
  return s;
};

describe("FilePort (file adapter of the WorkbookPort)", () => {
  it("lists sheets in tab order with visibility, used bounds and none of them ours", async () => {
    const port = new FilePort(await workbookWithUserSheet(), "u.xlsx");
    const sheets = await port.listSheets();
    expect(sheets.map((s) => [s.name, s.position, s.visibility, s.ours])).toEqual([
      ["台账", 0, "visible", false], ["附件1", 1, "visible", false], ["隐藏", 2, "hidden", false],
    ]);
    expect(sheets[0].used).toEqual({ top: 1, left: 1, bottom: 1, right: 2 });
    expect(sheets[2].used).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
  });

  it("reads a sheet as the lean reader's Grid, reporting progress as all rows read", async () => {
    const bytes = await knownRosterBytes();
    const port = new FilePort(bytes, "known.xlsx");
    const progress: number[][] = [];
    const grid = await port.readSheet("台账", { onProgress: (p) => progress.push([p.rowsRead, p.totalRows]) });
    const direct = (await readXlsxBytes(bytes, "known.xlsx")).find((g) => g.name === "台账");
    expect(grid).toEqual(direct);
    expect(progress).toEqual([[grid.values.length, grid.values.length]]);
  });

  it("rejects a cancelled read with an AbortError and a missing sheet with its name", async () => {
    const port = new FilePort(await workbookWithUserSheet(), "u.xlsx");
    const ac = new AbortController();
    ac.abort();
    await expect(port.readSheet("台账", { signal: ac.signal })).rejects.toMatchObject({ name: "AbortError" });
    await expect(port.readSheet("无此表")).rejects.toMatchObject({ key: "adapter.sheetMissing", params: { sheet: "无此表" } });
  });

  it("never takes a user's sheet name: the generated sheet gets a suffix, and the copy keeps the user's sheet", async () => {
    const bytes = await workbookWithUserSheet();
    const port = new FilePort(bytes, "u.xlsx");
    const result = await port.writeSheets([spec("附件1", "attachment-1")]);
    expect(result).toEqual({ written: [{ spec: "附件1", name: "附件1(2)", replaced: false }], skipped: [] });
    const copy = await readXlsxBytes(await port.output("copy"), "copy.xlsx");
    expect(copy.map((g) => g.name)).toEqual(["台账", "附件1", "隐藏", "附件1(2)"]);
    expect(copy[1].values).toEqual([["用户自己的表"]]);
    expect(copy[3].values).toEqual([["生成"]]);
    const reread = new FilePort(await port.output("copy"), "copy.xlsx");
    expect((await reread.listSheets()).map((s) => s.ours)).toEqual([false, false, false, true]);
  });

  it("replaces an earlier generated sheet of the same marker instead of adding a second", async () => {
    const port = new FilePort(await workbookWithUserSheet(), "u.xlsx");
    await port.writeSheets([spec("附件1", "attachment-1")]);
    await port.writeSheets([spec("附件1", "attachment-1")]);
    expect(port.pendingSheets()).toHaveLength(1);
    const once = new FilePort(await port.output("copy"), "copy.xlsx");
    const again = await once.writeSheets([spec("附件1", "attachment-1")]);
    expect(again.written).toEqual([{ spec: "附件1", name: "附件1(2)", replaced: true }]);
    expect((await readXlsxBytes(await once.output("copy"), "c2.xlsx")).map((g) => g.name)).toEqual(["台账", "附件1", "隐藏", "附件1(2)"]);
  });

  it("snapshots cells before an in-place edit and restoring drops the edit from the copy", async () => {
    const bytes = await workbookWithUserSheet();
    const port = new FilePort(bytes, "u.xlsx");
    const snap = await port.editCells([{ sheet: "台账", row: 1, col: 2, formula: "1+1", value: 2 }]);
    expect(snap.cells).toEqual([{ sheet: "台账", row: 1, col: 2, value: "地区", formula: null, numberFormat: null }]);
    const edited = (await readXlsxBytes(await port.output("copy"), "e.xlsx"))[0];
    expect([edited.values[0][1], edited.formulas?.[0][1]]).toEqual([2, "1+1"]);
    await port.restoreCells(snap);
    expect((await readXlsxBytes(await port.output("copy"), "e.xlsx"))[0].values).toEqual([["企业名称", "地区"]]);
  });
});
