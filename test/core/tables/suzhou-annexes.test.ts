import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Finding } from "../../../src/core/finding/finding";
import type { Grid } from "../../../src/core/grid/grid";
import { findBuiltinProfile } from "../../../src/core/profile";
import { checkCountTables } from "../../../src/core/tables";
import { readXlsxFile } from "../../../src/xlsx/read-file";
import { annex1, annex2 } from "./fixtures/suzhou-seed";
import { addMessySheet, addPublishedSheet, publishedGrid, writeWorkbook } from "./fixtures/suzhou-workbook";

const profile = findBuiltinProfile("suzhou-2022")!;

// Layout of the published fixtures: row 1 附件 label, row 2 title, rows 3–4 header,
// rows 5–14 the districts in the notice's order (张家港 5, 常熟 6, 太仓 7, 昆山 8, 吴江 9,
// 吴中 10, 相城 11, 姑苏 12, 园区 13, 新区 14), row 15 合计.
// 附件1 columns: A 地区 | B–E 亿元 (底数, 已达标, 申请, 创建率) | F–I 工贸规上 (same) |
// J–L 化工园 (底数, 达标, 达标率) | M–O 监测点 | P–R 两重点一重大 | S–U 危化品生产企业.
// 附件2 columns: A 地区 | B–D 规下 | E–G 非重点规上 | H–J 其余危化品及一般化工.

type Expected = [rule: string, severity: Finding["severity"], cell: string, expected: unknown, actual: unknown];

// Inconsistencies of 附件1, worked out from the seed's figures:
// - 园区 工贸规上: (25+28)/96 = 53/96 = 0.55208 → 55.2%, printed 43.8% → rate/mismatch I13.
//   Column I's other rates agree at one decimal (17+10)/67 = 40.3%, 46/73 = 63.0%, 26/57 = 45.6%,
//   78/165 = 47.3%, 24/78 = 30.8%, 14/25 = 56.0%, 20/62 = 32.3%, 27/36 = 75.0%; 合计 315/659 = 47.8% ✓.
// - 化工园 (column L) prints whole percents with ".0": 67/95 = 70.53 → 71 (L5), 29/41 = 70.73 → 71 (L7),
//   合计 219/275 = 79.64 → 80 (L15): one rate/precision note for the column. Two rates are wrong even
//   as whole percents: 常熟 76/83 = 0.91566 → 92, printed 88.0% (L6); 昆山 47/56 = 0.83929 → 84,
//   printed 77.0% (L8) → rate/mismatch.
// - 两重点一重大 (column R), whole percents: 78/85 = 91.76 → 92 (R5), 69/74 = 93.24 → 93 (R6),
//   51/54 = 94.44 → 94 (R8), 14/15 = 93.33 → 93 (R14), 合计 274/292 = 93.84 → 94 (R15); exact elsewhere
//   (24/24, 9/10 = 90.0, 8/8, 11/11, 姑苏 0/1 = 0.0%, 10/10) → one rate/precision note.
// - 危化品生产企业 (column U), whole percents: 46/53 = 86.79 → 87 (U5), 49/51 = 96.08 → 96 (U6),
//   23/24 = 95.83 → 96 (U8), 5/6 = 83.33 → 83 (U10), 13/14 = 92.86 → 93 (U14), 合计 196/208 = 94.23 → 94
//   (U15) → one rate/precision note. Its 合计 does not add up: 底数 53+51+16+24+21+6+6+8+14 = 199,
//   printed 208 (S15); 达标 46+49+16+23+21+5+6+8+13 = 187, printed 196 (T15) → total/mismatch.
// - 合计 亿元: (1187+1605)/3157 = 2792/3157 = 0.88438 → 88.4%, printed 88.5% (E15); column E states
//   one decimal (89.3%, 61.9%, 75.9%, 77.5%, 93.2% all exact) → total/rate-mismatch. Its columns add up:
//   250+392+268+624+417+266+328+3+374+235 = 3157, 148+229+108+196+105+59+185+3+50+104 = 1187,
//   102+121+160+428+153+143+143+0+240+115 = 1605.
// - Other totals add up: 工贸 659 / 144 / 171; 化工园 95+83+41+56 = 275, 67+76+29+47 = 219;
//   监测点 6+1+4+4+1+2+4+8 = 30 / 30; 两重点 85+74+24+54+10+8+11+1+10+15 = 292, 78+69+24+51+9+8+11+0+10+14 = 274.
// - Declared bases (notice text): 化工园 270 but the table's 合计 275 (J15); 监测点 34 but 30 (M15)
//   → base/declared-differs warnings. 亿元 3157, 工贸 659, 两重点 292, 危化品 208 agree.
// - Rows with no base show "/" as their rate: 姑苏 工贸 0/0/0 "/" (I12); "/" rows of 化工园, 监测点, 危化品. Nothing to flag.
// - No count exceeds its base: the tightest are 张家港 亿元 148+102 = 250, 太仓 108+160 = 268,
//   昆山 196+428 = 624, 相城 185+143 = 328, 姑苏 3+0 = 3 (all equal to their base).
const ANNEX1_EXPECTED: Expected[] = [
  ["rate/mismatch", "error", "L6", 0.9157, 0.88],
  ["rate/mismatch", "error", "L8", 0.8393, 0.77],
  ["rate/mismatch", "error", "I13", 0.5521, 0.438],
  ["rate/precision", "info", "L5", "whole percent", 0.71],
  ["rate/precision", "info", "R5", "whole percent", 0.92],
  ["rate/precision", "info", "U5", "whole percent", 0.87],
  ["total/mismatch", "error", "S15", 199, 208],
  ["total/mismatch", "error", "T15", 187, 196],
  ["total/rate-mismatch", "error", "E15", 0.8844, 0.885],
  ["base/declared-differs", "warning", "J15", 270, 275],
  ["base/declared-differs", "warning", "M15", 34, 30],
];

// 2022 targets (表1): 亿元 80%, 工贸规上 50%, 化工园 80%, 监测点 100%, 两重点 95%, 危化品 95%.
// gap = ceil(target × base) − counted, for rates from the counts:
const ANNEX1_UNMET: [cell: string, gap: number][] = [
  ["I5", 7], //  张家港 工贸 27/67 = 40.3% < 50%: ceil(33.5) = 34 − 27
  ["L5", 9], //  张家港 化工园 67/95 = 70.5% < 80%: ceil(76) = 76 − 67
  ["R5", 3], //  张家港 两重点 78/85 = 91.8% < 95%: ceil(80.75) = 81 − 78
  ["U5", 5], //  张家港 危化品 46/53 = 86.8% < 95%: ceil(50.35) = 51 − 46
  ["R6", 2], //  常熟 两重点 69/74 = 93.2%: ceil(70.3) = 71 − 69 (常熟 亿元 89.3%, 工贸 63.0%, 化工园 91.6%, 危化品 96.1% met)
  ["I7", 3], //  太仓 工贸 26/57 = 45.6%: ceil(28.5) = 29 − 26
  ["L7", 4], //  太仓 化工园 29/41 = 70.7%: ceil(32.8) = 33 − 29
  ["I8", 5], //  昆山 工贸 78/165 = 47.3%: ceil(82.5) = 83 − 78
  ["R8", 1], //  昆山 两重点 51/54 = 94.4%: ceil(51.3) = 52 − 51 (昆山 化工园 83.9%, 危化品 95.8% met)
  ["E9", 76], // 吴江 亿元 258/417 = 61.9%: ceil(333.6) = 334 − 258
  ["I9", 15], // 吴江 工贸 24/78 = 30.8%: ceil(39) = 39 − 24
  ["R9", 1], //  吴江 两重点 9/10 = 90%: ceil(9.5) = 10 − 9
  ["E10", 11], // 吴中 亿元 202/266 = 75.9%: ceil(212.8) = 213 − 202 (吴中 工贸 14/25 = 56% met)
  ["U10", 1], //  吴中 危化品 5/6 = 83.3%: ceil(5.7) = 6 − 5
  ["I11", 11], // 相城 工贸 20/62 = 32.3%: ceil(31) = 31 − 20
  ["R12", 1], //  姑苏 两重点 0/1 = 0%: ceil(0.95) = 1 − 0 (姑苏 工贸 base 0: no rate, no target check)
  ["E13", 10], // 园区 亿元 290/374 = 77.5%: ceil(299.2) = 300 − 290 (园区 工贸 55.2% met)
  ["R14", 1], //  新区 两重点 14/15 = 93.3%: ceil(14.25) = 15 − 14
  ["U14", 1], //  新区 危化品 13/14 = 92.9%: ceil(13.3) = 14 − 13
  ["I15", 15], // 合计 工贸 315/659 = 47.8%: ceil(329.5) = 330 − 315
  ["L15", 1], //  合计 化工园 219/275 = 79.6%: ceil(220) = 220 − 219
  ["R15", 4], //  合计 两重点 274/292 = 93.8%: ceil(277.4) = 278 − 274
  ["U15", 2], //  合计 危化品 196/208 = 94.2% (its printed 合计): ceil(197.6) = 198 − 196
];

// Inconsistencies of 附件2:
// - 规下 (B–D): 底数 105+98+47+60+55+30+35+1+0+0 = 431, printed 427 (B15) → total/mismatch;
//   达标 34+49+7+14+15+17+5+0+0+0 = 141 ✓. Rates at one decimal all agree: 34/105 = 32.4, 49/98 = 50.0,
//   7/47 = 14.9, 14/60 = 23.3, 15/55 = 27.3, 17/30 = 56.7, 5/35 = 14.3, 0/1 = 0.0, 合计 141/427 = 33.0;
//   园区 and 新区 have base 0 and print "/" as they should.
// - 非重点规上 (E–G): 1403+1635+1103+2332+1705+1087+879+12+913+760 = 11829 ✓,
//   1069+1255+1019+1750+1620+840+651+4+845+677 = 9730 ✓; every rate agrees at one decimal
//   (76.2, 76.8, 92.4, 75.0, 95.0, 77.3, 74.1, 33.3, 92.6, 89.1; 合计 9730/11829 = 82.3).
// - 其余危化 (H–J): whole percents: 15/16 = 93.75 → 94 (J7), 19/21 = 90.48 → 90 (J9), 7/8 = 87.5 → 88 (J11),
//   16/17 = 94.12 → 94 (J14), 合计 196/208 = 94.23 → 94 (J15) → one rate/precision note; exact: 9/10, 11/11,
//   27/27, 12/15 = 80.0. Its 合计 repeats 附件1's 危化品 row: 底数 10+11+16+27+21+8+15+17 = 125, printed 208 (H15);
//   达标 9+11+15+27+19+7+12+16 = 116, printed 196 (I15) → total/mismatch.
// - Declared bases: 427 ✓ (the 合计 as printed), 11829 ✓, 其余 81+44 = 125 but the 合计 says 208 (H15) → warning.
const ANNEX2_EXPECTED: Expected[] = [
  ["rate/precision", "info", "J7", "whole percent", 0.94],
  ["total/mismatch", "error", "B15", 431, 427],
  ["total/mismatch", "error", "H15", 125, 208],
  ["total/mismatch", "error", "I15", 116, 196],
  ["base/declared-differs", "warning", "H15", 125, 208],
];

// 2022 targets: 规下 80%, 非重点规上 85%, 其余危化 80% (these columns state 达标率, so attainment counts).
const ANNEX2_UNMET: [cell: string, gap: number][] = [
  ["D5", 50], //  张家港 规下 34/105: ceil(84) = 84 − 34
  ["G5", 124], // 张家港 非重点 1069/1403: ceil(1192.55) = 1193 − 1069
  ["D6", 30], //  常熟 规下 49/98: ceil(78.4) = 79 − 49
  ["G6", 135], // 常熟 非重点 1255/1635: ceil(1389.75) = 1390 − 1255
  ["D7", 31], //  太仓 规下 7/47: ceil(37.6) = 38 − 7 (太仓 非重点 92.4% met)
  ["D8", 34], //  昆山 规下 14/60: ceil(48) = 48 − 14
  ["G8", 233], // 昆山 非重点 1750/2332: ceil(1982.2) = 1983 − 1750
  ["D9", 29], //  吴江 规下 15/55: ceil(44) = 44 − 15 (吴江 非重点 95.0% met)
  ["D10", 7], //  吴中 规下 17/30: ceil(24) = 24 − 17
  ["G10", 84], // 吴中 非重点 840/1087: ceil(923.95) = 924 − 840
  ["D11", 23], // 相城 规下 5/35: ceil(28) = 28 − 5
  ["G11", 97], // 相城 非重点 651/879: ceil(747.15) = 748 − 651
  ["D12", 1], //  姑苏 规下 0/1: ceil(0.8) = 1 − 0
  ["G12", 7], //  姑苏 非重点 4/12: ceil(10.2) = 11 − 4
  ["D15", 201], // 合计 规下 141/427: ceil(341.6) = 342 − 141
  ["G15", 325], // 合计 非重点 9730/11829: ceil(10054.65) = 10055 − 9730
  // 其余危化: every district ≥ 80% (园区 12/15 = 80.0% exactly meets it); 合计 94.2% met.
];

/** The findings as [rule, severity, cell, expected, actual], compliance apart. */
function consistency(findings: Finding[], sheet: string): Expected[] {
  return findings.filter((f) => f.sheet === sheet && !f.rule.startsWith("target/")).map((f) => [f.rule, f.severity, f.cell as string, f.expected, f.actual]);
}

function unmet(findings: Finding[], sheet: string): [string, number][] {
  return findings.filter((f) => f.sheet === sheet && f.rule === "target/unmet").map((f) => [f.cell as string, f.params.gap as number]);
}

const byCell = <T extends unknown[]>(list: T[]): T[] => [...list].sort((a, b) => `${a[0]}${a[2] ?? ""}`.localeCompare(`${b[0]}${b[2] ?? ""}`));
const byFirst = <T extends unknown[]>(list: T[]): T[] => [...list].sort((a, b) => String(a[0]).localeCompare(String(b[0])));

/** Moves a published cell address to the messy copy: districts one row down (the 填报单位 line), 合计 two (the blank row). */
function messyCell(cell: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
  const row = Number(m[2]);
  return `${m[1]}${row === 15 ? 17 : row + 1}`;
}

function moved(list: Expected[]): Expected[] {
  return list.map(([rule, severity, cell, expected, actual]) => [rule, severity, messyCell(cell), expected, actual]);
}

describe("checkCountTables on Suzhou 附件1 / 附件2 (published figures)", () => {
  let grids: Grid[];

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    addPublishedSheet(wb, annex1());
    addPublishedSheet(wb, annex2());
    addMessySheet(wb, annex1());
    addMessySheet(wb, annex2());
    const path = join(mkdtempSync(join(tmpdir(), "anbiao-tables-")), "suzhou.xlsx");
    await writeWorkbook(wb, path);
    grids = await readXlsxFile(path);
  });

  it("recognises both attachments with their layouts, groups, districts and totals row", () => {
    const result = checkCountTables(grids.slice(0, 2), profile, { year: 2022 });
    expect(result.notTables).toEqual([]);
    const [t1, t2] = result.tables;
    expect(t1.attachment).toEqual({ id: "attachment-1", label: "附件1" });
    expect(t1.headerRows).toEqual([3, 4]);
    expect(t1.groups.map((g) => [g.key, g.columns])).toEqual([
      ["billion-yuan", { base: "B", attained: "C", applying: "D", rate: "E" }],
      ["key-sector-above-scale", { base: "F", attained: "G", applying: "H", rate: "I" }],
      ["chemical-park", { base: "J", attained: "K", rate: "L" }],
      ["chemical-monitoring", { base: "M", attained: "N", rate: "O" }],
      ["two-key-one-major", { base: "P", attained: "Q", rate: "R" }],
      ["hazchem-licensed", { base: "S", attained: "T", rate: "U" }],
    ]);
    expect(t1.districts.map((d) => d.district)).toEqual(["张家港", "常熟", "太仓", "昆山", "吴江", "吴中", "相城", "姑苏", "园区", "新区"]);
    expect(t1.totalsRow).toBe(15);
    expect(t2.attachment).toEqual({ id: "attachment-2", label: "附件2" });
    expect(t2.groups.map((g) => g.key)).toEqual(["key-sector-below-scale", "non-key-above-scale", "other-chemical"]);
    expect([t1, t2].flatMap((t) => [...t.unmatchedColumns, ...t.unknownRows, ...t.missingDistricts])).toEqual([]);
  });

  it("finds exactly the inconsistencies worked out by hand in 附件1", () => {
    const { findings } = checkCountTables([grids[0]], profile, { year: 2022 });
    expect(byCell(consistency(findings, "附件1"))).toEqual(byCell(ANNEX1_EXPECTED));
  });

  it("finds exactly the inconsistencies worked out by hand in 附件2", () => {
    const { findings } = checkCountTables([grids[1]], profile, { year: 2022 });
    expect(byCell(consistency(findings, "附件2"))).toEqual(byCell(ANNEX2_EXPECTED));
  });

  it("reports compliance with the 2022 targets apart, as info with the gap in enterprises", () => {
    const { findings } = checkCountTables(grids.slice(0, 2), profile, { year: 2022 });
    expect(byFirst(unmet(findings, "附件1"))).toEqual(byFirst(ANNEX1_UNMET));
    expect(byFirst(unmet(findings, "附件2"))).toEqual(byFirst(ANNEX2_UNMET));
    expect(findings.filter((f) => f.rule.startsWith("target/")).every((f) => f.severity === "info")).toBe(true);
  });

  it("gives metrics per district and category, with rates from the counts", () => {
    const { metrics } = checkCountTables([grids[0]], profile, { year: 2022 });
    const changshuPark = metrics.find((m) => m.district === "常熟" && m.category === "chemical-park");
    // 76/83 = 0.91566; the printed 88.0% is not used; target 80% met.
    expect(changshuPark).toMatchObject({ base: 83, attained: 76, applying: null, rate: 0.9157, rateKind: "attainment", target: 0.8, met: true, gap: 0, row: 6 });
    const gusuAbove = metrics.find((m) => m.district === "姑苏" && m.category === "key-sector-above-scale");
    expect(gusuAbove).toMatchObject({ base: 0, attained: 0, applying: 0, rate: null, met: null, gap: null });
    const total = metrics.find((m) => m.district === null && m.category === "billion-yuan");
    // (1187+1605)/3157 = 0.88438 ≥ 80%.
    expect(total).toMatchObject({ base: 3157, attained: 1187, applying: 1605, rate: 0.8844, rateKind: "creation", target: 0.8, met: true, gap: 0 });
    expect(metrics).toHaveLength(11 * 6);
  });

  it("finds the same figures, moved, in the same tables built from values alone (no merges)", () => {
    const { findings, tables } = checkCountTables([publishedGrid(annex1()), publishedGrid(annex2())], profile, { year: 2022 });
    expect(tables.map((t) => t.attachment?.id)).toEqual(["attachment-1", "attachment-2"]);
    expect(byCell(consistency(findings, "附件1"))).toEqual(byCell(ANNEX1_EXPECTED));
    expect(byCell(consistency(findings, "附件2"))).toEqual(byCell(ANNEX2_EXPECTED));
  });

  it("reads the messy copy (填报单位 line, 0.0% fractions, text numbers, long names, blank row) to the same findings", () => {
    const textNumbers = grids[2].values.flat().filter((v) => typeof v === "string" && /^\d+ $/.test(v));
    expect(textNumbers.length).toBeGreaterThan(20);
    expect(grids[2].numberFormats?.[5]?.[4]).toBe("0.0%");
    const { findings, tables, notTables } = checkCountTables(grids.slice(2), profile, { year: 2022 });
    expect(notTables).toEqual([]);
    expect(tables.map((t) => [t.headerRows, t.totalsRow, t.missingDistricts, t.unknownRows])).toEqual([
      [[4, 5], 17, [], []],
      [[4, 5], 17, [], []],
    ]);
    expect(tables[0].districts.map((d) => d.label)).toContain("苏州工业园区");
    expect(byCell(consistency(findings, "附件1（填报）"))).toEqual(byCell(moved(ANNEX1_EXPECTED)));
    expect(byCell(consistency(findings, "附件2（填报）"))).toEqual(byCell(moved(ANNEX2_EXPECTED)));
    expect(byFirst(unmet(findings, "附件1（填报）"))).toEqual(byFirst(ANNEX1_UNMET.map(([c, g]) => [messyCell(c), g])));
  });
});
