import { workbookBudget } from "../../../src/xlsx/lean/grid-builder";

/**
 * Issue 16 (a million-row roster reads) against issue 17 (a small file never balloons): the cell
 * limits grow with the file. Figures from the peer workload: 100k rows × 18 columns is an 11.6 MB
 * file, 1M rows a 114 MB file of 18M cells.
 */
describe("workbookBudget", () => {
  it("holds a file under 64 MB to 16 million cells a sheet and 32 million in all, whatever it claims", () => {
    for (const bytes of [0, 5_000_000, 11_600_000, 50_000_000, 64_000_000]) {
      expect(workbookBudget(bytes)).toMatchObject({ sheetArea: 16_000_000, workbookArea: 32_000_000, cells: 32_000_000 });
    }
  });

  it("grows a larger file's limit by a quarter cell per byte", () => {
    expect(workbookBudget(80_000_000)).toMatchObject({ sheetArea: 20_000_000, workbookArea: 40_000_000 });
  });

  it("lets the 114 MB million-row peer roster hold its 18 million cells", () => {
    expect(workbookBudget(114_489_774).sheetArea).toBeGreaterThan(1_000_001 * 18);
  });

  it("never passes Excel's last row times 24 columns a sheet", () => {
    expect(workbookBudget(2_000_000_000).sheetArea).toBe(1_048_576 * 24);
    expect(workbookBudget(2_000_000_000).workbookArea).toBe(2 * 1_048_576 * 24);
  });
});
