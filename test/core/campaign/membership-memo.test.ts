import { membershipOf } from "../../../src/core/campaign/membership";
import { builtinProfiles } from "../../../src/core/profile/builtin";
import { categoryClauses, recordInCategory } from "../../../src/core/profile/match";
import type { Profile } from "../../../src/core/profile/schema";
import { blankRecord } from "../../../src/core/roster/blank-record";
import type { Grade, RosterRecord, Status } from "../../../src/core/roster/record";

/** A small deterministic generator (LCG), so the messy mix is the same on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/** Every text a profile's categories match on, plus texts they do not: the values rosters mix. */
function textsOf(profile: Profile): { labels: string[]; sectors: string[]; scales: string[]; sizes: string[] } {
  const clauses = profile.categories.flatMap((c) => [...categoryClauses(c), ...(c.exclude ?? [])]);
  const labels = [...profile.categories.flatMap((c) => [c.name, ...(c.aliases ?? [])]), ...clauses.flatMap((c) => c.labels ?? []), "其他企业", "非" + profile.categories[0].name];
  return {
    labels,
    sectors: [...clauses.flatMap((c) => c.sectors ?? []).map((s) => s + "制造"), "机械", "零售", ""],
    scales: [...clauses.flatMap((c) => c.scales ?? []), "规上", "规下", "规上小型"],
    sizes: [...clauses.flatMap((c) => c.sizes ?? []), "大型", "小型", "微型"],
  };
}

const GRADES: (Grade | null)[] = [1, 2, 3, "micro", null];
const STATUSES: (Status | null)[] = ["attained", "applying", "creating", "none", "closed", "suspended", "deregistered", "transferred", "excused", null];

/** 3,000 records of one profile's values in a messy mix: one to three categories, true and false flags, blanks. */
function messyRecords(profile: Profile): RosterRecord[] {
  const next = random(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const texts = textsOf(profile);
  const orNull = (list: readonly string[]) => (next() < 0.2 ? null : pick(list) || null);
  return Array.from({ length: 3000 }, (_, i) => {
    const flagged = next() < 0.3;
    const r = blankRecord("台账", i + 2, {}, flagged, false);
    const n = Math.floor(next() * 4);
    r.categories = Array.from({ length: n }, () => pick(texts.labels));
    if (flagged) for (const label of [pick(texts.labels), pick(texts.labels)]) r.flags[label] = next() < 0.5;
    r.sector = orNull(texts.sectors);
    r.scale = orNull(texts.scales);
    r.size = orNull(texts.sizes);
    r.grade = pick(GRADES);
    r.status = pick(STATUSES);
    return r;
  });
}

describe("membershipOf, remembered per combination of values", () => {
  it.each(builtinProfiles.map((p) => [p.id, p] as const))("gives each record of a messy %s roster the categories matching it afresh gives", (_id, profile) => {
    const membership = membershipOf(profile);
    const records = messyRecords(profile);
    const plain = (r: RosterRecord) => profile.categories.flatMap((c, i) => (recordInCategory(r, c) ? [i] : []));
    // Asked twice, in record order and backwards, so remembered answers are the ones compared.
    for (const r of records) membership(r);
    const remembered = [...records].reverse().map((r) => membership(r)).reverse();
    expect(remembered).toEqual(records.map(plain));
    // The mix reaches records in some category (Quanzhou's one category takes every record; the others leave some out).
    expect(remembered.some((c) => c.length > 0)).toBe(true);
    expect(remembered.some((c) => c.length === 0)).toBe(profile.id !== "quanzhou-2021");
  });
});
