import { findBuiltinProfile } from "../../../src/core/profile/builtin";
import { resolveDistrict, suggestDistrict } from "../../../src/core/profile/districts";
import type { Profile } from "../../../src/core/profile/schema";

const suzhou = findBuiltinProfile("suzhou-2022") as Profile;
const nantong = findBuiltinProfile("nantong-2018") as Profile;
const changshu = findBuiltinProfile("changshu-2019") as Profile;
const resolved = (p: Profile, text: string) => {
  const m = resolveDistrict(p, text);
  return m && [m.unit.id, m.via];
};

describe("resolveDistrict", () => {
  it.each([
    ["张家港", "zhangjiagang", "name"],
    ["张家港市", "zhangjiagang", "name"],
    ["昆山市", "kunshan", "name"],
    ["吴江区", "wujiang", "name"],
    [" 常 熟 ", "changshu", "name"],
    ["苏州工业园区", "sip", "alias"],
    ["工业园区", "sip", "alias"],
    ["园区", "sip", "name"],
    ["虎丘区", "snd", "alias"],
    ["苏州高新区", "snd", "alias"],
    ["高新区", "snd", "alias"],
  ])("reads %s as Suzhou's %s (via %s)", (text, id, via) => {
    expect(resolved(suzhou, text)).toEqual([id, via]);
  });

  it("reads Nantong's districts with or without 县/市/区 and by their long names", () => {
    expect(resolved(nantong, "海安")).toEqual(["haian", "name"]);
    expect(resolved(nantong, "海安市")).toEqual(["haian", "name"]);
    expect(resolved(nantong, "苏通科技产业园区")).toEqual(["sutong", "alias"]);
    expect(resolved(nantong, "通州湾示范区")).toEqual(["tongzhouwan", "name"]);
    expect(resolved(nantong, "通州")).toEqual(["tongzhou", "name"]);
  });

  it("returns null for an unknown district, a blank and any district of an open profile", () => {
    expect(resolveDistrict(suzhou, "无锡")).toBeNull();
    expect(resolveDistrict(suzhou, "  ")).toBeNull();
    expect(resolveDistrict(changshu, "虞山街道")).toBeNull();
  });
});

describe("suggestDistrict", () => {
  it("suggests the nearest official name for a misspelt district", () => {
    expect(suggestDistrict(suzhou, "张家巷")).toBe("张家港");
    expect(suggestDistrict(suzhou, "吴中县")).toBe("吴中");
    expect(suggestDistrict(nantong, "如皋县")).toBe("如皋市");
  });

  it("suggests nothing when no name is close", () => {
    expect(suggestDistrict(suzhou, "哈尔滨市南岗区")).toBeNull();
    expect(suggestDistrict(changshu, "虞山")).toBeNull();
  });
});
