import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { changshuRosterBytes } from "../core/metrics/fixtures/changshu-roster";
import { runBin } from "./run-bin";

const tmp = mkdtempSync(join(tmpdir(), "anbiao-indicators-"));

interface IndicatorJson {
  district: string | null;
  indicator: string;
  sector: string | null;
  count: number;
  denominator: number | null;
  targetIndex: number | null;
  target: number | null;
  met: boolean | null;
  gap: number | null;
  by: string | null;
  overdue: boolean | null;
}

describe("anbiao check on a Changshu roster (indicators)", () => {
  let file: string;
  beforeAll(async () => {
    file = join(tmp, "changshu.xlsx");
    writeFileSync(file, await changshuRosterBytes());
  });

  it("adds a top-level indicators array beside metrics, with the hand-worked figures of the fixture", () => {
    const run = runBin(["check", file, "--profile", "changshu-2019", "--as-of", "2020-01-10", "--year", "2019", "--json"]);
    const json = JSON.parse(run.stdout) as { metrics: unknown[]; indicators: IndicatorJson[] };
    expect(Object.keys(json)).toEqual(["file", "profile", "year", "asOf", "findings", "metrics", "indicators", "rosters", "sectorRows", "summary"]);
    // Changshu's profile has no sector table (附件2 of Quanzhou is one): no rows.
    expect((json as unknown as { sectorRows: unknown[] }).sectorRows).toEqual([]);
    expect(json.metrics.length).toBeGreaterThan(0);
    const pick = (district: string | null, indicator: string, targetIndex: number | null) =>
      json.indicators.find((r) => r.district === district && r.indicator === indicator && r.targetIndex === targetIndex);
    // 虞山街道: 1 renewal of 3 due needs ⌈50% × 3⌉ = 2, missed after 2019-12-31.
    expect(pick("虞山街道", "renewals", 0)).toMatchObject({ count: 1, denominator: 3, target: 0.5, met: false, gap: 1, by: "2019-12-31", overdue: true, sector: null });
    // The city: 3 renewals against 2600; 2 delistings of 3 renewals + 4 reviews meet 5% (⌈0.35⌉ = 1).
    expect(pick(null, "renewals", 0)).toMatchObject({ count: 3, denominator: null, target: 2600, met: false, gap: 2597, overdue: true });
    expect(pick(null, "delistings", 0)).toMatchObject({ count: 2, denominator: 7, target: 0.05, met: true, gap: 0, overdue: false });
    expect(pick(null, "renewals-due", null)).toMatchObject({ count: 6, target: null, met: null, by: null, overdue: null });
  });

  it("prints an indicators table in readable mode, overdue ones marked", () => {
    const run = runBin(["--lang", "en", "check", file, "--profile", "changshu-2019", "--as-of", "2020-01-10", "--year", "2019"]);
    expect(run.stdout).toContain("Indicators");
    const line = run.stdout.split("\n").find((l) => l.startsWith("Total") && l.includes("小微标准化示范企业"))!;
    expect(line.split(/\s{2,}/)).toEqual(["Total", "小微标准化示范企业", "2", "110", "✗", "108", "2019-12-31", "Overdue"]);
  });
});
