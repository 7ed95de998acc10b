import { findBuiltinProfile } from "../../../src/core/profile/builtin";
import type { Profile } from "../../../src/core/profile/schema";
import { targetFor } from "../../../src/core/profile/targets";
import { missingInOrder, seedText } from "./seed";

const profile = findBuiltinProfile("qinyang-2024") as Profile;
const seed = seedText("qinyang-2024");

describe("qinyang-2024 profile (沁阳市, draft for comment)", () => {
  it("is a draft with no date or number, and open districts (乡镇街道)", () => {
    expect(profile.status).toBe("draft");
    expect(seed).toContain("征求意见稿");
    expect(profile.documentNumber).toBeNull();
    expect(profile.districts).toMatchObject({ mode: "open", label: "乡（镇）街道" });
    expect(seed).toContain("各乡（镇）街道");
  });

  it.each([
    ["phase-1", "2024-03-01", "2024-12-31", 7],
    ["phase-2", "2025-01-01", "2025-11-30", 6],
  ])("has %s from %s to %s with its sectors named in the notice's order", (id, from, to, count) => {
    const phase = profile.phases!.find((p) => p.id === id)!;
    expect([phase.from, phase.to, phase.categories.length]).toEqual([from, to, count]);
    const names = phase.categories.map((c) => profile.categories.find((x) => x.id === c)!.name);
    expect(missingInOrder(phase.quote!.replace(/\s+/g, ""), names)).toBeNull();
    for (const c of phase.categories) {
      expect(targetFor(profile, c, Number(to.slice(0, 4)))).toMatchObject({ kind: "rate", value: 1, by: to });
    }
  });

  it("has the yearly grade-3 dates and the planned-enterprise list deadline", () => {
    const d = Object.fromEntries(profile.deadlines!.map((x) => [x.id, x.date ?? x.yearly]));
    expect(d).toEqual({ "planned-list": "2024-03-31", "grade-3-application": "05-31", "grade-3-completion": "11-30" });
    for (const phrase of ["2024年3月底前", "每年5月底前", "11月底前完成当年标准化建设任务"]) expect(seed).toContain(phrase);
  });

  it("lists its phase table's rows in phase order", () => {
    const table = profile.attachments!.find((a) => a.id === "phases")!;
    expect(table.rows).toEqual({ source: "categories", categories: [...profile.phases![0].categories, ...profile.phases![1].categories] });
  });
});
