import type { Grid } from "../../../src/core/grid/grid";
import { readRoster } from "../../../src/core/roster";
import { bothSources, mappingView, rowsNamesDistricts } from "./helpers";
import { categories, cellValues, districtMerged, subtotalsAndNotes, threeRowHeader, titleAbove, twoRowHeader } from "./fixtures/structures";

let sources: Record<string, [string, Grid][]>;

beforeAll(async () => {
  sources = {};
  for (const s of [titleAbove, twoRowHeader, threeRowHeader, districtMerged, subtotalsAndNotes, categories, cellValues]) {
    sources[s.name] = await bothSources(s);
  }
});

function each(sheet: string, check: (grid: Grid) => void): void {
  for (const [, grid] of sources[sheet]) check(grid);
}

describe("readRoster: header below titles", () => {
  it("finds the header in row 4 under a merged title, a 填报 line and a note", () => {
    each(titleAbove.name, (grid) => {
      const r = readRoster(grid);
      expect(r.table.headerRows).toEqual([4, 4]);
      expect(r.table.dataRows).toEqual([5, 7]);
      expect(rowsNamesDistricts(r)).toEqual([
        [5, "苏州甲化工有限公司", "张家港市"],
        [6, "苏州乙冶金有限公司", "常熟市"],
        [7, "苏州丙纺织有限公司", "太仓市"],
      ]);
    });
  });

  it("reads the title and the 填报单位 / 填报日期 line", () => {
    each(titleAbove.name, (grid) => {
      const { preamble } = readRoster(grid).table;
      expect(preamble.title).toBe("2022年苏州市安全生产标准化企业台账");
      expect(preamble.reportingUnit).toBe("苏州市应急管理局");
      expect(preamble.reportDate).toBe("2022-08-19");
    });
  });

  it("reports the mapping, with the 序号 column as index", () => {
    each(titleAbove.name, (grid) => {
      const r = readRoster(grid);
      expect(mappingView(r.mapping)).toEqual({ A: "index", B: "name", C: "uscc", D: "district", E: "sector", F: "grade", G: "status", H: "remark" });
      expect(r.mapping.fields.name?.confidence).toBe("exact");
      expect(r.mapping.fields.district?.confidence).toBe("exact");
      expect(r.mapping.unmapped).toEqual([]);
    });
  });
});

describe("readRoster: multi-row headers", () => {
  it("joins 证书情况 with its leaves over two rows, from merges or from values alone", () => {
    each(twoRowHeader.name, (grid) => {
      const r = readRoster(grid);
      expect(r.table.headerRows).toEqual([1, 2]);
      expect(mappingView(r.mapping)).toEqual({ A: "index", B: "name", C: "uscc", D: "district", E: "certificateNumber", F: "issueDate", G: "expiryDate", H: "grade" });
      expect(r.mapping.fields.issueDate?.header).toBe("证书情况 / 发证日期");
      expect(r.mapping.fields.district).toMatchObject({ confidence: "synonym", matched: "属地" });
      expect(r.records.map((x) => [x.certificateNumber, x.issueDate, x.expiryDate, x.grade])).toEqual([
        ["苏AQB2022001", "2022-08-19", "2025-08-18", 2],
        ["苏AQB2021002", "2021-08-19", "2024-08-18", 3],
      ]);
    });
  });

  it("reads three header rows, where the leaf 编号 means 证书编号 only under its group", () => {
    each(threeRowHeader.name, (grid) => {
      const r = readRoster(grid);
      expect(r.table.headerRows).toEqual([2, 4]);
      expect(mappingView(r.mapping)).toEqual({
        A: "index", B: "name", C: "uscc", D: "district", E: "grade", F: "certificateNumber", G: "issueDate", H: "expiryDate", I: "remark",
      });
      expect(r.mapping.fields.certificateNumber?.path).toEqual(["标准化情况", "证书情况", "编号"]);
      expect(r.records.map((x) => [x.row, x.name, x.grade, x.issueDate, x.expiryDate])).toEqual([
        [5, "吴江甲纺织有限公司", 3, "2023-03-01", "2026-02-28"],
        [6, "吴江乙化纤有限公司", "micro", "2023-03-01", null],
      ]);
    });
  });
});

describe("readRoster: district fill-down", () => {
  it("gives each enterprise the district merged over it, or written once above it", () => {
    each(districtMerged.name, (grid) => {
      expect(rowsNamesDistricts(readRoster(grid))).toEqual([
        [2, "张家港甲公司", "张家港市"],
        [3, "张家港乙公司", "张家港市"],
        [4, "张家港丙公司", "张家港市"],
        [5, "常熟甲公司", "常熟市"],
        [6, "常熟乙公司", "常熟市"],
      ]);
    });
  });
});

describe("readRoster: subtotals, blank rows and notes", () => {
  it("keeps 小计/合计 rows apart from enterprises, with their district and values", () => {
    each(subtotalsAndNotes.name, (grid) => {
      const r = readRoster(grid);
      expect(r.records.map((x) => x.name)).toEqual(["张家港甲公司", "张家港乙公司", "常熟甲公司"]);
      expect(r.subtotals).toEqual([
        { row: 4, label: "小计", kind: "subtotal", district: "张家港市", values: { B: "小计", E: 2 } },
        { row: 7, label: "常熟市小计", kind: "subtotal", district: "常熟市", values: { B: "常熟市小计", E: 1 } },
        { row: 8, label: "合计", kind: "total", values: { A: "合计", E: 3 } },
      ]);
    });
  });

  it("skips blank rows and the notes under the table, saying why", () => {
    each(subtotalsAndNotes.name, (grid) => {
      const r = readRoster(grid);
      expect(r.skipped).toEqual([
        { row: 5, reason: "roster.skip.blank" },
        { row: 9, reason: "roster.skip.blank" },
        { row: 10, reason: "roster.skip.note" },
        { row: 11, reason: "roster.skip.note" },
        { row: 12, reason: "roster.skip.note" },
      ]);
      expect(r.table.dataRows).toEqual([2, 8]);
      expect(r.problems).toEqual([]);
    });
  });

  it("does not carry a district past a subtotal", () => {
    each(subtotalsAndNotes.name, (grid) => {
      expect(readRoster(grid).records.map((x) => x.district)).toEqual(["张家港市", "张家港市", "常熟市"]);
    });
  });
});

describe("readRoster: categories", () => {
  it("splits a category column on 、，,;/ and line breaks", () => {
    each(categories.name, (grid) => {
      expect(readRoster(grid).records.map((x) => x.categories)).toEqual([
        ["亿元以上企业", "两重点一重大"],
        ["冶金工贸", "粉尘涉爆"],
        ["A", "B", "C", "D"],
        ["有限空间", "涉氨制冷"],
      ]);
    });
  });

  it("turns yes/no columns into flags keyed by header without 是否, blank meaning no", () => {
    each(categories.name, (grid) => {
      const r = readRoster(grid);
      expect(mappingView(r.mapping)).toMatchObject({ C: "category", D: "flag:两重点一重大", E: "flag:亿元以上企业", F: "flag:粉尘涉爆", G: "flag:有限空间", H: "flag:涉氨制冷" });
      expect(r.mapping.fields).not.toHaveProperty("flag");
      expect(r.records.map((x) => x.flags)).toEqual([
        { 两重点一重大: true, 亿元以上企业: true, 粉尘涉爆: true, 有限空间: true, 涉氨制冷: false },
        { 两重点一重大: false, 亿元以上企业: false, 粉尘涉爆: false, 有限空间: false, 涉氨制冷: true },
        { 两重点一重大: true, 亿元以上企业: true, 粉尘涉爆: true, 有限空间: false, 涉氨制冷: false },
        { 两重点一重大: false, 亿元以上企业: false, 粉尘涉爆: false, 有限空间: true, 涉氨制冷: true },
      ]);
      expect(r.records.every((x) => x.problems.length === 0)).toBe(true);
    });
  });
});

describe("readRoster: cell values", () => {
  it("normalizes USCCs but keeps O typed for 0", () => {
    each(cellValues.name, (grid) => {
      expect(readRoster(grid).records.map((x) => x.uscc)).toEqual([
        "91350100M000100Y43", "91350100M000100Y43", "91350100MOOO1OOY43", "91350100M000100Y43", null, null, null,
      ]);
    });
  });

  it("reads grades, statuses and dates in every written form", () => {
    each(cellValues.name, (grid) => {
      const r = readRoster(grid);
      expect(r.records.map((x) => [x.grade, x.status, x.issueDate, x.expiryDate])).toEqual([
        [2, "attained", "2022-08-19", "2025-08-18"],
        [2, "applying", "2022-08-19", "2025-08-18"],
        [2, "creating", "2022-08-19", "2025-08-18"],
        [2, "closed", "2022-08-19", "2025-08-18"],
        ["micro", "suspended", "2022-08-19", null],
        [null, "deregistered", null, null],
        [null, "transferred", null, null],
      ]);
    });
  });

  it("reads applying as a flag or a year, scale from 是否规上, certificate numbers as text", () => {
    each(cellValues.name, (grid) => {
      const r = readRoster(grid);
      expect(r.records.map((x) => x.applying)).toEqual([null, true, 2023, 2024, null, null, null]);
      expect(r.records.map((x) => x.scale)).toEqual(["规上", "规下", null, null, null, null, null]);
      expect(r.records[1].certificateNumber).toBe("2022001");
    });
  });

  it("keeps unreadable values as problems with their raw text, never as blanks", () => {
    each(cellValues.name, (grid) => {
      const r = readRoster(grid);
      const problems = r.records.flatMap((x) => x.problems.map((p) => [x.row, p.field, p.column, p.raw, p.expected]));
      expect(problems).toEqual([
        [6, "expiryDate", "F", "2022-02-30", "date"],
        [6, "applying", "G", "不详", "flag-or-year"],
        [8, "grade", "C", "五级", "grade"],
        [8, "issueDate", "E", "明年", "date"],
      ]);
    });
  });

  it("tells each record where its fields are", () => {
    each(cellValues.name, (grid) => {
      expect(readRoster(grid).records[0].columns).toEqual({
        name: "A", uscc: "B", grade: "C", status: "D", issueDate: "E", expiryDate: "F", applying: "G", scale: "H", certificateNumber: "I",
      });
    });
  });
});
