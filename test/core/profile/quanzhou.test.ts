import { findBuiltinProfile } from "../../../src/core/profile/builtin";
import { headerLevels, officialHeader } from "../../../src/core/profile/header";
import type { AttachmentLayout, Profile } from "../../../src/core/profile/schema";
import { targetsFor } from "../../../src/core/profile/targets";
import { missingInOrder, seedSection, seedText } from "./seed";

const profile = findBuiltinProfile("quanzhou-2021") as Profile;
const seed = seedText("quanzhou-2021");
const layout = (id: string) => profile.attachments?.find((a) => a.id === id) as AttachmentLayout;
const annex2 = seedSection("quanzhou-2021", "附件2泉州市安全生产标准化提升行业(领域)市直部门分工表序号", "附件3泉州市");
const annex3 = seedSection("quanzhou-2021", "附件3泉州市各行业(领域)标准化提升标杆企业典型经验总结要点企业名称", "抄送");

describe("quanzhou-2021 profile (泉安委〔2021〕18号)", () => {
  it("keeps the notice's identity", () => {
    expect(seed).toContain("泉安委〔2021〕18号");
    expect(seed).toContain("2021年8月25日");
    expect(profile.period).toEqual({ from: 2021, to: 2023 });
  });

  it("has 2021's benchmark targets: ≥5 per key sector and ≥10 per county", () => {
    const t = targetsFor(profile, "benchmark", 2021);
    expect(t.map((x) => [x.kind, x.value, x.per])).toEqual([["count", 5, "sector"], ["count", 10, "district"]]);
    expect(seed).toContain("至少培植打造5家标准化标杆示范企业");
    expect(seed).toContain("每个县(市、区)至少培植打造10家标准化标杆示范企业");
  });

  it("has the upgrade targets: ≥80% by 2022, 100% by 2023, of all units", () => {
    expect(targetsFor(profile, "upgraded", 2022).map((x) => [x.value, x.of, x.by])).toEqual([[0.8, ["all-units"], "2022-12-31"]]);
    expect(targetsFor(profile, "upgraded", 2023).map((x) => [x.value, x.of, x.by])).toEqual([[1, ["all-units"], "2023-12-31"]]);
  });

  it("names the eight key sectors in the notice's order", () => {
    const names = profile.sectors!.map((s) => s.name);
    expect(names).toHaveLength(8);
    const listed = seed.slice(seed.indexOf("每个重点行业领域(包括"), seed.indexOf("等)至少培植"));
    expect(missingInOrder(listed, names)).toBeNull();
  });

  it("reproduces 附件2's header and all 46 rows (序号, 行业, 牵头部门) exactly", () => {
    const l = layout("attachment-2");
    expect(headerLevels(officialHeader(l.headerRows), 2021).flat()).toEqual(["序号", "行业(领域)", "牵头部门"]);
    const rows = l.rows.source === "explicit" ? l.rows.rows : [];
    expect(rows).toHaveLength(46);
    expect(rows.map((r) => Number(r.cells![0]))).toEqual(Array.from({ length: 46 }, (_, i) => i + 1));
    const body = annex2.slice(annex2.indexOf("牵头部门") + "牵头部门".length);
    expect(body).toBe(rows.flatMap((r) => r.cells!).join("").replace(/\s+/g, ""));
    expect(missingInOrder(seed, [l.title])).toBeNull();
  });

  it("reproduces 附件3: form fields, header, 12 elements and 52 numbered items in order", () => {
    const l = layout("attachment-3");
    if (l.rows.source !== "form") throw new Error("附件3 is a form");
    const groups = l.rows.groups;
    expect(groups).toHaveLength(12);
    const numbered = groups.flatMap((g) => g.items).filter((i) => i.no !== null).map((i) => i.no);
    expect(numbered).toEqual(Array.from({ length: 52 }, (_, i) => i + 1));
    expect(groups.flatMap((g) => g.items)).toHaveLength(54);
    // The seed prints each element once, beside its first item; numbers precede the element.
    const tokens = groups.flatMap((g) => g.items.flatMap((item, k) => [item.no === null ? "" : String(item.no), k === 0 ? g.label : "", item.text]));
    const body = annex3.slice(annex3.indexOf("经验要点") + "经验要点".length);
    expect(body).toBe(tokens.join("").replace(/\s+/g, ""));
    expect(missingInOrder(annex3, [...l.formFields!, ...headerLevels(l.headerRows, 2021).flat()])).toBeNull();
  });

  it("keeps the pilot areas the notice names, with districts otherwise open", () => {
    expect(profile.districts.mode).toBe("open");
    const named = profile.districts.mode === "open" ? profile.districts.named!.map((u) => u.name) : [];
    for (const n of named) expect(seed).toContain(n);
  });
});
