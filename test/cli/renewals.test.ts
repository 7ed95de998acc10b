import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { RENEWAL_AS_OF, renewalWorkbook } from "./fixtures/renewals/renewal-roster";
import { runBin } from "./run-bin";

const tmp = mkdtempSync(join(tmpdir(), "anbiao-renewals-"));
let file: string;

beforeAll(async () => {
  file = join(tmp, "renewals.xlsx");
  writeFileSync(file, await renewalWorkbook());
});

interface RadarJson {
  certificates: { district: string; name: string; validUntil: string; daysLeft: number; lapsed: boolean; grade: number; certificateNumber: string; row: number }[];
  months: string[];
  byMonth: { district: string | null; month: string; count: number }[];
  projection: { district: string | null; category: string; base: number; attained: number; yearEndAttained: number; rate: number | null; yearEndRate: number | null; target: number | null; met: boolean | null; yearEndMet: boolean | null; yearEndGap: number | null }[];
}

const run = (...more: string[]) => runBin(["renewals", file, "--profile", "suzhou-2022", "--as-of", RENEWAL_AS_OF, "--year", "2022", ...more]);

describe("anbiao renewals on planted expiry dates (worked by hand)", () => {
  let json: RadarJson;
  beforeAll(() => {
    const r = run("--json");
    expect(r.status).toBe(0);
    json = JSON.parse(r.stdout) as RadarJson;
  });

  it("lists the certificates expiring within 90 days and the lapsed one still marked 已达标, by district (official order: 太仓 before 昆山) then date, with days left", () => {
    // 2022-10-01 + 90 days = 2022-12-30: T1 (12-31, 91 days) is outside; K4 lapsed 30 days ago.
    expect(json.certificates.map((c) => [c.district, c.name, c.validUntil, c.daysLeft, c.lapsed])).toEqual([
      ["太仓", "太仓乙化工T2", "2022-11-30", 60, false],
      ["昆山", "昆山丁化工K4", "2022-09-01", -30, true],
      ["昆山", "昆山甲化工K1", "2022-10-15", 14, false],
      ["昆山", "昆山乙化工K2", "2022-12-20", 80, false],
    ]);
    expect(json.certificates[2]).toMatchObject({ grade: 2, certificateNumber: "AQBWHⅡ2019-001", row: 2 });
  });

  it("widens the window with --within: 91 days takes in T1", () => {
    const wide = JSON.parse(run("--within", "91", "--json").stdout) as RadarJson;
    expect(wide.certificates.map((c) => c.name)).toContain("太仓甲化工T1");
    expect(wide.certificates).toHaveLength(5);
  });

  it("counts expiries per district and month for the next 12 months (2022-10 … 2023-09)", () => {
    expect(json.months[0]).toBe("2022-10");
    expect(json.months[11]).toBe("2023-09");
    const nonzero = json.byMonth.filter((m) => m.count > 0).map((m) => [m.district, m.month, m.count]);
    expect(nonzero).toEqual([
      ["太仓", "2022-11", 1], ["太仓", "2022-12", 1],
      ["昆山", "2022-10", 1], ["昆山", "2022-12", 1], ["昆山", "2023-03", 1],
      [null, "2022-10", 1], [null, "2022-11", 1], [null, "2022-12", 2], [null, "2023-03", 1],
    ]);
  });

  it("projects attained and the rate at 12-31 if none renews, against the 80% target", () => {
    const p = (d: string | null) => json.projection.find((x) => x.district === d && x.category === "chemical-park")!;
    // 昆山: base 5; attained now K1 K2 K3 K5 = 4 (80%, ⌈0.8×5⌉ = 4 met); at 12-31 K3 K5 = 2 (40%, 2 short).
    expect(p("昆山")).toMatchObject({ base: 5, attained: 4, yearEndAttained: 2, rate: 0.8, yearEndRate: 0.4, target: 0.8, met: true, yearEndMet: false, yearEndGap: 2 });
    // 太仓: base 3; now T1 T2 = 2 (not met, ⌈2.4⌉ = 3); at 12-31 T1 alone (valid through 12-31) = 1, 2 short.
    expect(p("太仓")).toMatchObject({ base: 3, attained: 2, yearEndAttained: 1, met: false, yearEndMet: false, yearEndGap: 2 });
    expect(p("太仓").yearEndRate).toBeCloseTo(1 / 3, 12);
    // 合计: 8 in base, 6 now (75%), 3 at 12-31 (37.5%): ⌈6.4⌉ = 7 needed, 4 short.
    expect(p(null)).toMatchObject({ base: 8, attained: 6, yearEndAttained: 3, rate: 0.75, yearEndRate: 0.375, met: false, yearEndGap: 4 });
  });

  it("prints the same as tables: the list, the months and the projection rows the lapses change", () => {
    const r = run();
    expect(r.status).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("到期提醒：统计日 2022-10-01，90 天内到期及已过期仍标为已达标的证书 4 张");
    expect(lines.find((l) => l.includes("昆山丁化工K4"))).toMatch(/2022-09-01\s+-30\s+已过期/);
    expect(r.stdout).toContain("年末预测（若以上证书均未复审换证，按 12 月 31 日统计）：");
    expect(lines.find((l) => l.startsWith("昆山") && l.includes("化工园"))).toMatch(/5\s+4\s+2\s+80\.0%\s+40\.0%\s+80\.0%\s+✓\s+✗\s+2$/);
  });

  it("refuses a --within that is not a whole number of days (exit 2)", () => {
    const r = run("--within", "ninety");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("天数“ninety”无效，应为 1 到 3650 的整数");
  });
});
