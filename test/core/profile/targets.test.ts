import { findBuiltinProfile } from "../../../src/core/profile/builtin";
import type { Profile } from "../../../src/core/profile/schema";
import { targetFor, targetsFor } from "../../../src/core/profile/targets";

const suzhou = findBuiltinProfile("suzhou-2022") as Profile;
const nantong = findBuiltinProfile("nantong-2018") as Profile;

describe("targetFor", () => {
  it("reads a year's rate target", () => {
    expect(targetFor(suzhou, "billion-yuan", 2022)).toMatchObject({ kind: "rate", value: 0.8, fromYear: 2022, scope: "city" });
  });

  it("resolves \"/\" to the earlier year's target, following several", () => {
    expect(targetFor(suzhou, "billion-yuan", 2024)).toMatchObject({ kind: "rate", value: 1, fromYear: 2023 });
    expect(targetFor(suzhou, "chemical-monitoring", 2024)).toMatchObject({ kind: "rate", value: 1, fromYear: 2022 });
  });

  it("reads a count target with its basis", () => {
    expect(targetFor(suzhou, "grade-1", 2024)).toMatchObject({ kind: "count", value: 20, basis: "new" });
  });

  it("keeps an earlier target for a year of the period without an entry, but not after the period", () => {
    expect(targetFor(nantong, "above-scale", 2019)).toMatchObject({ kind: "rate", value: 1, fromYear: 2018 });
    expect(targetFor(suzhou, "billion-yuan", 2025)).toBeNull();
    expect(targetFor(suzhou, "billion-yuan", 2021)).toBeNull();
  });

  it("uses a district's own allocation, by id, name or alias", () => {
    expect(targetFor(nantong, "grade-1", 2019, "haian")).toMatchObject({ kind: "count", value: 5, scope: "district" });
    expect(targetFor(nantong, "grade-1", 2019, "海安市")).toMatchObject({ value: 5 });
    expect(targetFor(nantong, "grade-3-audited", 2019, "如皋")).toMatchObject({ kind: "rate", value: 0.1, of: ["grade-3-holders-above-scale"] });
  });

  it("returns null for an unknown category", () => {
    expect(targetFor(suzhou, "no-such", 2022)).toBeNull();
  });
});

describe("targetsFor", () => {
  it("returns every target of a year (a count and a rate)", () => {
    const changshu = findBuiltinProfile("changshu-2019") as Profile;
    expect(targetsFor(changshu, "micro", 2019).map((t) => [t.kind, t.value])).toEqual([["count", 5200], ["rate", 0.7]]);
  });

  it("gives a district the city's per-district count and rates, not its city-wide counts", () => {
    const quanzhou = findBuiltinProfile("quanzhou-2021") as Profile;
    expect(targetsFor(quanzhou, "benchmark", 2021, "丰泽区").map((t) => [t.value, t.per])).toEqual([[10, "district"]]);
  });
});
