import { findBuiltinProfile } from "../../../src/core/profile/builtin";
import { headerLevels, headerText, headerLeaves } from "../../../src/core/profile/header";
import type { AttachmentLayout, Profile, TargetEntry } from "../../../src/core/profile/schema";
import { missingInOrder, seedSection, seedText } from "./seed";

const profile = findBuiltinProfile("suzhou-2022") as Profile;
const seed = seedText("suzhou-2022");
const attachment = (id: string) => profile.attachments?.find((a) => a.id === id) as AttachmentLayout;
const category = (id: string) => profile.categories.find((c) => c.id === id)!;

// 附件1's body starts at its second title (the first is in the list of attachments).
const annex1 = seedSection("suzhou-2022", "附件1  全市工业企业二级标准化", "附件2  全市工业企业三级标准化");
const annex2 = seedSection("suzhou-2022", "附件2  全市工业企业三级标准化");
const table1 = seedSection("suzhou-2022", "表1 标准化创建三年行动目标划分表", "二、重点工作");

describe("suzhou-2022 profile (苏应急〔2022〕203号)", () => {
  it("keeps the notice's identity", () => {
    expect(seed).toContain(profile.documentNumber);
    expect(seed).toContain("2022年8月19日");
    expect(profile.date).toBe("2022-08-19");
    expect(seed).toContain("苏州市工业企业安全生产标准化创建三年行动实施方案（2022-2024）");
  });

  it.each([
    ["billion-yuan", 3157], ["key-sector-above-scale", 659], ["chemical-park", 270], ["chemical-monitoring", 34],
    ["two-key-one-major", 292], ["hazchem-licensed", 208], ["key-sector-below-scale", 427], ["non-key-above-scale", 11829],
  ])("declares the text's base of %s (全市%d家)", (id, base) => {
    expect(category(id).declaredBase).toBe(base);
    expect(seed).toContain(`全市${base}家`);
  });

  it("declares 其余危化品及一般化工企业 as 81 + 44 from the text", () => {
    expect(category("other-chemical").declaredBase).toBe(81 + 44);
    expect(seed).toContain("外81家危化品企业及44家一般化工企业");
  });

  it("keeps both the text's and 附件1's bases where they disagree, saying which is which", () => {
    const bases = (id: string) => category(id).bases?.map((b) => [b.value, b.source]);
    expect(bases("chemical-park")).toEqual([[270, "text"], [275, "附件1 合计"]]);
    expect(bases("chemical-monitoring")).toEqual([[34, "text"], [30, "附件1 合计"]]);
    expect(bases("other-chemical")).toEqual([[125, "text"], [208, "附件2 合计"]]);
    const ids = profile.discrepancies?.map((d) => d.id);
    expect(ids).toEqual(expect.arrayContaining(["chemical-park-base", "chemical-monitoring-base", "other-chemical-total"]));
  });

  it("lists the ten districts in 附件1's order, and 附件2 has the same rows", () => {
    const units = profile.districts.mode === "listed" ? profile.districts.units.map((u) => u.name) : [];
    expect(units).toEqual(["张家港", "常熟", "太仓", "昆山", "吴江", "吴中", "相城", "姑苏", "园区", "新区"]);
    expect(missingInOrder(annex1, [...units, "合计"])).toBeNull();
    expect(missingInOrder(annex2, [...units, "合计"])).toBeNull();
  });

  it.each(["attachment-1", "attachment-2"])("reproduces the %s header exactly, level by level", (id) => {
    const layout = attachment(id);
    const section = id === "attachment-1" ? annex1 : annex2;
    const tokens = headerLevels(layout.headerRows, layout.year!).flat();
    expect(missingInOrder(section, [layout.title, ...tokens])).toBeNull();
    // The header ends where the first district row begins.
    const headerPart = section.slice(0, section.indexOf("张家港"));
    expect(headerPart.replace(/^.*?达标情况(?=地区)/, "")).toBe(tokens.join(""));
  });

  it("has 附件1's six groups and 附件2's three, each bound to its category", () => {
    const groups = (id: string) => attachment(id).headerRows.filter((n) => n.children).map((n) => [n.text, n.category]);
    expect(groups("attachment-1")).toEqual([
      ["“亿元”以上企业二级达标情况", "billion-yuan"],
      ["工贸重点领域规上二级标准化全覆盖", "key-sector-above-scale"],
      ["化工园（集中）区达标情况", "chemical-park"],
      ["化工重点监测点达标情况", "chemical-monitoring"],
      ["“两重点一重大”企业达标情况", "two-key-one-major"],
      ["危化品生产企业达标情况", "hazchem-licensed"],
    ]);
    expect(groups("attachment-2").map((g) => g[1])).toEqual(["key-sector-below-scale", "non-key-above-scale", "other-chemical"]);
  });

  it("writes the applying column's year: 2022 as published, 2023 for a later report", () => {
    const leaf = headerLeaves(attachment("attachment-1").headerRows).find((l) => l.node.metric === "applying")!;
    expect(headerText(leaf.node, 2022)).toBe("2022年申请创建企业数");
    expect(headerText(leaf.node, 2023)).toBe("2023年申请创建企业数");
  });

  it.each(["attachment-1", "attachment-2"])("keeps every figure %s prints, row by row, in the seed's order", (id) => {
    const layout = attachment(id);
    const section = id === "attachment-1" ? annex1 : annex2;
    const rows = layout.published!.rows;
    expect(rows).toHaveLength(11);
    const leaves = headerLeaves(layout.headerRows).filter((l) => l.node.metric !== "label");
    for (const row of rows) expect(row.cells).toHaveLength(leaves.length);
    expect(missingInOrder(section, rows.flatMap((r) => [r.label, ...r.cells]))).toBeNull();
  });

  it("prints the declared bases in the 合计 rows of 附件1 and 附件2 where the table agrees", () => {
    const totals = (id: string) => attachment(id).published!.rows.find((r) => r.label === "合计")!.cells;
    expect([0, 4, 8, 11, 14, 17].map((i) => totals("attachment-1")[i])).toEqual(["3157", "659", "275", "30", "292", "208"]);
    expect([0, 3, 6].map((i) => totals("attachment-2")[i])).toEqual(["427", "11829", "208"]);
    expect(totals("attachment-2").slice(6)).toEqual(totals("attachment-1").slice(17));
  });

  function cell(entry: TargetEntry | undefined): string {
    if (entry === undefined) return "?";
    if (entry === "/") return "/";
    if (typeof entry === "number") return `${Math.round(entry * 100)}%`;
    if (Array.isArray(entry)) return "?";
    return entry.count !== undefined ? `创建${entry.count}家` : `${Math.round(entry.rate! * 100)}%`;
  }

  it("reproduces 表1 (annual targets) row by row: labels and every year's target", () => {
    const layout = attachment("table-1");
    const header = headerLevels(layout.headerRows, 2022).flat();
    const rows = layout.rows.source === "explicit" ? layout.rows.rows : [];
    const years = headerLeaves(layout.headerRows).filter((l) => l.node.year).map((l) => String(l.node.year));
    let group = "";
    const tokens = rows.flatMap((row) => {
      const labels = [row.group !== group ? row.group! : "", row.label ?? ""].filter((x) => x !== "");
      group = row.group!;
      return [...labels, ...years.map((y) => cell(category(row.category!).targets?.[y]))];
    });
    expect(missingInOrder(table1, [layout.title, ...header, ...tokens])).toBeNull();
    expect(tokens).toHaveLength(12 + 30); // 3 grade labels + 9 category labels, and 10 rows × 3 years
  });

  it("adds up 表1's yearly grade-1 counts to the overall goal of 50", () => {
    const g1 = category("grade-1");
    const counts = ["2022", "2023", "2024"].map((y) => (g1.targets?.[y] as { count: number }).count);
    expect(counts).toEqual([15, 15, 20]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(g1.goal?.count);
    expect(seed).toContain("不少于50家");
  });
});
