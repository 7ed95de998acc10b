/**
 * Issue 17, defect 9: a profile listing 200,000 districts once ran past 60 s and 2.5 GB (one metric
 * row per district × category, each looking its district up by walking every unit). A profile is
 * bounded: at most 2,000 districts, 500 categories and 500 indicators, and 10,000 metric rows;
 * district lookups go through an index, so a large legal profile resolves each district once.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseProfile } from "../../../src/core/profile/parse";
import { resolveDistrict } from "../../../src/core/profile/districts";
import { targetFor } from "../../../src/core/profile/targets";
import type { Profile } from "../../../src/core/profile/schema";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the fixture is edited as untyped JSON
const fixture = (): any => JSON.parse(readFileSync(join(__dirname, "fixtures/wuxi-2025.json"), "utf8"));
const unit = (k: number) => ({ id: `d${k}`, name: `地区${k}`, aliases: [`别名${k}`] });
/** The fixture's own units (its district targets name them) and more, n in all. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the fixture is edited as untyped JSON
const units = (p: any, n: number) => [...p.districts.units, ...Array.from({ length: n - p.districts.units.length }, (_, k) => unit(k))];

function issues(edit: (p: ReturnType<typeof fixture>) => void, lang: "zh-CN" | "en" = "en"): string[] {
  const p = fixture();
  edit(p);
  const r = parseProfile(p, lang);
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
}

describe("profile limits (issue 17, defect 9)", () => {
  it("defect 9: a profile of 200,000 districts is refused by their number, in one issue naming the limit", () => {
    expect(issues((p) => (p.districts.units = units(p, 200_000)))).toEqual(["districts.units: at most 2000 items, this list has 200000"]);
    expect(issues((p) => (p.districts.units = units(p, 200_000)), "zh-CN")).toEqual(["districts.units: 最多 2000 项，实际有 200000 项"]);
  });

  it("2,000 districts are within the limit; 2,001 are not", () => {
    expect(issues((p) => (p.districts.units = units(p, 2000)))).toEqual([]);
    expect(issues((p) => (p.districts.units = units(p, 2001)))).toEqual(["districts.units: at most 2000 items, this list has 2001"]);
  });

  it("the districts an open list names and the categories are bounded too", () => {
    expect(issues((p) => (p.districts = { mode: "open", label: "乡镇", named: units(p, 2001) }))).toEqual(["districts.named: at most 2000 items, this list has 2001"]);
    const many = issues((p) => (p.categories = Array.from({ length: 501 }, (_, k) => ({ ...p.categories[0], id: `c${k}` }))));
    expect(many).toEqual(["categories: at most 500 items, this list has 501"]);
  });

  it("districts × categories and indicators above 10,000 metric rows is refused with the product", () => {
    // 2,000 districts × 2 categories = 4,000 rows; × 6 = 12,000.
    const extra = (p: ReturnType<typeof fixture>) => Array.from({ length: 4 }, (_, k) => ({ ...p.categories[0], id: `extra-${k}`, targets: undefined, districtTargets: undefined }));
    expect(issues((p) => { p.districts.units = units(p, 2000); p.categories.push(...extra(p)); })).toEqual([
      "districts.units: 2000 districts × 6 categories and indicators = 12000 metric rows, over the limit of 10000",
    ]);
    expect(issues((p) => { p.districts.units = units(p, 1666); p.categories.push(...extra(p)); })).toEqual([]);
  });

  it("a profile of 2,000 districts resolves every name and alias to its own unit", () => {
    const p = fixture();
    p.districts.units = units(p, 2000);
    const r = parseProfile(p);
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("; "));
    const profile: Profile = r.profile;
    for (let k = 0; k < 1997; k += 37) {
      expect(resolveDistrict(profile, `地区${k}`)).toEqual({ unit: expect.objectContaining({ id: `d${k}` }), via: "name" });
      expect(resolveDistrict(profile, `别名${k}市`)).toEqual({ unit: expect.objectContaining({ id: `d${k}` }), via: "alias" });
    }
    expect(resolveDistrict(profile, "江阴市")?.unit.id).toBe("jiangyin");
    expect(resolveDistrict(profile, "地区1997")).toBeNull();
    // Targets are found by a unit's id, its name or an alias alike.
    const category = profile.categories[0].id;
    expect(targetFor(profile, category, 2025, "jiangyin")).toEqual(targetFor(profile, category, 2025, "江阴"));
    expect(targetFor(profile, category, 2025, "d1234")).toEqual(targetFor(profile, category, 2025, "地区1234"));
  });
});
