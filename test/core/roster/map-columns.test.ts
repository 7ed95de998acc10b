import { UserError } from "../../../src/core/errors";
import { t } from "../../../src/core/i18n/translate";
import { mapColumns, parseMapSpecs, readRoster, type HeaderColumn } from "../../../src/core/roster";
import { columnLetter } from "../../../src/core/grid/address";
import { valuesOnlyGrid } from "./fixtures/sheet-fixture";

function headers(...paths: (string | string[])[]): HeaderColumn[] {
  return paths.map((p, i) => ({ col: i + 1, column: columnLetter(i + 1), path: Array.isArray(p) ? p : p === "" ? [] : [p] }));
}

function fieldsOf(m: ReturnType<typeof mapColumns>): (string | null)[] {
  return m.columns.map((c) => c.field);
}

describe("mapColumns", () => {
  it.each<[string, string]>([
    ["企业名称", "name"], ["单位名称", "name"], ["企业（单位）名称", "name"], ["企业(单位)\n名称", "name"],
    ["统一社会信用代码", "uscc"], ["社会信用代码", "uscc"], ["信用代码", "uscc"],
    ["所在地区", "district"], ["地区", "district"], ["属地", "district"], ["县级市（区）", "district"], ["板块", "district"], ["辖区", "district"], ["乡镇（街道）", "district"],
    ["行业", "sector"], ["所属行业", "sector"], ["行业领域", "sector"], ["行业类别", "sector"],
    ["规模", "scale"], ["是否规上", "scale"], ["企业规模", "size"], ["大中小微", "size"], ["企业划型", "size"],
    ["类别", "category"], ["创建类别", "category"], ["企业类别", "category"],
    ["标准化等级", "grade"], ["等级", "grade"], ["达标等级", "grade"], ["安标等级", "grade"], ["现有等级", "grade"],
    ["状态", "status"], ["创建状态", "status"], ["达标情况", "status"], ["创建情况", "status"], ["企业状态", "status"],
    ["证书编号", "certificateNumber"],
    ["发证日期", "issueDate"], ["发证时间", "issueDate"], ["评定日期", "issueDate"], ["公告日期", "issueDate"],
    ["有效期至", "expiryDate"], ["证书有效期", "expiryDate"], ["有效期截止", "expiryDate"], ["到期日期", "expiryDate"],
    ["申请创建", "applying"], ["计划创建年度", "applying"],
    ["备注", "remark"],
    ["ＳＰＡＣＥ 企业 名称", "name"],
  ])("maps %p to %p", (header, field) => {
    expect(mapColumns(headers(header)).columns[0].field).toBe(field);
  });

  it("says how sure each mapping is", () => {
    const m = mapColumns(headers("企业名称", "单位名称", "统一社会信用代码（18位）", "所属板块"));
    expect(m.columns.map((c) => [c.field, c.confidence])).toEqual([
      ["name", "exact"], [null, null], ["uscc", "partial"], ["district", "synonym"],
    ]);
    expect(m.duplicates).toEqual([{ column: m.columns[1], field: "name", takenBy: "A" }]);
  });

  it("prefers the county over the township when both are there, whatever their order", () => {
    const m = mapColumns(headers("乡镇（街道）", "县级市（区）", "企业名称"));
    expect(fieldsOf(m)).toEqual([null, "district", "name"]);
  });

  it("lists columns that stayed unmapped, and leaves look-alikes such as 申请等级 and 行业主管部门 alone", () => {
    const m = mapColumns(headers("企业名称", "联系人", "申请等级", "行业主管部门", ""));
    expect(fieldsOf(m)).toEqual(["name", null, null, null, null]);
    expect(m.unmapped.map((c) => c.header)).toEqual(["联系人", "申请等级", "行业主管部门"]);
  });

  it("lets an override win over a synonym, by header or by column letters", () => {
    const m = mapColumns(headers("企业名称", "地区", "所在板块", "联系人"), { overrides: { 所在板块: "district", D: "remark" } });
    expect(m.columns.map((c) => [c.field, c.confidence])).toEqual([["name", "exact"], [null, null], ["district", "override"], ["remark", "override"]]);
  });

  it("accepts a Chinese header as the override's field, and none to drop a column", () => {
    const m = mapColumns(headers("企业名称", "片区", "备注"), { overrides: { 片区: "地区", 备注: "none" } });
    expect(fieldsOf(m)).toEqual(["name", "district", null]);
  });

  it("reports overrides that named no column", () => {
    expect(mapColumns(headers("企业名称"), { overrides: { 所在板块: "district" } }).unusedOverrides).toEqual(["所在板块"]);
  });

  it("refuses an override naming an unknown field, listing the allowed ones", () => {
    const run = () => mapColumns(headers("企业名称"), { overrides: { 所在板块: "region" } });
    expect(run).toThrow(UserError);
    try {
      run();
    } catch (e) {
      const err = e as UserError;
      expect(err.key).toBe("roster.map.unknownField");
      expect(t(err.key, err.params)).toContain("region");
      expect(String(err.params.allowed)).toContain("district");
    }
  });

  it("maps profile-declared extra fields by their headers", () => {
    const m = mapColumns(headers("企业名称", "复评日期", "是否标杆企业"), {
      extraFields: [{ id: "reviewDate", headers: ["复评日期"], kind: "date" }, { id: "benchmark", headers: ["是否标杆企业", "标杆企业"], kind: "flag" }],
    });
    expect(m.columns.map((c) => [c.role, c.field])).toEqual([["field", "name"], ["extra", "reviewDate"], ["extra", "benchmark"]]);
  });

  it("makes a yes/no column a flag only from its values, and leaves a column of counts alone", () => {
    const cols: HeaderColumn[] = [
      { col: 1, column: "A", path: ["企业名称"] },
      { col: 2, column: "B", path: ["冶金工贸"], values: ["√", null, "×", "√"] },
      { col: 3, column: "C", path: ["隐患数"], values: [0, 1, 1, 0] },
      { col: 4, column: "D", path: ["是否涉爆"], values: [0, 1, null] },
      { col: 5, column: "E", path: ["联系人"], values: ["张三", "是"] },
    ];
    expect(mapColumns(cols).columns.map((c) => [c.role, c.flagKey ?? null])).toEqual([
      ["field", null], ["flag", "冶金工贸"], ["unmapped", null], ["flag", "涉爆"], ["unmapped", null],
    ]);
  });
});

describe("parseMapSpecs", () => {
  it("reads repeated and comma-separated header=field pairs", () => {
    expect(parseMapSpecs(["所在板块=district", "C=name，备注说明=remark"])).toEqual({ 所在板块: "district", C: "name", 备注说明: "remark" });
  });

  it.each(["所在板块", "=district", "所在板块="])("refuses %p", (spec) => {
    expect(() => parseMapSpecs([spec])).toThrow(expect.objectContaining({ key: "roster.map.badSpec" }));
  });
});

describe("readRoster with overrides", () => {
  it("reads a column the synonyms do not know once the user names it", () => {
    const grid = valuesOnlyGrid({ name: "片区台账", rows: [["企业名称", "片区", "行业"], ["甲公司", "东片", "化工"]] });
    expect(readRoster(grid).records[0].district).toBeNull();
    expect(readRoster(grid, { overrides: { 片区: "district" } }).records[0].district).toBe("东片");
  });
});
