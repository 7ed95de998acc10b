import { analyzeRosters } from "../../../../src/core/campaign/analyze-rosters";
import { findBuiltinProfile } from "../../../../src/core/profile";
import type { Profile } from "../../../../src/core/profile/schema";
import { buildAttachmentSheets } from "../../../../src/core/report/attachment";
import { buildIndicatorSheet } from "../../../../src/core/report/indicator-sheet";
import { DEFAULT_FONTS, type ReportData } from "../../../../src/core/report/report-data";
import { readXlsxBytes } from "../../../../src/xlsx/read-bytes";
import { profileRosterBytes } from "../../../cli/fixtures/profile-roster";
import { changshuRosterBytes } from "../../metrics/fixtures/changshu-roster";
import { cellAt, shown } from "./spec-query";

async function reportFor(profile: Profile, bytes: Uint8Array, asOf: string, year: number, withIndicators = true): Promise<ReportData> {
  const a = analyzeRosters(await readXlsxBytes(bytes, "roster.xlsx"), profile, { asOf, year });
  return { profile, year, asOf, metrics: a.metrics, indicators: withIndicators ? a.indicators : undefined, findings: [], findingsSource: { mode: "internal" }, fonts: DEFAULT_FONTS };
}

describe("attachment cells bound to indicators", () => {
  const changshu = findBuiltinProfile("changshu-2019")!;
  // 目标 table: row 4 is its first body row; columns 序号, 工作目标, 目标, 完成, 差距.
  const TARGET = 3, ACTUAL = 4, GAP = 5;
  const rowOf = (label: string) => 4 + (changshu.attachments![0].rows as { rows: { label?: string }[] }).rows.findIndex((r) => r.label === label);

  it("fills Changshu's 目标 rows from the city's indicator figures (worked out in the fixture)", async () => {
    const [sheet] = buildAttachmentSheets(await reportFor(changshu, await changshuRosterBytes(), "2019-12-31", 2019));
    const row = (label: string) => [shown(sheet, rowOf(label), TARGET), shown(sheet, rowOf(label), ACTUAL), shown(sheet, rowOf(label), GAP)];
    expect(row("期满换证小微企业数")).toEqual([2600, 3, 2597]);
    expect(row("换证占需换证企业比例")).toEqual([0.5, 0.5, 0]); // 3 renewals of 6 due
    expect(row("小微标准化示范企业数")).toEqual([110, 2, 108]);
    expect(row("第三方质量运行审计和“回头看”检查数")).toEqual([400, 4, 396]);
    const delistings = row("摘牌企业占换证和“回头看”企业比例");
    expect(delistings[0]).toBe(0.05);
    expect(delistings[1]).toBeCloseTo(2 / 7, 12); // 2 of 3 renewals + 4 reviews
    expect(delistings[2]).toBe(0);
  });

  it("leaves them blank, never 0, without indicator figures", async () => {
    const [sheet] = buildAttachmentSheets(await reportFor(changshu, await changshuRosterBytes(), "2019-12-31", 2019, false));
    expect(cellAt(sheet, rowOf("小微标准化示范企业数"), ACTUAL)).toBeUndefined();
    expect(cellAt(sheet, rowOf("小微标准化示范企业数"), GAP)).toBeUndefined();
    expect(shown(sheet, rowOf("小微标准化示范企业数"), TARGET)).toBe(110);
  });

  it("leaves Nantong's audit and rectification rates blank when the roster has no such column (not a silent 0%)", async () => {
    const nantong = findBuiltinProfile("nantong-2018")!;
    const data = await reportFor(nantong, await profileRosterBytes(nantong), "2019-10-01", 2019);
    expect(new Set(data.indicators!.map((r) => r.indicator))).toEqual(new Set(["grade-3-holders", "grade-3-holders-above-scale"]));
    const [sheet] = buildAttachmentSheets(data);
    // Columns: 地区, 一级目标, 一级, 二级目标, 二级, 审计率目标 (F), 规上三级达标数 (G), 审计企业数 (H), 审计完成率 (I),
    // 整改目标 (J), 三级达标数 (K), 整改企业数 (L), 整改完成率 (M)…
    expect(shown(sheet, 4, 6)).toBe("不少于15%"); // 海安县's own 15%, in the notice's words
    for (const col of [7, 8, 9, 11, 12, 13]) expect(cellAt(sheet, 4, col)).toBeUndefined();
  });

  it("puts the indicators on a sheet of their own with live shares, ✓/✗ and gaps", async () => {
    const data = await reportFor(changshu, await changshuRosterBytes(), "2020-01-10", 2019);
    const spec = buildIndicatorSheet(data)!;
    const header = 3;
    expect(shown(spec, header, 2)).toBe("专项指标");
    const rows = spec.cells.filter((c) => c.row > header && c.col === 2);
    const line = (name: string, district: string) => rows.find((c) => c.value === name && shown(spec, c.row, 1) === district)!.row;
    const yushan = line("期满换证小微企业", "虞山街道");
    // 1 renewal of 3 due: share 33.3% against 50% → ✗, ⌈1.5⌉ − 1 = 1 short, overdue after 2019-12-31.
    expect([3, 4, 5, 6, 7, 9, 10, 11, 12].map((col) => shown(spec, yushan, col))).toEqual([1, 3, 1 / 3, "2019-12-31", "逾期", 0.5, 1 / 3, "✗", 1]);
    expect(cellAt(spec, yushan, 5)?.formula).toBe(`IF(D${yushan}=0,"/",C${yushan}/D${yushan})`);
    const delistings = line("摘牌企业", "合计");
    expect(cellAt(spec, delistings, 4)?.formula).toMatch(/^C\d+\+C\d+$/);
  });
});

describe("Nantong 附件 audit rate column from indicator figures", () => {
  it("shows each district's audit share and the city's in 合计", () => {
    const nantong = findBuiltinProfile("nantong-2018")!;
    const row = (district: string | null, count: number, denominator: number) => ({
      district, indicator: "grade-3-audited", indicatorName: "三级标准化质量审计企业", count, denominator, rate: denominator ? count / denominator : null,
      targetIndex: 0, target: 0.1, targetKind: "rate" as const, met: null, gap: null, overdue: null,
    });
    const data: ReportData = {
      profile: nantong, year: 2019, asOf: "2019-12-31", metrics: [], findings: [], findingsSource: { mode: "internal" }, fonts: DEFAULT_FONTS,
      indicators: [row("海安县", 1, 10), row("如皋市", 0, 0), row(null, 1, 10)],
    };
    const [sheet] = buildAttachmentSheets(data);
    // G the share's denominator, H the audited count, I the share as a formula over them.
    expect([shown(sheet, 4, 7), shown(sheet, 4, 8), shown(sheet, 4, 9)]).toEqual([10, 1, 0.1]); // 海安县 1 of 10
    expect(cellAt(sheet, 4, 9)?.formula).toBe('IF(N(G4)=0,"/",N(H4)/N(G4))');
    expect(shown(sheet, 5, 9)).toBe("/"); // 如皋市 has no grade-3 holder: "/", not 0
    expect(cellAt(sheet, 6, 9)).toBeUndefined(); // 如东县: no figures
    expect(shown(sheet, 15, 9)).toBe(0.1); // 合计: 1 of 10 over the summed columns
    expect(cellAt(sheet, 15, 7)?.formula).toBe("SUM(G4:G14)");
  });
});
