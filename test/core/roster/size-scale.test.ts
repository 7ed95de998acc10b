import type { CellValue, Grid } from "../../../src/core/grid/grid";
import { readRoster } from "../../../src/core/roster/read-roster";

const grid = (values: CellValue[][]): Grid => ({ name: "台账", origin: { row: 1, col: 1 }, values });

describe("readRoster: scale (规上/规下) and size class (大中小微)", () => {
  it("reads 是否规上 and 企业规模 as two fields", () => {
    const read = readRoster(grid([
      ["企业名称", "是否规上", "企业规模"],
      ["甲", "是", "小型"],
      ["乙", "否", "微型"],
      ["丙", "是", "中型企业"],
    ]));
    expect(read.mapping.duplicates).toEqual([]);
    expect(read.records.map((r) => [r.name, r.scale, r.size])).toEqual([["甲", "规上", "小型"], ["乙", "规下", "微型"], ["丙", "规上", "中型"]]);
  });

  it("takes the size from scale text that names both (规上小型), and the scale from a 企业规模 column that holds 规上/规下", () => {
    const both = readRoster(grid([["企业名称", "规模"], ["甲", "规上小型"], ["乙", "规模以下微型"], ["丙", "规上"]]));
    expect(both.records.map((r) => [r.scale, r.size])).toEqual([["规上小型", "小型"], ["规模以下微型", "微型"], ["规上", null]]);
    const inSize = readRoster(grid([["企业名称", "企业规模"], ["甲", "规上"], ["乙", "小型"]]));
    expect(inSize.records.map((r) => [r.scale, r.size])).toEqual([["规上", null], [null, "小型"]]);
  });
});
