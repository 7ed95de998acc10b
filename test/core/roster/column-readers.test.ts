import type { CellValue } from "../../../src/core/grid/grid";
import { parseDate } from "../../../src/core/normalize/parse-date";
import { parsedValue, type Parsed } from "../../../src/core/normalize/parsed";
import { memoized } from "../../../src/core/roster/column-readers";

/** A parser that records every cell it is asked about and names what it saw. */
function countingParser(): { parse: (v: CellValue) => Parsed<string>; calls: CellValue[] } {
  const calls: CellValue[] = [];
  const parse = (v: CellValue): Parsed<string> => {
    calls.push(v);
    return parsedValue(v instanceof Date ? `date ${v.getTime()}` : `value ${String(v)}`);
  };
  return { parse, calls };
}

describe("memoized: a column's repeated cells are parsed once", () => {
  it("parses two Date cells of the same instant once, even as different objects", () => {
    const { parse, calls } = countingParser();
    const read = memoized(parse);
    const first = read(new Date(Date.UTC(2022, 9, 11)));
    const second = read(new Date(Date.UTC(2022, 9, 11)));
    expect(calls).toHaveLength(1);
    expect(second).toBe(first);
    expect(first).toEqual({ ok: true, value: `date ${Date.UTC(2022, 9, 11)}` });
  });

  it("keeps a Date apart from a number equal to its time, and Dates of different days apart", () => {
    const { parse, calls } = countingParser();
    const read = memoized(parse);
    const ms = Date.UTC(2022, 9, 11);
    expect(read(new Date(ms))).toEqual({ ok: true, value: `date ${ms}` });
    expect(read(ms)).toEqual({ ok: true, value: `value ${ms}` });
    expect(read(new Date(ms + 86_400_000))).toEqual({ ok: true, value: `date ${ms + 86_400_000}` });
    expect(calls).toHaveLength(3);
  });

  it("gives the ISO day of each date cell through parseDate, the same as parsing afresh", () => {
    const read = memoized(parseDate);
    const cells: CellValue[] = [new Date(Date.UTC(2022, 7, 19)), 44792, new Date(Date.UTC(2022, 7, 19)), new Date(Date.UTC(2025, 7, 18)), new Date(Number.NaN)];
    expect(cells.map((v) => read(v))).toEqual([
      { ok: true, value: "2022-08-19" },
      { ok: true, value: "2022-08-19" },
      { ok: true, value: "2022-08-19" },
      { ok: true, value: "2025-08-18" },
      { ok: false, reason: "invalid" },
    ]);
  });
});
