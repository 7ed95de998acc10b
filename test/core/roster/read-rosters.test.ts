import type { Grid } from "../../../src/core/grid/grid";
import { t } from "../../../src/core/i18n/translate";
import { readRoster, readRosters } from "../../../src/core/roster";
import { readXlsxFile } from "../../../src/xlsx/read-file";
import { valuesOnlyGrid, writeFixtureWorkbook } from "./fixtures/sheet-fixture";
import { categories } from "./fixtures/structures";
import { changshu, combined, countTable, emptySheet, instructions, zhangjiagang } from "./fixtures/workbooks";
import { mappingView } from "./helpers";

describe("readRosters: several sheets", () => {
  let grids: Grid[];
  beforeAll(async () => {
    grids = await readXlsxFile(await writeFixtureWorkbook("multi.xlsx", [zhangjiagang, changshu, countTable, instructions, emptySheet]));
  });

  it("reads every roster sheet, each with its own mapping", () => {
    const { rosters } = readRosters(grids);
    expect(rosters.map((r) => [r.sheet, r.records.length])).toEqual([["张家港市", 2], ["常熟市", 1]]);
    expect(mappingView(rosters[0].mapping)).toEqual({ A: "index", B: "name", C: "uscc", D: "sector", E: "grade" });
    expect(mappingView(rosters[1].mapping)).toEqual({ A: "index", B: "name", C: "sector", D: "status" });
    expect(rosters[1].table.headerRows).toEqual([2, 2]);
    expect(rosters[0].records.map((r) => r.sheet)).toEqual(["张家港市", "张家港市"]);
  });

  it("skips the sheets that are not rosters, each with its reason naming the sheet", () => {
    const { skippedSheets } = readRosters(grids);
    expect(skippedSheets.map((s) => [s.sheet, s.reason])).toEqual([
      ["汇总表", "roster.notRoster.noName"],
      ["说明", "roster.notRoster.noHeader"],
      ["空表", "roster.notRoster.empty"],
    ]);
    const messages = skippedSheets.map((s) => t(s.reason, s.params));
    expect(messages[0]).toBe("工作表「汇总表」第 1 行的表头中没有企业名称列（已识别：地区、类别），不是逐企业台账");
    expect(messages[1]).toContain("工作表「说明」第 1–3 行中没有找到台账表头");
    expect(messages[2]).toContain("工作表「空表」");
  });

  it("throws a UserError naming the sheet when one sheet alone is not a roster", () => {
    const sheet = grids.find((g) => g.name === "汇总表")!;
    expect(() => readRoster(sheet)).toThrow(expect.objectContaining({ key: "roster.notRoster.noName", params: expect.objectContaining({ sheet: "汇总表", row: 1 }) }));
  });
});

describe("readRosters: the combined fixture", () => {
  let fromXlsx: Grid[];
  beforeAll(async () => {
    fromXlsx = await readXlsxFile(await writeFixtureWorkbook("combined.xlsx", [combined, categories, countTable, instructions]));
  });

  function check(grid: Grid): void {
    const r = readRoster(grid);
    expect(r.table.headerRows).toEqual([4, 6]);
    expect(r.table.dataRows).toEqual([7, 14]);
    expect(r.table.preamble).toMatchObject({ reportingUnit: "苏州市应急管理局", reportDate: "2022-08-19" });
    expect(mappingView(r.mapping)).toEqual({
      A: "index", B: "name", C: "uscc", D: "district", E: "category", F: "flag:两重点一重大", G: "flag:亿元以上企业",
      H: "grade", I: "certificateNumber", J: "issueDate", K: "expiryDate", L: "status", M: "remark",
    });
    expect(r.mapping.unmapped).toEqual([]);
    expect(r.records.map((x) => ({ row: x.row, name: x.name, uscc: x.uscc, district: x.district, categories: x.categories, flags: x.flags, grade: x.grade, status: x.status, issueDate: x.issueDate, expiryDate: x.expiryDate }))).toEqual([
      { row: 7, name: "张家港甲公司", uscc: "91350100M000100Y43", district: "张家港市", categories: ["亿元以上企业", "两重点一重大"], flags: { 两重点一重大: true, 亿元以上企业: true }, grade: 2, status: "attained", issueDate: "2022-08-19", expiryDate: "2025-08-18" },
      { row: 8, name: "张家港乙公司", uscc: "91110000802100433B", district: "张家港市", categories: ["两重点一重大"], flags: { 两重点一重大: true, 亿元以上企业: false }, grade: 3, status: "attained", issueDate: "2021-08-19", expiryDate: "2024-08-18" },
      { row: 11, name: "常熟甲公司", uscc: null, district: "常熟市", categories: ["亿元以上企业"], flags: { 两重点一重大: false, 亿元以上企业: true }, grade: null, status: "applying", issueDate: null, expiryDate: null },
      { row: 12, name: "常熟乙公司", uscc: null, district: "常熟市", categories: [], flags: { 两重点一重大: false, 亿元以上企业: false }, grade: "micro", status: "attained", issueDate: "2022-08-19", expiryDate: null },
    ]);
    expect(r.subtotals.map((s) => [s.row, s.kind, s.district ?? null])).toEqual([[9, "subtotal", "张家港市"], [13, "subtotal", "常熟市"], [14, "total", null]]);
    expect(r.skipped).toEqual([
      { row: 10, reason: "roster.skip.blank" },
      { row: 15, reason: "roster.skip.note" },
      { row: 16, reason: "roster.skip.note" },
    ]);
    expect(r.problems).toEqual([]);
  }

  it("reads every structure at once through the xlsx adapter", () => {
    check(fromXlsx[0]);
  });

  it("reads every structure at once from values alone", () => {
    check(valuesOnlyGrid(combined));
  });

  it("reads the workbook's two rosters and skips its two other sheets", () => {
    const result = readRosters(fromXlsx);
    expect(result.rosters.map((r) => [r.sheet, r.records.length, r.subtotals.length, r.skipped.length])).toEqual([["全市台账", 4, 3, 3], ["类别", 4, 0, 0]]);
    expect(result.skippedSheets.map((s) => s.sheet)).toEqual(["汇总表", "说明"]);
  });
});
