import { openDistricts } from "../../../src/core/campaign/open-districts";
import { districtResolver } from "../../../src/core/campaign/district-resolver";
import { findBuiltinProfile } from "../../../src/core/profile/builtin";
import type { Profile } from "../../../src/core/profile/schema";

const times = (text: string, n: number) => Array.from({ length: n }, () => text);

describe("openDistricts (open district lists)", () => {
  it("merges spellings that differ only by 市/区/县/镇/乡/街道/新区 under the full name", () => {
    const map = openDistricts([...times("梅李镇", 2), ...times("梅李", 6), "虞山街道", "虞山", "晋江", ...times("晋江市", 3), "丰泽区", "丰泽", "碧溪", "碧溪新区"], []);
    expect(map.get("梅李")).toEqual({ name: "梅李镇" });
    expect(map.get("梅李镇")).toEqual({ name: "梅李镇" });
    expect(map.get("虞山")).toEqual({ name: "虞山街道" });
    expect(map.get("碧溪")).toEqual({ name: "碧溪新区" });
    expect(map.get("晋江")).toEqual({ name: "晋江市" });
    expect(map.get("丰泽")).toEqual({ name: "丰泽区" });
  });

  it("merges a named unit's aliases under the notice's name", () => {
    const map = openDistricts(["经济技术开发区", "沁阳经开区", "经开区", "柏香镇"], [{ name: "经开区", aliases: ["经济技术开发区", "沁阳经开区"] }]);
    expect(map.get("经济技术开发区")).toEqual({ name: "经开区" });
    expect(map.get("沁阳经开区")).toEqual({ name: "经开区" });
    expect(map.get("柏香镇")).toEqual({ name: "柏香镇" });
  });

  it("takes a rare text one edit away from a much more frequent unit as its typo, not a new district", () => {
    const map = openDistricts([...times("梅李镇", 12), "梅季镇", ...times("丰泽区", 8), "丰择区", ...times("丰泽", 2)], []);
    expect(map.get("梅季镇")).toEqual({ typoOf: "梅李镇" });
    expect(map.get("丰择区")).toEqual({ typoOf: "丰泽区" });
  });

  it("keeps real look-alike townships of similar size apart (西向镇 and 西万镇, 王曲乡 and 王召乡)", () => {
    const map = openDistricts([...times("西向镇", 6), ...times("西万镇", 4), ...times("王曲乡", 3), ...times("王召乡", 7)], []);
    expect(map.get("西向镇")).toEqual({ name: "西向镇" });
    expect(map.get("西万镇")).toEqual({ name: "西万镇" });
    expect(map.get("王曲乡")).toEqual({ name: "王曲乡" });
  });

  it("issue 17: 100,000 different towns are each a district of their own, and a frequent unit still takes its typo and not a less frequent one's", () => {
    // Once every town was compared with every other (10^10 steps); only units written five times or more are compared now.
    const towns = Array.from({ length: 100_000 }, (_, i) => `乡镇${i}号`);
    const map = openDistricts([...towns, ...times("梅李镇", 20), ...times("梅季镇", 6), "梅李镇", "梅孝镇"], []);
    expect(map.size).toBe(100_003);
    expect(towns.filter((t) => JSON.stringify(map.get(t)) !== JSON.stringify({ name: t }))).toEqual([]);
    // 梅孝 is one edit from 梅李 (21 times) and from 梅季 (6 times): the more written wins. 梅季 is one
    // edit from 梅李 too, but 21 is less than four times 6, so it stays a town of its own.
    expect(map.get("梅孝镇")).toEqual({ typoOf: "梅李镇" });
    expect(map.get("梅季镇")).toEqual({ name: "梅季镇" });
  });

  it("takes a text one edit away from a named unit as its typo, however rare the unit", () => {
    const map = openDistricts(["经开去", "柏香镇"], [{ name: "经开区", aliases: [] }]);
    expect(map.get("经开去")).toEqual({ typoOf: "经开区" });
  });
});

describe("districtResolver", () => {
  const changshu = findBuiltinProfile("changshu-2019") as Profile;
  const suzhou = findBuiltinProfile("suzhou-2022") as Profile;

  it("for an open list: names merged variants as one unit, a typo as unknown with its suggestion", () => {
    const r = districtResolver(changshu, [...times("梅李镇", 10), "梅李", "梅季镇", "海虞镇"]);
    expect(r.open).toBe(true);
    expect(r.nameOf("梅李")).toBe("梅李镇");
    expect(r.nameOf(" 梅李镇 ")).toBe("梅李镇");
    expect(r.knows("梅季镇")).toBe(false);
    expect(r.suggest("梅季镇")).toBe("梅李镇");
    expect(r.nameOf("海虞镇")).toBe("海虞镇");
  });

  it("for a listed profile: resolves suffixes and aliases, and leaves unknown names unknown", () => {
    const r = districtResolver(suzhou, []);
    expect(r.open).toBe(false);
    expect(r.nameOf("昆山市")).toBe("昆山");
    expect(r.nameOf("苏州工业园区")).toBe("园区");
    expect(r.knows("昆仙")).toBe(false);
    expect(r.suggest("昆仙")).toBe("昆山");
  });
});
