import { findBuiltinProfile } from "../../../src/core/profile/builtin";
import { headerLevels, officialHeader } from "../../../src/core/profile/header";
import type { AttachmentLayout, Profile } from "../../../src/core/profile/schema";
import { targetFor } from "../../../src/core/profile/targets";
import { missingInOrder, seedSection, seedText } from "./seed";

const profile = findBuiltinProfile("nantong-2018") as Profile;
const seed = seedText("nantong-2018");
const TITLE = "全市工贸行业企业安全生产标准化样板地区建设工作任务分配表";
// The title's last occurrence followed by 地区 is the table itself (the first is in the list of attachments).
const table = seedSection("nantong-2018", TITLE + "地区");
const layout = profile.attachments?.find((a) => a.id === "task-allocation") as AttachmentLayout;
const units = profile.districts.mode === "listed" ? profile.districts.units : [];

/** A rate target as the allocation table prints it. */
function printed(rate: number, prefix: string): string {
  return `${prefix}${Math.round(rate * 100)}%`;
}

describe("nantong-2018 profile (通政发〔2018〕27号)", () => {
  it("keeps the notice's identity", () => {
    expect(seed).toContain("通政发〔2018〕27号");
    expect(seed).toContain("2018年7月4日");
    expect(profile.date).toBe("2018-07-04");
  });

  it("has the 2018 and 2019 milestones of the text", () => {
    expect(targetFor(profile, "above-scale", 2018)).toMatchObject({ kind: "rate", value: 1 });
    expect(targetFor(profile, "below-scale", 2018)).toMatchObject({ kind: "rate", value: 0.85 });
    expect(targetFor(profile, "below-scale", 2019)).toMatchObject({ kind: "rate", value: 0.95 });
    expect(targetFor(profile, "grade-1", 2018)).toMatchObject({ kind: "count", value: 15 });
    expect(targetFor(profile, "grade-1", 2019)).toMatchObject({ kind: "count", value: 26, op: ">" });
    expect(targetFor(profile, "grade-2", 2018)).toMatchObject({ kind: "count", value: 200 });
    expect(targetFor(profile, "grade-2", 2019)).toMatchObject({ kind: "count", value: 300 });
    for (const phrase of ["达标率达到100%", "不低于85%", "不低于95%", "力争达到15家", "力争达到200家", "力争突破26家", "力争达到300家"]) expect(seed).toContain(phrase);
  });

  it("lists the eleven districts of the task table in its order", () => {
    const names = units.map((u) => u.name);
    expect(names).toHaveLength(11);
    expect(missingInOrder(table, [...names, "合计"])).toBeNull();
  });

  it("reproduces the task table's header exactly (added actual columns left out)", () => {
    const tokens = headerLevels(officialHeader(layout.headerRows), 2019).flat();
    expect(tokens).toEqual(["地区", "一级标准化达标企业目标数", "二级标准化达标企业目标数", "县市区安监局开展三级标准化质量审计率", "整改提升率", "小微企业创建覆盖面", "小微企业达标率"]);
    expect(layout.title).toBe(TITLE);
    const headerPart = table.slice(TITLE.length, table.indexOf(units[0].name));
    expect(headerPart).toBe(tokens.join(""));
  });

  it("encodes every district's row of the task table, figure by figure", () => {
    const tokens = units.flatMap((u) => {
      const g1 = targetFor(profile, "grade-1", 2019, u.id)!;
      const g2 = targetFor(profile, "grade-2", 2019, u.id)!;
      const audit = targetFor(profile, "grade-3-audited", 2019, u.id)!;
      const rectify = targetFor(profile, "rectified", 2019, u.id)!;
      const coverage = targetFor(profile, "micro-coverage", 2019, u.id)!;
      const attain = targetFor(profile, "micro-attainment", 2019, u.id)!;
      expect([g1.scope, g2.scope, audit.scope, rectify.scope, coverage.scope, attain.scope]).toEqual(Array(6).fill("district"));
      return [u.name, String(g1.value), String(g2.value), printed(audit.value, "不少于"), printed(rectify.value, "≥"), printed(coverage.value, coverage.value === 1 ? "" : "≥"), printed(attain.value, "≥")];
    });
    expect(missingInOrder(table, tokens)).toBeNull();
    // and the published cells kept beside the layout say the same
    expect(layout.published!.rows.slice(0, 11).flatMap((r) => [r.label, ...r.cells])).toEqual(tokens);
  });

  it("keeps the text's 一级 26 (突破) and the table's 合计 28 side by side", () => {
    const sum = (id: string) => units.reduce((s, u) => s + targetFor(profile, id, 2019, u.id)!.value, 0);
    expect(sum("grade-1")).toBe(28);
    expect(sum("grade-2")).toBe(300);
    expect(missingInOrder(table, ["合计", "28", "300"])).toBeNull();
    const d = profile.discrepancies?.find((x) => x.id === "grade-1-2019");
    expect(d?.figures?.map((f) => [f.value, f.source])).toEqual([[26, "text"], [28, "附件 合计"]]);
  });

  it("applies the city's rate, not its count, to a district without an allocation of its own", () => {
    expect(targetFor(profile, "below-scale", 2019, "haian")).toMatchObject({ kind: "rate", value: 0.95, scope: "city" });
    expect(targetFor(profile, "grade-1", 2018, "haian")).toBeNull();
  });
});
