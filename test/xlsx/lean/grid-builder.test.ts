import { GridBuilder } from "../../../src/xlsx/lean/grid-builder";

const DATE = "yyyy-mm-dd";

/** Rows 1–4 of a roster: a header, then three enterprise rows with a date in column C. */
function rosterRows(builder: GridBuilder): void {
  builder.add(1, 1, "企业名称", null, null);
  builder.add(1, 3, "发证日期", null, null);
  for (const row of [2, 3, 4]) {
    builder.add(row, 1, `企业${row}`, null, null);
    builder.add(row, 3, 44000 + row, DATE, null);
  }
}

describe("GridBuilder's number formats", () => {
  it("gives rows with the same formats one frozen array, with the values each row's own", () => {
    const b = new GridBuilder("台账");
    rosterRows(b);
    const grid = b.build("台账", false);
    const formats = grid.numberFormats!;
    expect(formats).toEqual([[null, null, null], [null, null, DATE], [null, null, DATE], [null, null, DATE]]);
    expect(formats[2]).toBe(formats[1]);
    expect(formats[3]).toBe(formats[1]);
    expect(Object.isFrozen(formats[1])).toBe(true);
    expect(grid.values.map((r) => r[0])).toEqual(["企业名称", "企业2", "企业3", "企业4"]);
  });

  it("copies a shared row before a later cell of it changes its formats, so the other rows keep theirs", () => {
    const b = new GridBuilder("台账");
    rosterRows(b);
    // A cell arriving late for row 3 (rows out of order in the XML) with a format of its own.
    b.add(3, 2, 0.5, "0%", null);
    const grid = b.build("台账", false);
    const formats = grid.numberFormats!;
    expect(formats[2]).toEqual([null, "0%", DATE]);
    expect(formats[1]).toEqual([null, null, DATE]);
    expect(formats[3]).toEqual([null, null, DATE]);
  });

  it("clears a merge's slave cell in that row's copy only", () => {
    const b = new GridBuilder("台账");
    rosterRows(b);
    b.merge({ top: 3, left: 2, bottom: 3, right: 3 });
    const grid = b.build("台账", false);
    const formats = grid.numberFormats!;
    expect(formats[2]).toEqual([null, null, null]);
    expect(grid.values[2]).toEqual(["企业3", null, null]);
    expect(formats[1]).toEqual([null, null, DATE]);
    expect(formats[3]).toEqual([null, null, DATE]);
  });
});
