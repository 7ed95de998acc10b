import { findBuiltinProfile } from "../../../src/core/profile/builtin";
import type { Profile } from "../../../src/core/profile/schema";
import { targetsFor } from "../../../src/core/profile/targets";
import { seedText } from "./seed";

const profile = findBuiltinProfile("changshu-2019") as Profile;
const seed = seedText("changshu-2019");
const brief = (id: string) => targetsFor(profile, id, 2019).map((t) => [t.kind, t.value, t.of ?? null, t.per ?? null]);

describe("changshu-2019 profile (常熟市 small/micro track)", () => {
  it("has open districts (板块) and its date", () => {
    expect(profile.districts).toMatchObject({ mode: "open", label: "板块" });
    expect(seed).toContain("各板块");
    expect(seed).toContain("2019年4月23日");
    expect(profile.date).toBe("2019-04-23");
  });

  it("targets ≥5200 micro enterprises attained and ≥70% of all micro", () => {
    expect(brief("micro")).toEqual([["count", 5200, null, null], ["rate", 0.7, null, null]]);
    expect(seed).toContain("累计达标小微企业不低于5200家,不低于小微企业总数的70%");
  });

  it("targets ≥2600 renewals and ≥50% of those due by 2019-12", () => {
    expect(brief("renewals")).toEqual([["count", 2600, null, null], ["rate", 0.5, ["renewals-due"], null]]);
    // Due: the expiry before renewal falls in 2019 — still expiring in 2019, or renewed in 2019 (dated, or marked without a date).
    expect(profile.indicators!.find((i) => i.id === "renewals-due")!.match.map((c) => c.fields)).toEqual([
      [{ id: "expiryDate", from: "2019-01-01", to: "2019-12-31" }],
      [{ id: "renewal-date", from: "2019-01-01", to: "2019-12-31" }],
      [{ id: "renewed" }, { id: "renewal-date", empty: true }],
    ]);
  });

  it("targets 110 model enterprises and ≥400 third-party reviews", () => {
    expect(brief("models")).toEqual([["count", 110, null, null]]);
    expect(brief("reviews")).toEqual([["count", 400, null, null]]);
    expect(seed).toContain("小微标准化示范企业110家");
    expect(seed).toContain("不低于400家");
  });

  it("targets de-listings ≥5% of renewals plus reviews, city-wide and in each 板块", () => {
    expect(brief("delistings")).toEqual([["rate", 0.05, ["renewals", "reviews"], "district"]]);
    expect(seed).toContain("各板块摘牌企业数不得少于期满换证企业和“回头看”检查企业总数的5%");
  });

  it("declares the roster fields its activities live in", () => {
    expect(profile.rosterFields!.map((f) => [f.id, f.kind])).toEqual(expect.arrayContaining([["renewed", "flag"], ["renewal-date", "date"], ["model", "flag"], ["reviewed", "flag"], ["delisted", "flag"]]));
  });
});
