import { recalculateWithLibreOffice } from "../../core/report/attachment/libreoffice";
import { findBuiltinProfile } from "../../../src/core/profile";
import { fixCountTables, type TableFix } from "../../../src/core/tables/fix";
import type { Grid } from "../../../src/core/grid/grid";
import { editCellsBytes } from "../../../src/xlsx/package/edit-cells";
import { readXlsxBytes } from "../../../src/xlsx/read-bytes";
import { countTablesWorkbook } from "./fixtures/count-tables";

const profile = findBuiltinProfile("suzhou-2022")!;

function valueAt(grid: Grid, row: number, col: number): unknown {
  return grid.values[row - grid.origin.row]?.[col - grid.origin.col] ?? null;
}

describe("editCellsBytes (LibreOffice opens the fixed copy and recalculates)", () => {
  let fixes: TableFix[];
  let grids: Grid[];

  beforeAll(async () => {
    const input = await countTablesWorkbook();
    fixes = fixCountTables(await readXlsxBytes(input, "book.xlsx"), profile).fixes;
    // Deliberately wrong cached results: only a real recalculation can bring back the engine's figures.
    const wrong = fixes.map((f) => ({
      sheet: f.sheet,
      writes: f.edits.map((e) => (e.formula === null ? e : { ...e, value: typeof e.value === "number" ? -7 : "wrong" })),
    }));
    const recalculated = recalculateWithLibreOffice(editCellsBytes(input, "book.xlsx", wrong));
    grids = await readXlsxBytes(new Uint8Array(recalculated), "recalculated.xlsx");
  }, 180_000);

  it("shows the engine's figure in every edited cell: rates, '/', SUM totals and counts", () => {
    let checked = 0;
    for (const fix of fixes) {
      const grid = grids.find((g) => g.name === fix.sheet)!;
      for (const e of fix.edits) {
        const got = valueAt(grid, e.row, e.col);
        if (typeof e.value === "number") expect({ cell: `${fix.sheet}!${e.address}`, close: typeof got === "number" && Math.abs(got - e.value) < 1e-9 }).toEqual({ cell: `${fix.sheet}!${e.address}`, close: true });
        else expect({ cell: `${fix.sheet}!${e.address}`, got }).toEqual({ cell: `${fix.sheet}!${e.address}`, got: e.value });
        checked++;
      }
    }
    // 78 + 36 in the published tables; the messy copies add their counts typed as text.
    expect(checked).toBeGreaterThan(78 + 36 * 2 + 78);
  });

  it("keeps the typed totals that differ from their rows, and computes the 合计 rate from them", () => {
    const annex1 = grids.find((g) => g.name === "附件1")!;
    // S15 stays 208 (rows 199), T15 196 (rows 187); U15 = 196/208.
    expect([valueAt(annex1, 15, 19), valueAt(annex1, 15, 20)]).toEqual([208, 196]);
    expect(valueAt(annex1, 15, 21)).toBeCloseTo(196 / 208, 12);
  });

  it("shows the rewritten rates as percents with one decimal", () => {
    const annex1 = grids.find((g) => g.name === "附件1")!;
    const row = 6 - annex1.origin.row;
    expect(annex1.numberFormats?.[row]?.[12 - annex1.origin.col]).toBe("0.0%");
  });
});
