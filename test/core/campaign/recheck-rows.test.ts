import { checkWorkbook } from "../../../src/core/campaign/check-workbook";
import { recheckRows } from "../../../src/core/campaign/recheck-rows";
import type { CellValue, Grid } from "../../../src/core/grid/grid";
import { patchArea } from "../../../src/core/grid/patch-area";
import { findBuiltinProfile } from "../../../src/core/profile/builtin";
import type { Profile } from "../../../src/core/profile/schema";
import { bigRosterGrid } from "../../excel/fixtures/big-roster";

const profile = findBuiltinProfile("suzhou-2022") as Profile;
const options = { asOf: "2022-10-01", year: 2022 };
// Columns of bigRosterGrid: C 统一社会信用代码, D 所在地区, I 状态, K 发证日期, L 有效期至 (1-based 3, 4, 9, 11, 12).
const COL = { name: 2, uscc: 3, district: 4, status: 9, issue: 11, expiry: 12 };

/** The grid with one cell replaced (sheet row and column). */
function edit(grid: Grid, row: number, col: number, value: CellValue): Grid {
  return patchArea(grid, { area: { top: row, left: col, bottom: row, right: col }, values: [[value]] });
}

/** The incremental re-check and a full check of the same edited grids. */
function both(before: Grid[], after: Grid[], sheet: string, top: number, bottom = top) {
  const previous = checkWorkbook(before, profile, options);
  return { incremental: recheckRows(previous, after, { sheet, top, bottom }, profile, options), full: checkWorkbook(after, profile, options), previous };
}

describe("recheckRows (live re-check of edited roster rows)", () => {
  const grid = bigRosterGrid(1200);
  const valueAt = (row: number, col: number) => grid.values[row - 1][col - 1];

  it("gives the full check's findings and metrics after a status change", () => {
    // Sheet row 13 is enterprise i = 10 (rows start at 3): 申请创建 → 注销, out of every base.
    expect(valueAt(13, COL.status)).toBe("申请创建");
    const { incremental, full, previous } = both([grid], [edit(grid, 13, COL.status, "注销")], "台账", 13);
    expect(incremental).not.toBeNull();
    expect(incremental!.findings).toEqual(full.findings);
    expect(incremental!.rosterMetrics).toEqual(full.rosterMetrics);
    expect(incremental).toEqual(full);
    // The edit changes the figures: the comparison is not between two unchanged checks.
    expect(full.rosterMetrics).not.toEqual(previous.rosterMetrics);
  });

  it("finds a USCC made a duplicate of another row, on both rows", () => {
    const other = valueAt(900, COL.uscc);
    const { incremental, full } = both([grid], [edit(grid, 30, COL.uscc, other)], "台账", 30);
    expect(incremental).toEqual(full);
    const dup = incremental!.findings.filter((f) => f.rule === "row/duplicate-uscc").map((f) => f.row);
    expect(dup).toEqual([30, 900]);
  });

  it("gives the full check after a certificate date is changed", () => {
    const { incremental, full, previous } = both([grid], [edit(grid, 40, COL.expiry, "2021年1月1日")], "台账", 40);
    expect(incremental).toEqual(full);
    expect(full.findings.filter((f) => f.row === 40)).not.toEqual(previous.findings.filter((f) => f.row === 40));
  });

  it("gives the full check after a row is cleared (the enterprise leaves every count)", () => {
    const cleared = patchArea(grid, { area: { top: 50, left: 1, bottom: 50, right: 18 }, values: [new Array(18).fill(null)] });
    const { incremental, full, previous } = both([grid], [cleared], "台账", 50);
    expect(incremental).toEqual(full);
    const total = (c: typeof full) => c.rosterMetrics.filter((m) => m.district === null).reduce((n, m) => n + m.base, 0);
    expect(total(full)).toBeLessThan(total(previous));
    expect(incremental!.rosters.classification.classes.length).toBe(1199);
    expect(incremental!.rosters.read.rosters[0].skipped).toEqual([{ row: 50, reason: "roster.skip.blank" }]);
  });

  it("gives the full check after an edit of several rows at once, beside a second roster sheet", () => {
    const second: Grid = { ...bigRosterGrid(300), name: "台账二" };
    const after = patchArea(grid, { area: { top: 60, left: COL.status, bottom: 62, right: COL.status }, values: [["已达标"], ["未创建"], ["已达标"]] });
    const { incremental, full } = both([grid, second], [after, second], "台账", 60, 62);
    expect(incremental).toEqual(full);
  });

  it("keeps the district filled down into a blank district cell", () => {
    // Row 71's district is blank: it takes 70's. Editing 71's status keeps that.
    const blank = edit(grid, 71, COL.district, null);
    const after = edit(blank, 71, COL.status, "已达标");
    const { incremental, full } = both([blank], [after], "台账", 71);
    expect(incremental).toEqual(full);
    expect(incremental!.rosters.read.rosters[0].records.find((r) => r.row === 71)!.district).toBe(valueAt(70, COL.district));
  });

  it("gives the full check after an edit beside a merged district cell, whose value still fills the row", () => {
    // D100:D102 merged: rows 101 and 102 take 100's district.
    const merged: Grid = { ...grid, merges: [...grid.merges!, { top: 100, left: COL.district, bottom: 102, right: COL.district }] };
    const before = edit(edit(merged, 101, COL.district, null), 102, COL.district, null);
    const after = edit(before, 101, COL.status, "注销");
    const previous = checkWorkbook([before], profile, options);
    const incremental = recheckRows(previous, [after], { sheet: "台账", top: 101, bottom: 101, left: COL.status, right: COL.status }, profile, options);
    expect(incremental).toEqual(checkWorkbook([after], profile, options));
    expect(incremental!.rosters.read.rosters[0].records.find((r) => r.row === 101)!.district).toBe(valueAt(100, COL.district));
  });

  it("gives the full check after a row loses its name and USCC (row/unidentified, counted nowhere)", () => {
    const nameless = patchArea(grid, { area: { top: 55, left: COL.name, bottom: 55, right: COL.uscc }, values: [[null, null]] });
    const { incremental, full } = both([grid], [nameless], "台账", 55);
    expect(incremental).toEqual(full);
    expect(incremental!.findings.filter((f) => f.rule === "row/unidentified").map((f) => f.row)).toEqual([55]);
  });

  it("with an open district list (常熟): the full check after a status edit; null after a district text edit, which may change the units", () => {
    const open = findBuiltinProfile("changshu-2019") as Profile;
    expect(open.districts.mode).toBe("open");
    const previous = checkWorkbook([grid], open, options);
    const status = edit(grid, 13, COL.status, "注销");
    expect(recheckRows(previous, [status], { sheet: "台账", top: 13, bottom: 13 }, open, options)).toEqual(checkWorkbook([status], open, options));
    const district = edit(grid, 13, COL.district, "虞山镇");
    expect(recheckRows(previous, [district], { sheet: "台账", top: 13, bottom: 13 }, open, options)).toBeNull();
  });

  describe("falls back to a full check (null) when the edit reaches further than its rows", () => {
    const previous = checkWorkbook([grid], profile, options);
    it("an edit of the header row", () => {
      expect(recheckRows(previous, [edit(grid, 2, COL.status, "备注二")], { sheet: "台账", top: 2, bottom: 2 }, profile, options)).toBeNull();
    });
    it("a district whose text the rows below fill down", () => {
      const blank = edit(grid, 81, COL.district, null);
      const before = checkWorkbook([blank], profile, options);
      expect(recheckRows(before, [edit(blank, 80, COL.district, "常熟市")], { sheet: "台账", top: 80, bottom: 80 }, profile, options)).toBeNull();
    });
    it("a row turned into a subtotal row", () => {
      expect(recheckRows(previous, [edit(grid, 90, COL.name, "小计")], { sheet: "台账", top: 90, bottom: 90 }, profile, options)).toBeNull();
    });
    it("an edit of a merged cell (its value spreads over the rows below)", () => {
      const merged: Grid = { ...grid, merges: [...grid.merges!, { top: 100, left: COL.district, bottom: 102, right: COL.district }] };
      const before = checkWorkbook([merged], profile, options);
      const edit100 = { sheet: "台账", top: 100, bottom: 100, left: COL.district, right: COL.district };
      expect(recheckRows(before, [edit(merged, 100, COL.district, "常熟市")], edit100, profile, options)).toBeNull();
      // Without the columns, any merge across the rows is taken as edited.
      expect(recheckRows(before, [edit(merged, 101, COL.status, "已达标")], { sheet: "台账", top: 101, bottom: 101 }, profile, options)).toBeNull();
    });
    it("a sheet that is not a roster", () => {
      expect(recheckRows(previous, [grid], { sheet: "别的表", top: 5, bottom: 5 }, profile, options)).toBeNull();
    });
  });
});
