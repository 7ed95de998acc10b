import type { CellValue, Grid } from "../../../src/core/grid/grid";
import { parseAreaAddress } from "../../../src/core/grid/address";
import { readRoster } from "../../../src/core/roster/read-roster";

const values: CellValue[][] = [
  ["沁阳市拟创建安全生产标准化企业名单", null, null, null, null, null],
  ["序号", "企业名称", "乡镇", "所属行业（打√）", null, null],
  [null, null, null, "建材", "机械", "加油站"],
  [1, "甲公司", "柏香镇", "√", null, null],
  [2, "乙公司", "柏香镇", null, "√", null],
  [3, "丙公司", "王曲乡", null, null, "√"],
];
const merges = ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:F2"];

describe("readRoster: a group of √ columns under one merged header", () => {
  it.each([
    ["with merges", { name: "台账", origin: { row: 1, col: 1 }, values, merges: merges.map((a) => parseAreaAddress(a)!) }],
    ["from values alone", { name: "台账", origin: { row: 1, col: 1 }, values }],
  ] as [string, Grid][])("reads 所属行业（打√） over one leaf per sector as the sector, not its leaf row as data (%s)", (_, grid) => {
    const read = readRoster(grid);
    expect(read.table.headerRows).toEqual([2, 3]);
    expect(read.mapping.columns.slice(3).map((c) => [c.role, c.flagKey, c.groupField])).toEqual([["flag", "建材", "sector"], ["flag", "机械", "sector"], ["flag", "加油站", "sector"]]);
    expect(read.records.map((r) => [r.row, r.name, r.sector])).toEqual([[4, "甲公司", "建材"], [5, "乙公司", "机械"], [6, "丙公司", "加油站"]]);
    expect(read.skipped).toEqual([]);
  });
});
