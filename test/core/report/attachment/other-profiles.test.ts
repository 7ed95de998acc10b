import { findBuiltinProfile } from "../../../../src/core/profile";
import type { HeaderNode, Profile } from "../../../../src/core/profile/schema";
import { buildAttachmentSheets } from "../../../../src/core/report/attachment";
import type { SheetSpec } from "../../../../src/core/spec/spec";
import { reportData } from "./report-data";
import { sampleMetrics } from "./sample-metrics";
import { cellAt, mergeAt, shown, styleAt } from "./spec-query";
import { seedText, squeeze } from "../../profile/seed";

function build(id: string, year: number): { profile: Profile; specs: SheetSpec[]; metrics: ReturnType<typeof sampleMetrics> } {
  const profile = findBuiltinProfile(id) as Profile;
  const metrics = sampleMetrics(profile, year);
  return { profile, specs: buildAttachmentSheets(reportData(profile, year, metrics)), metrics };
}

function texts(nodes: readonly HeaderNode[], year: number): string[] {
  return nodes.flatMap((n) => [n.text.replace(/\{year\}/g, String(year)), ...(n.children ? texts(n.children, year) : [])]);
}

function headerTexts(spec: SheetSpec): string[] {
  const top = spec.print!.titleRows!.first;
  const bottom = spec.print!.titleRows!.last;
  return spec.cells.filter((c) => c.row >= top && c.row <= bottom).map((c) => String(c.value));
}

/** Sheet width: the title's merge. */
function widthOf(spec: SheetSpec): number {
  return mergeAt(spec, 2, 1)!.right;
}

describe.each([
  ["qinyang-2024", 2024],
  ["nantong-2018", 2019],
  ["changshu-2019", 2019],
  ["quanzhou-2021", 2021],
])("buildAttachmentSheets: %s", (id, year) => {
  const { profile, specs } = build(id, year);

  it("builds one sheet per attachment layout, named by label, in the profile's order", () => {
    expect(specs.map((s) => s.name)).toEqual(profile.attachments!.map((a) => a.label));
    expect(specs.map((s) => s.marker.key)).toEqual(profile.attachments!.map((a) => `attachment-${a.id}`));
  });

  it("has every header text of the layout", () => {
    specs.forEach((spec, i) => {
      const shownTexts = headerTexts(spec);
      for (const text of texts(profile.attachments![i].headerRows, year)) expect(shownTexts).toContain(text);
    });
  });

  it("has sensible sizes: every cell inside the table's width, widths 6–50, frozen header, A4 landscape", () => {
    for (const spec of specs) {
      const width = widthOf(spec);
      expect(spec.columnWidths).toHaveLength(width);
      for (const w of spec.columnWidths) expect(w).toBeGreaterThanOrEqual(6);
      for (const w of spec.columnWidths) expect(w).toBeLessThanOrEqual(50);
      for (const c of spec.cells) expect(c.col).toBeLessThanOrEqual(width);
      expect(spec.freeze!.rows).toBe(spec.print!.titleRows!.last);
      expect(spec.print).toMatchObject({ orientation: "landscape", paperSize: "A4", fitToWidth: true });
      expect(spec.cells.filter((c) => typeof c.value === "number" && Number.isNaN(c.value))).toEqual([]);
    }
  });
});

describe("buildAttachmentSheets: Nantong task allocation", () => {
  const { specs, metrics } = build("nantong-2018", 2019);
  const spec = specs[0];
  const rowOf = (name: string) => spec.cells.find((c) => c.col === 1 && c.value === name)!.row;

  it("lists the eleven districts in official order, then 合计", () => {
    const names = Array.from({ length: 12 }, (_, i) => shown(spec, 4 + i, 1));
    expect(names).toEqual(["海安县", "如皋市", "如东县", "启东市", "海门市", "通州区", "崇川区", "港闸区", "开发区", "苏通园区", "通州湾示范区", "合计"]);
  });

  it("puts each district's allocated target beside its actual count", () => {
    const r = rowOf("海安县");
    const m = metrics.find((x) => x.district === "海安县" && x.category === "grade-1")!;
    expect([shown(spec, r, 2), shown(spec, r, 3)]).toEqual([5, m.attained]);
    // The audit-rate target as the notice prints it for 海安县, words and all.
    expect([shown(spec, r, 4), shown(spec, r, 6)]).toEqual([55, "不少于15%"]);
  });

  it("leaves indicator actuals blank (no figures), and sums the allocated counts in 合计 (28, 300)", () => {
    const r = rowOf("海安县");
    expect(cellAt(spec, r, 7)).toBeUndefined();
    const total = rowOf("合计");
    expect(cellAt(spec, total, 2)).toMatchObject({ formula: "SUM(B4:B14)", result: 28 });
    expect(cellAt(spec, total, 4)).toMatchObject({ formula: "SUM(D4:D14)", result: 300 });
    expect(shown(spec, total, 6)).toBe("-");
  });

  it("prints the notice's own 注 under the table, word for word, before the note on added columns", () => {
    const total = rowOf("合计");
    expect(shown(spec, total + 1, 1)).toBe("注：1、一、二级标准化达标企业目标家数包含目前已创建达标且在有效期内企业数；2、海安县2016年被国家安监总局列入全国工贸行业企业安全生产标准化县级样板地区。");
    expect(String(shown(spec, total + 2, 1))).toMatch(/^注：“一级标准化达标企业数”、.*为对照进度增加的列，原附件无此列。$/);
    expect(seedText("nantong-2018")).toContain(squeeze(String(shown(spec, total + 1, 1))));
  });
});

describe("buildAttachmentSheets: Changshu targets", () => {
  const { specs, metrics } = build("changshu-2019", 2019);
  const spec = specs[0];
  const rowOf = (label: string) => spec.cells.find((c) => c.col === 2 && c.value === label)!.row;

  it("shows each target with the actual and the gap where there are figures", () => {
    const m = metrics.find((x) => x.district === null && x.category === "micro")!;
    const count = rowOf("累计达标小微企业数");
    expect([shown(spec, count, 3), shown(spec, count, 4), shown(spec, count, 5)]).toEqual([5200, m.attained, Math.max(0, 5200 - m.attained)]);
    const rate = rowOf("小微企业达标率");
    expect([shown(spec, rate, 3), shown(spec, rate, 4)]).toEqual([0.7, m.attainmentRate]);
    expect(styleAt(spec, rate, 4).numberFormat).toBe("0.0%");
  });

  it("leaves actual and gap blank for counts the figures do not hold (renewals)", () => {
    const r = rowOf("期满换证小微企业数");
    expect(shown(spec, r, 3)).toBe(2600);
    expect([cellAt(spec, r, 4), cellAt(spec, r, 5)]).toEqual([undefined, undefined]);
  });
});

describe("buildAttachmentSheets: Qinyang phases", () => {
  const { specs } = build("qinyang-2024", 2024);
  const spec = specs[0];

  it("groups sectors by phase with the phase's deadline, merged over its rows", () => {
    expect(shown(spec, 4, 1)).toBe("第一阶段");
    expect(mergeAt(spec, 4, 1)).toEqual({ top: 4, left: 1, bottom: 10, right: 1 });
    expect(mergeAt(spec, 11, 1)).toEqual({ top: 11, left: 1, bottom: 16, right: 1 });
    expect(shown(spec, 4, 3)).toEqual(new Date(Date.UTC(2024, 11, 31)));
    expect(shown(spec, 11, 3)).toEqual(new Date(Date.UTC(2025, 10, 30)));
    expect(styleAt(spec, 4, 3).numberFormat).toBe("yyyy-mm-dd");
  });

  it("computes each sector's attainment rate over its counts", () => {
    expect(cellAt(spec, 4, 7)?.formula).toBe('IF(N(D4)=0,"/",N(E4)/N(D4))');
  });

  it("says under the table that the notice prints no such table (no 原附件 to look for)", () => {
    expect(shown(spec, 17, 1)).toBe("注：文件未附此表，本表按方案正文整理；“目标”、“差距”、“逾期”为对照进度增加的列。");
    expect(spec.cells.some((c) => typeof c.value === "string" && c.value.includes("原附件"))).toBe(false);
  });
});

describe("buildAttachmentSheets: Quanzhou", () => {
  const { specs } = build("quanzhou-2021", 2021);
  const [sectors, form] = specs;

  it("reproduces the 46 sectors with their lead departments; progress cells blank for clerks to fill", () => {
    expect(shown(sectors, 4, 1)).toBe(1);
    expect(shown(sectors, 4, 2)).toBe("危险化学品(危险化学品运输除外)");
    expect(shown(sectors, 4, 3)).toBe("市应急局");
    expect(shown(sectors, 49, 1)).toBe(46);
    expect([4, 5, 6].map((c) => cellAt(sectors, 4, c))).toEqual([undefined, undefined, undefined]);
    expect(cellAt(sectors, 4, 7)).toBeUndefined(); // no counts, no rate: blank, not "/"
    expect(styleAt(sectors, 49, 7).border).toBe("thin");
  });

  it("lays 附件3 out as the form: fill-in fields, 12 elements merged over 54 items (52 numbered), blank bordered answers", () => {
    expect(shown(form, 3, 1)).toBe("企业名称：");
    expect(shown(form, 4, 1)).toBe("所属行业（领域）：");
    expect(styleAt(form, 3, 3).border).toBe("thin");
    const top = form.print!.titleRows!.last + 1;
    const itemRows = form.cells.filter((c) => c.col === 3 && c.row >= top && typeof c.value === "string" && !c.value.startsWith("注")).map((c) => c.row);
    expect(itemRows).toHaveLength(54);
    const numbers = form.cells.filter((c) => c.col === 1 && c.row >= top && typeof c.value === "number").map((c) => c.value);
    expect(numbers).toEqual(Array.from({ length: 52 }, (_, i) => i + 1));
    const elements = form.cells.filter((c) => c.col === 2 && c.row >= top && typeof c.value === "string");
    expect(new Set(elements.map((c) => c.value)).size).toBe(12);
    expect(mergeAt(form, top, 2)).toEqual({ top, left: 2, bottom: top + 1, right: 2 });
    const last = Math.max(...itemRows);
    expect(cellAt(form, last, 4)).toBeUndefined();
    expect(styleAt(form, last, 4).border).toBe("thin");
    expect(form.columnWidths[3]).toBeGreaterThanOrEqual(30);
  });
});
