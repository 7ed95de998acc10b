import { t } from "../../../src/core/i18n/translate";
import { detectRosterTable, readRoster } from "../../../src/core/roster";
import { mergedGrid, valuesOnlyGrid, type SheetFixture } from "./fixtures/sheet-fixture";

const _ = null;

function messages(sheet: SheetFixture, merges = false): string[] {
  const grid = merges ? mergedGrid(sheet) : valuesOnlyGrid(sheet);
  return readRoster(grid).problems.map((p) => t(p.key, p.params));
}

describe("readRoster: structures it cannot read name the sheet and row", () => {
  it("reports a second column that looks like a field already taken", () => {
    const sheet = { name: "重复列", rows: [["企业名称", "单位名称", "地区"], ["甲公司", "甲", "常熟市"]] };
    expect(messages(sheet)).toEqual([
      "工作表「重复列」第 1 行：B 列「单位名称」也像是「name」，但该字段已取 A 列，此列未使用（可用 --map 指定）",
    ]);
  });

  it("does not spread a name merged over several rows, and says where", () => {
    const sheet: SheetFixture = { name: "合并名称", rows: [["企业名称", "地区", "行业"], ["甲公司", "常熟市", "化工"], [_, "常熟市", "冶金"]], merges: ["A2:A3"] };
    const r = readRoster(mergedGrid(sheet));
    expect(r.records.map((x) => x.name)).toEqual(["甲公司"]);
    expect(r.skipped).toEqual([{ row: 3, reason: "roster.skip.noName" }]);
    expect(messages(sheet, true)).toEqual(["工作表「合并名称」第 2 行：企业名称或信用代码单元格 A2:A3 跨行合并，无法判断属于哪家企业，未向下填充"]);
  });

  it("flags an enterprise row that follows the notes", () => {
    const sheet = { name: "表注居中", rows: [["序号", "企业名称"], [1, "甲公司"], ["注：以下为补报企业", _], [2, "乙公司"]] };
    expect(readRoster(valuesOnlyGrid(sheet)).records.map((x) => x.row)).toEqual([2, 4]);
    expect(messages(sheet)).toEqual(["工作表「表注居中」第 4 行：表注之后又出现企业行，请确认表注位置"]);
  });

  it("says when a header has no enterprise rows under it", () => {
    expect(messages({ name: "空模板", rows: [["序号", "企业名称", "地区"], [1, _, _], [2, _, _]] })).toEqual([
      "工作表「空模板」第 1 行表头之下没有企业行",
    ]);
  });
});

describe("detectRosterTable: look-alikes", () => {
  it("takes a title typed in a middle column, without merges, for a title and not a header group", () => {
    const sheet = { name: "居中标题", rows: [[_, _, "2023年企业名单", _], ["序号", "企业名称", "地区", "行业"], [1, "甲公司", "常熟市", "化工"]] };
    const table = detectRosterTable(valuesOnlyGrid(sheet));
    expect(table).toMatchObject({ headerRows: [2, 2], preamble: { title: "2023年企业名单" } });
  });

  it("skips a header repeated inside the body", () => {
    const sheet = { name: "重复表头", rows: [["企业名称", "地区"], ["甲公司", "常熟市"], ["企业名称", "地区"], ["乙公司", "太仓市"]] };
    const r = readRoster(valuesOnlyGrid(sheet));
    expect(r.records.map((x) => x.name)).toEqual(["甲公司", "乙公司"]);
    expect(r.skipped).toEqual([{ row: 3, reason: "roster.skip.repeatedHeader" }]);
  });

  it("takes a district section row for the district of the rows below, not for a second header row", () => {
    const sheet = { name: "分段", rows: [["序号", "企业名称", "地区"], [_, _, "张家港市"], [1, "甲公司", _]] };
    const r = readRoster(valuesOnlyGrid(sheet));
    expect(r.table.headerRows).toEqual([1, 1]);
    expect(r.records.map((x) => [x.name, x.district])).toEqual([["甲公司", "张家港市"]]);
    expect(r.skipped).toEqual([{ row: 2, reason: "roster.skip.section" }]);
  });

  it("reads a table that starts below and right of A1", () => {
    const grid = { name: "偏移", origin: { row: 3, col: 2 }, values: [["企业名称", "地区"], ["甲公司", "常熟市"]] };
    const r = readRoster(grid);
    expect(r.table.headerRows).toEqual([3, 3]);
    expect(r.records[0]).toMatchObject({ row: 4, name: "甲公司", columns: { name: "B", district: "C" } });
  });
});
