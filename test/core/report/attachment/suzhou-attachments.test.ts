import { buildAttachmentSheets } from "../../../../src/core/report/attachment";
import type { SheetSpec } from "../../../../src/core/spec/spec";
import { reportData } from "./report-data";
import { suzhou, suzhouSeedMetrics } from "./seed-metrics";
import { squeeze, suzhouSeedTable } from "./seed-tables";
import { cellAt, mergeAt, shown, styleAt } from "./spec-query";

const metrics = suzhouSeedMetrics();
const specs = buildAttachmentSheets(reportData(suzhou, 2022, metrics));
const sheet = (name: string) => specs.find((s) => s.name === name) as SheetSpec;

/** Rows of the district tables: label, title, two header rows, ten districts, 合计. */
const HEADER_TOP = 3;
const BODY_TOP = 5;
const TOTAL_ROW = 15;

/** The seed's header: group texts at the columns where the groups start, leaf texts from column 2. */
function seedHeader(label: "附件1" | "附件2") {
  const table = suzhouSeedTable(label);
  const layout = suzhou.attachments!.find((a) => a.label === label)!;
  const starts: number[] = [];
  let col = 2;
  for (const g of layout.headerRows.slice(1)) {
    starts.push(col);
    col += g.children!.length;
  }
  return { table, starts, width: col - 1 };
}

describe.each(["附件1", "附件2"] as const)("buildAttachmentSheets: Suzhou %s against the notice", (label) => {
  const spec = sheet(label);
  const { table, starts, width } = seedHeader(label);

  it("prints the label, and the title merged across the table in the heading font", () => {
    expect(cellAt(spec, 1, 1)?.value).toBe(label);
    expect(styleAt(spec, 1, 1).fontName).toBe("黑体");
    expect(squeeze(String(cellAt(spec, 2, 1)?.value))).toBe(squeeze(suzhou.attachments!.find((a) => a.label === label)!.title));
    expect(mergeAt(spec, 2, 1)).toEqual({ top: 2, left: 1, bottom: 2, right: width });
    expect(styleAt(spec, 2, 1)).toMatchObject({ fontName: "黑体", fontSize: 16, horizontal: "center" });
  });

  it("has the notice's header texts, character for character", () => {
    expect(squeeze(String(shown(spec, HEADER_TOP, 1)))).toBe(squeeze(table.groups[0]));
    table.groups.slice(1).forEach((g, i) => expect(squeeze(String(shown(spec, HEADER_TOP, starts[i])))).toBe(squeeze(g)));
    const leaves = Array.from({ length: width - 1 }, (_, i) => squeeze(String(shown(spec, HEADER_TOP + 1, i + 2))));
    expect(leaves).toEqual(table.leaves.map(squeeze));
  });

  it("merges each group over exactly its leaves and 地区 down both header rows", () => {
    expect(mergeAt(spec, HEADER_TOP, 1)).toEqual({ top: HEADER_TOP, left: 1, bottom: HEADER_TOP + 1, right: 1 });
    starts.forEach((start, i) => {
      const end = (starts[i + 1] ?? width + 1) - 1;
      expect(mergeAt(spec, HEADER_TOP, start)).toEqual({ top: HEADER_TOP, left: start, bottom: HEADER_TOP, right: end });
    });
    expect(spec.merges.filter((m) => m.top === HEADER_TOP + 1)).toEqual([]);
  });

  it("lists the districts in the notice's order, then 合计", () => {
    const labels = table.rows.map((r, i) => [r.label, shown(spec, BODY_TOP + i, 1)]);
    for (const [printed, built] of labels) expect(built).toBe(printed);
    expect(shown(spec, TOTAL_ROW + 1, 1)).toBeUndefined();
  });

  it("writes the printed counts as numbers, 0 where the notice prints \"/\" for no enterprises", () => {
    const layout = suzhou.attachments!.find((a) => a.label === label)!;
    const leaves = layout.headerRows.slice(1).flatMap((g) => g.children!);
    table.rows.slice(0, -1).forEach((printed, r) => {
      leaves.forEach((leaf, i) => {
        if (leaf.metric === "base" || leaf.metric === "attained" || leaf.metric === "applying") {
          const expected = printed.cells[i] === "/" ? 0 : Number(printed.cells[i]);
          expect([printed.label, leaf.text, cellAt(spec, BODY_TOP + r, i + 2)?.value]).toEqual([printed.label, leaf.text, expected]);
        }
      });
    });
  });

  it("computes every rate with a live formula over the row's counts, cached as the engine's rate, \"/\" for a zero base", () => {
    const layout = suzhou.attachments!.find((a) => a.label === label)!;
    let checked = 0;
    layout.headerRows.slice(1).forEach((group, g) => {
      const start = starts[g];
      const base = `${String.fromCharCode(64 + start)}`;
      const attained = `${String.fromCharCode(65 + start)}`;
      group.children!.forEach((leaf, i) => {
        if (leaf.metric !== "creationRate" && leaf.metric !== "attainmentRate") return;
        const col = start + i;
        suzhouSeedTable(label).rows.slice(0, -1).forEach((printed, r) => {
          const row = BODY_TOP + r;
          const cell = cellAt(spec, row, col)!;
          const m = metrics.find((x) => x.district === printed.label && x.category === group.category)!;
          const expectedFormula =
            leaf.metric === "creationRate"
              ? `IF(N(${base}${row})=0,"/",(N(${attained}${row})+N(${String.fromCharCode(66 + start)}${row}))/N(${base}${row}))`
              : `IF(N(${base}${row})=0,"/",N(${attained}${row})/N(${base}${row}))`;
          expect(cell.formula).toBe(expectedFormula);
          const rate = leaf.metric === "creationRate" ? m.creationRate : m.attainmentRate;
          expect(cell.result).toBe(rate === null ? "/" : rate);
          expect(styleAt(spec, row, col).numberFormat).toBe("0.0%");
          checked++;
        });
      });
    });
    expect(checked).toBe(label === "附件1" ? 60 : 30);
  });

  it("shows \"/\" for the rate of every district with no such enterprises", () => {
    const slashes = spec.cells.filter((c) => c.formula !== undefined && c.result === "/").map((c) => `${shown(spec, c.row, 1)}@${c.col}`);
    // 附件1: 太仓/姑苏 监测点, 吴江…新区 化工园, 姑苏 规上 and 危化品生产; 附件2: 园区/新区 规下, 吴中/姑苏 其余危化品.
    expect(slashes.length).toBe(label === "附件1" ? 10 : 4);
  });

  it("adds up the 合计 counts with SUM over the districts and computes its rates over them", () => {
    for (let col = 2; col <= width; col++) {
      const cell = cellAt(spec, TOTAL_ROW, col)!;
      const above = Array.from({ length: 10 }, (_, r) => shown(spec, BODY_TOP + r, col));
      if (cell.formula?.startsWith("SUM")) {
        const letter = String.fromCharCode(64 + col);
        expect(cell.formula).toBe(`SUM(${letter}${BODY_TOP}:${letter}${TOTAL_ROW - 1})`);
        expect(cell.result).toBe((above as number[]).reduce((a, b) => a + b, 0));
      } else {
        expect(cell.formula).toMatch(/^IF\(N\([A-Z]+15\)=0,"\/",/);
      }
    }
    expect(shown(spec, TOTAL_ROW, 1)).toBe("合计");
  });

  it("prints A4 landscape one page wide with the header rows repeated, and freezes them with the district column", () => {
    expect(spec.print).toMatchObject({ orientation: "landscape", paperSize: "A4", fitToWidth: true, titleRows: { first: 3, last: 4 } });
    expect(spec.print?.footer).toContain("&P");
    expect(spec.freeze).toEqual({ rows: 4, columns: 1 });
  });

  it("styles header bold, centred, wrapped and filled; body in the body font with thin borders", () => {
    expect(styleAt(spec, HEADER_TOP + 1, 2)).toMatchObject({ bold: true, horizontal: "center", wrap: true, border: "thin", fill: "F2F2F2", fontName: "宋体" });
    expect(styleAt(spec, BODY_TOP, 2)).toMatchObject({ fontName: "宋体", fontSize: 11, border: "thin", horizontal: "center" });
    expect(styleAt(spec, TOTAL_ROW, width).border).toBe("thin");
    expect(styleAt(spec, TOTAL_ROW + 1, 1).border).toBeUndefined();
  });

  it("sizes columns to their texts and header rows to their wrapped lines", () => {
    expect(spec.columnWidths).toHaveLength(width);
    for (const w of spec.columnWidths) expect(w).toBeGreaterThanOrEqual(6);
    for (const w of spec.columnWidths) expect(w).toBeLessThanOrEqual(14);
    expect(spec.rowHeights[HEADER_TOP + 1]).toBeGreaterThan(spec.rowHeights[BODY_TOP]);
  });

  it("is marked as the profile's attachment so a later run replaces it", () => {
    const id = suzhou.attachments!.find((a) => a.label === label)!.id;
    expect(spec.marker).toEqual({ generator: "anbiao", kind: "attachment", profile: "suzhou-2022", key: `attachment-${id}` });
  });
});

describe("buildAttachmentSheets: Suzhou sums and rounding", () => {
  it("gives the sum of the districts in 合计, not the notice's printed total, where they differ (危化品生产 199, not 208)", () => {
    const spec = sheet("附件1");
    expect(shown(spec, TOTAL_ROW, 19)).toBe(199);
    expect(shown(spec, TOTAL_ROW, 20)).toBe(187);
    expect(shown(spec, TOTAL_ROW, 21)).toBe(187 / 199);
  });

  it("fills \"{year}\" in header texts with the report year", () => {
    const spec = buildAttachmentSheets(reportData(suzhou, 2023, metrics))[0];
    expect(shown(spec, 4, 4)).toBe("2023年申请创建企业数");
  });
});

describe("buildAttachmentSheets: Suzhou 表1", () => {
  const spec = sheet("表1");
  const rowOf = (text: string) => spec.cells.find((c) => c.col <= 2 && c.row > 4 && c.value === text)!.row;

  it("keeps the profile's order of sheets and names them by label", () => {
    expect(specs.map((s) => s.name)).toEqual(suzhou.attachments!.map((a) => a.label));
  });

  it("shows 项目 over two label columns and both header rows, 年度目标 over the year columns", () => {
    expect(mergeAt(spec, 3, 1)).toEqual({ top: 3, left: 1, bottom: 4, right: 2 });
    expect(shown(spec, 3, 3)).toBe("年度目标");
    expect([3, 4, 5, 6].map((c) => shown(spec, 4, c))).toEqual(["2022年", "2022年完成", "2023年", "2024年"]);
    expect(mergeAt(spec, 3, 3)).toEqual({ top: 3, left: 3, bottom: 3, right: 6 });
  });

  it("merges 二级标准化 over its six rows and 一级标准化 across both label columns", () => {
    const first = rowOf("一级标准化");
    expect(mergeAt(spec, first, 1)).toEqual({ top: first, left: 1, bottom: first, right: 2 });
    const second = rowOf("二级标准化");
    expect(mergeAt(spec, second, 1)).toEqual({ top: second, left: 1, bottom: second + 5, right: 1 });
  });

  it("puts each year's target beside the 2022 actual, \"/\" where the earlier target stands, counts as 创建N家", () => {
    const r = rowOf("化工重点监测点企业");
    expect([3, 5, 6].map((c) => shown(spec, r, c))).toEqual([1, "/", "/"]);
    const m = metrics.find((x) => x.district === null && x.category === "chemical-monitoring")!;
    expect(shown(spec, r, 4)).toBe(m.attainmentRate);
    expect(styleAt(spec, r, 3).numberFormat).toBe("0%");
    expect(styleAt(spec, r, 4).numberFormat).toBe("0.0%");
    const g1 = rowOf("一级标准化");
    expect(shown(spec, g1, 3)).toBe(15);
    expect(styleAt(spec, g1, 3).numberFormat).toBe('"创建"0"家"');
  });

  it("leaves the actual blank where there are no figures (一级 is in neither 附件), never 0", () => {
    expect(cellAt(spec, rowOf("一级标准化"), 4)).toBeUndefined();
  });

  it("notes the added column under the table", () => {
    const note = spec.cells.find((c) => typeof c.value === "string" && c.value.startsWith("注"));
    expect(note?.value).toContain("2022年完成");
  });
});
