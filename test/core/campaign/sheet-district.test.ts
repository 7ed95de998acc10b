import { sheetDistrictOf } from "../../../src/core/campaign/sheet-district";
import { findBuiltinProfile } from "../../../src/core/profile/builtin";
import type { Profile } from "../../../src/core/profile/schema";
import type { RosterPreamble } from "../../../src/core/roster/types";

const suzhou = findBuiltinProfile("suzhou-2022") as Profile;
const changshu = findBuiltinProfile("changshu-2019") as Profile;
const qinyang = findBuiltinProfile("qinyang-2024") as Profile;
const preamble = (title: string | null, reportingUnit: string | null = null): RosterPreamble => ({ title, reportingUnit, reportDate: null, lines: [] });
const none = preamble(null);

describe("sheetDistrictOf", () => {
  it.each([
    [suzhou, "昆山市", "昆山"],
    [suzhou, "昆山台账", "昆山"],
    [suzhou, "2022年吴江区企业名单", "吴江"],
    [suzhou, "苏州工业园区", "园区"],
    [changshu, "梅李镇", "梅李镇"],
    [changshu, "虞山街道（32家）", "虞山街道"],
    [changshu, "碧溪新区台账", "碧溪新区"],
    [qinyang, "经济技术开发区", "经开区"],
    [qinyang, "柏香镇", "柏香镇"],
    [qinyang, "王曲乡企业清单", "王曲乡"],
  ])("reads the sheet name as the district (%#: %s)", (profile, sheet, district) => {
    expect(sheetDistrictOf(profile)(sheet, none)).toEqual({ value: district, source: "sheet" });
  });

  it.each([
    [suzhou, "台账"],
    [suzhou, "Sheet1"],
    [suzhou, "化工园区"],
    [suzhou, "无锡市"],
    [changshu, "常熟市"],
    [changshu, "全市汇总"],
    [changshu, "小微企业"],
    [qinyang, "加油站"],
    [qinyang, "规上企业"],
  ])("does not take a sheet name that is no district for one (%#: %s)", (profile, sheet) => {
    expect(sheetDistrictOf(profile)(sheet, none)).toBeNull();
  });

  it("falls back to the 填报单位 line, then to the title, leaving out the issuing city", () => {
    expect(sheetDistrictOf(changshu)("Sheet2", preamble("常熟市小微企业台账", "梅李镇安监办"))).toEqual({ value: "梅李镇", source: "reportingUnit" });
    expect(sheetDistrictOf(changshu)("Sheet2", preamble("2019年常熟市海虞镇小微企业台账", "常熟市应急管理局"))).toEqual({ value: "海虞镇", source: "title" });
    expect(sheetDistrictOf(suzhou)("Sheet2", preamble("苏州市工业企业名单（太仓市）"))).toEqual({ value: "太仓", source: "title" });
    expect(sheetDistrictOf(changshu)("Sheet2", preamble("常熟市小微企业标准化台账"))).toBeNull();
    expect(sheetDistrictOf(suzhou)("Sheet2", preamble("昆山、太仓企业名单"))).toBeNull();
  });
});
