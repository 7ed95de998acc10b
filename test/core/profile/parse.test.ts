import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseProfile } from "../../../src/core/profile/parse";

const valid = (): Record<string, unknown> => JSON.parse(readFileSync(join(__dirname, "fixtures/wuxi-2025.json"), "utf8"));

/** Applies an edit to a fresh copy of the fixture and returns the issues as "path: message". */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- edits reach anywhere into untyped JSON
function issuesAfter(edit: (p: any) => void, lang: "zh-CN" | "en" = "en"): string[] {
  const p = valid();
  edit(p);
  const r = parseProfile(p, lang);
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
}

describe("parseProfile", () => {
  it("accepts a valid profile and fills defaults", () => {
    const r = parseProfile(valid());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.profile.attachments![0].notApplicable).toBe("/");
  });

  it("names the path of a rate written as a percent number", () => {
    expect(issuesAfter((p) => (p.categories[1].targets["2026"] = 80))).toEqual([
      "categories[1].targets.2026: expected a rate between 0 and 1 (write 80% as 0.8), got 80",
    ]);
  });

  it("says the same in Chinese by default", () => {
    expect(issuesAfter((p) => (p.categories[0].targets["2025"] = 90), "zh-CN")).toEqual([
      "categories[0].targets.2025: 应为 0 到 1 之间的比率（80% 写作 0.8），实际为 90",
    ]);
  });

  it("explains a target of the wrong shape", () => {
    expect(issuesAfter((p) => (p.categories[0].targets["2025"] = "90%"))).toEqual([
      "categories[0].targets.2025: expected a target: a rate between 0 and 1 (80% is 0.8), {\"count\": n}, {\"rate\": r} or \"/\" (the earlier year's target stands), got \"90%\"",
    ]);
  });

  it("reports a missing field, an unknown field and a bad enum with their paths", () => {
    const issues = issuesAfter((p) => {
      delete p.title;
      p.categories[0].colour = "red";
      p.categories[1].rate = "pass";
    });
    expect(issues).toEqual([
      "title: required",
      "categories[0]: unknown field(s): colour (a typo?)",
      "categories[1].rate: expected \"creation\" (creation rate) or \"attainment\" (attainment rate), got \"pass\"",
    ]);
  });

  it("rejects a year key that is not a year and an id that is not kebab-case", () => {
    const issues = issuesAfter((p) => {
      p.categories[0].targets["2025年"] = 0.5;
      p.categories[0].id = "Above Scale";
    });
    expect(issues).toContain("categories[0].id: expected an id of lower-case letters, digits and hyphens such as \"billion-yuan\", got \"Above Scale\"");
    expect(issues.some((i) => i.startsWith("categories[0].targets.2025年: expected a year"))).toBe(true);
  });

  it("rejects a count that is not a whole number", () => {
    expect(issuesAfter((p) => (p.categories[0].targets["2025"] = { count: 2.5 }))[0]).toMatch(/^categories\[0\]\.targets\.2025/);
  });

  it("reports a duplicate category id at the second occurrence", () => {
    expect(issuesAfter((p) => (p.categories[1].id = "above-scale"))).toEqual([
      "categories[1].id: id \"above-scale\" is used twice (first at categories[0])",
      "attachments[0].headerRows[2].category: unknown category \"hazchem\" (known: above-scale)",
    ]);
  });

  it("reports an attachment column naming an unknown category", () => {
    expect(issuesAfter((p) => (p.attachments[0].headerRows[2].category = "hazchem-x"))).toEqual([
      "attachments[0].headerRows[2].category: unknown category \"hazchem-x\" (known: above-scale, hazchem)",
    ]);
  });

  it("reports a district target for an unknown district and a share of an unknown count", () => {
    const issues = issuesAfter((p) => {
      p.categories[1].districtTargets = { wuxi: { "2025": 1 } };
      p.categories[0].targets["2026"] = { rate: 0.5, of: ["nothing"] };
    });
    expect(issues).toEqual([
      "categories[0].targets.2026.of[0]: unknown category or indicator \"nothing\" (known: above-scale, hazchem)",
      "categories[1].districtTargets.wuxi: unknown district id \"wuxi\" (known: jiangyin, yixing, liangxi)",
    ]);
  });

  it("reports a district alias that points to two units", () => {
    expect(issuesAfter((p) => p.districts.units[1].aliases.push("江阴市"))).toEqual([
      "districts.units[1].aliases[1]: district name or alias \"江阴市\" also points to district \"jiangyin\"",
    ]);
  });

  it("reports a header node that is both a group and a column", () => {
    expect(issuesAfter((p) => (p.attachments[0].headerRows[1].metric = "base"))).toEqual([
      "attachments[0].headerRows[1]: header \"规上工业企业\" needs either children (a group) or a metric (a column), not both or neither",
    ]);
  });

  it("rejects input that is not an object at all", () => {
    const r = parseProfile("suzhou", "en");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].path).toBe("profile");
  });
});
