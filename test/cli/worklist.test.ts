import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { SUZHOU_WORKLIST_AS_OF, suzhouWorklistWorkbook, WORKLIST_AS_OF, worklistUscc, worklistWorkbook } from "./fixtures/worklist/worklist-roster";
import { runBin } from "./run-bin";

const tmp = mkdtempSync(join(tmpdir(), "anbiao-worklist-"));
const input = join(tmp, "沁阳台账.xlsx");

interface Listed { name: string; uscc: string; why: string | null; row: number }
interface WorklistJson {
  districts: {
    district: string;
    gaps: { category: string; base: number; attained: number; applying: number; target: number; gap: number; candidates: number; notStarted: Listed[]; applyingList: Listed[] }[];
    deadlineMisses: { name: string; rule: string; by: string; applied: string | null; row: number }[];
  }[];
}

const run = (...more: string[]) => runBin(["worklist", input, "--profile", "qinyang-2024", "--as-of", WORKLIST_AS_OF, "--year", "2024", ...more]);

beforeAll(async () => {
  writeFileSync(input, await worklistWorkbook());
});

describe("anbiao worklist on the planted 沁阳 gaps and deadline misses (worked by hand)", () => {
  let json: WorklistJson;
  beforeAll(() => {
    const r = run("--json");
    expect(r.status).toBe(0);
    json = JSON.parse(r.stdout) as WorklistJson;
  });

  it("lists the districts with something to chase, in first-seen order; 崇义镇 (all attained) has none", () => {
    expect(json.districts.map((d) => d.district)).toEqual(["柏香镇", "经开区"]);
  });

  it("柏香镇 危化品: base B5 B6 = 2, none attained (B5's certificate lapsed 2023-05-31), B6 applying: 还差 2 家, 未创建 B5 then 申请创建 B6", () => {
    const g = json.districts[0].gaps[0];
    expect(g).toMatchObject({ category: "hazchem", base: 2, attained: 0, applying: 1, target: 1, gap: 2, candidates: 2 });
    expect(g.notStarted.map((e) => [e.name, e.why, e.row])).toEqual([["沁阳柏香危化五厂", "lapsed", 8]]);
    expect(g.applyingList.map((e) => e.name)).toEqual(["沁阳柏香危化六厂"]);
  });

  it("柏香镇 化工医药: base B1–B4 = 4 (B7 closed is out), B1 attained, B2 applying and B3 planned for 2024 (计划创建年度 counts as applying): 还差 3 家", () => {
    const g = json.districts[0].gaps[1];
    expect(g).toMatchObject({ category: "chem-pharma", base: 4, attained: 1, applying: 2, gap: 3, candidates: 3 });
    expect(g.notStarted.map((e) => [e.name, e.uscc])).toEqual([["沁阳柏香化工四厂", worklistUscc("B4")]]);
    // The name's leading space is trimmed as the roster is read.
    expect(g.applyingList.map((e) => [e.name, e.row])).toEqual([["沁阳柏香化工二厂", 5], ["沁阳柏香化工三厂", 6]]);
    expect(json.districts[0].gaps).toHaveLength(2);
  });

  it("柏香镇 deadline misses: B2 not attained by 11-30; B3 never applied and not attained; B6 applied 07-08 (after 05-31) and not attained", () => {
    expect(json.districts[0].deadlineMisses.map((m) => [m.name, m.rule, m.by, m.applied])).toEqual([
      ["沁阳柏香化工二厂", "row/completion-overdue", "2024-11-30", null],
      ["沁阳柏香化工三厂", "row/application-overdue", "2024-05-31", null],
      ["沁阳柏香化工三厂", "row/completion-overdue", "2024-11-30", null],
      ["沁阳柏香危化六厂", "row/application-late", "2024-05-31", "2024-07-08"],
      ["沁阳柏香危化六厂", "row/completion-overdue", "2024-11-30", null],
    ]);
  });

  it("经开区 (written also 经济技术开发区): 加油站 base 3, E1 attained, E2 applying: 还差 2 家, E3 then E2; E4 (二级) meets 化工医药; only E2 missed a deadline (E3 is planned for 2025)", () => {
    const d = json.districts[1];
    expect(d.gaps.map((g) => [g.category, g.base, g.attained, g.applying, g.gap])).toEqual([["gas-station", 3, 1, 1, 2]]);
    expect([...d.gaps[0].notStarted, ...d.gaps[0].applyingList].map((e) => e.name)).toEqual(["沁阳经开加油三站", "沁阳经开加油二站"]);
    expect(d.deadlineMisses.map((m) => [m.name, m.rule])).toEqual([["沁阳经开加油二站", "row/completion-overdue"]]);
  });

  it("prints the same lists with 还差 N 家 on stdout", () => {
    const r = run();
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("工作清单：统计日 2024-12-15，2 个地区有未完成的目标或逾期的时间节点");
    expect(r.stdout).toContain("化工医药企业：底数 4，已达标 1，申请创建 2，目标 100%，还差 3 家");
    expect(r.stdout).toContain("列入当年计划而错过时间节点的企业（5 家）");
    expect(r.stdout.split("\n").find((l) => l.includes("沁阳柏香危化六厂") && l.includes("申请晚于节点"))).toMatch(/2024-05-31\s+2024-07-08\s+申请创建\s+全市台账!9/);
  });

  it("--district takes an alias and keeps one district; an unknown one is refused with the districts there are (exit 2)", () => {
    const one = JSON.parse(run("--district", "经济技术开发区", "--json").stdout) as WorklistJson;
    expect(one.districts.map((d) => d.district)).toEqual(["经开区"]);
    const none = run("--district", "崇义镇");
    expect(none.stdout).toContain("统计日 2024-12-15：各地区均已完成目标，也没有错过时间节点的企业");
    const bad = run("--district", "紫陵镇");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("台账中没有地区“紫陵镇”");
    expect(bad.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});

describe("anbiao worklist -o (one print-ready sheet per district)", () => {
  let wb: ExcelJS.Workbook;
  const out = join(tmp, "工作清单.xlsx");
  const rowOf = (ws: ExcelJS.Worksheet, r: number, width: number) => Array.from({ length: width }, (_, i) => ws.getCell(r, i + 1).value ?? null);
  beforeAll(async () => {
    const r = run("-o", out);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`已写入 ${out}：柏香镇工作清单、经开区工作清单`);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
  });

  it("writes one sheet per district with something to chase", () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual(["柏香镇工作清单", "经开区工作清单"]);
  });

  it("柏香镇: title, then each category's 还差 N 家 and its list (未创建 first), then the deadline misses", () => {
    const ws = wb.getWorksheet("柏香镇工作清单")!;
    expect(ws.getCell("A1").value).toBe("柏香镇安全生产标准化创建工作清单（统计日 2024-12-15）");
    expect(ws.getCell("A2").value).toBe("危险化学品（生产、储存、使用）企业：底数 2，已达标 0，申请创建 1，目标 100%，还差 2 家");
    expect(rowOf(ws, 3, 7)).toEqual(["序号", "企业名称", "统一社会信用代码", "分类", "现有等级", "未达标原因", "台账位置"]);
    expect(rowOf(ws, 4, 7)).toEqual([1, "沁阳柏香危化五厂", worklistUscc("B5"), "未创建", "三级", "证书不在有效期内", "全市台账!8"]);
    expect(rowOf(ws, 5, 7)).toEqual([2, "沁阳柏香危化六厂", worklistUscc("B6"), "申请创建", null, "无等级", "全市台账!9"]);
    expect(ws.getCell("A7").value).toBe("化工医药企业：底数 4，已达标 1，申请创建 2，目标 100%，还差 3 家");
    expect([9, 10, 11].map((r) => [ws.getCell(r, 1).value, ws.getCell(r, 2).value, ws.getCell(r, 4).value])).toEqual([
      [1, "沁阳柏香化工四厂", "未创建"], [2, "沁阳柏香化工二厂", "申请创建"], [3, "沁阳柏香化工三厂", "申请创建"],
    ]);
    expect(ws.getCell("A13").value).toBe("列入当年计划而错过时间节点的企业（5 家）");
    expect(rowOf(ws, 14, 8)).toEqual(["序号", "企业名称", "统一社会信用代码", "错过的节点", "节点日期", "申请日期", "台账状态", "台账位置"]);
    expect(rowOf(ws, 18, 8)).toEqual([4, "沁阳柏香危化六厂", worklistUscc("B6"), "申请晚于节点", "2024-05-31", "2024-07-08", "申请创建", "全市台账!9"]);
    expect(ws.getCell("B19").value).toBe("沁阳柏香危化六厂");
    expect(ws.getCell("A20").value ?? null).toBeNull();
  });

  it("经开区: 加油站 还差 2 家 (E3, E2), then E2's missed completion", () => {
    const ws = wb.getWorksheet("经开区工作清单")!;
    expect(ws.getCell("A2").value).toBe("加油站：底数 3，已达标 1，申请创建 1，目标 100%，还差 2 家");
    expect([ws.getCell("B4").value, ws.getCell("B5").value]).toEqual(["沁阳经开加油三站", "沁阳经开加油二站"]);
    expect(ws.getCell("A7").value).toBe("列入当年计划而错过时间节点的企业（1 家）");
    expect(rowOf(ws, 9, 4)).toEqual([1, "沁阳经开加油二站", worklistUscc("E2"), "未按期完成创建"]);
  });

  it("prints on A4 portrait, one page wide, the title row repeated", () => {
    for (const ws of wb.worksheets) expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToWidth: 1, printTitlesRow: "1:1" });
  });
});

describe("anbiao worklist on a creation-rate and an attainment-rate target below 100% (苏州, worked by hand)", () => {
  let json: WorklistJson;
  beforeAll(async () => {
    const file = join(tmp, "苏州台账.xlsx");
    writeFileSync(file, await suzhouWorklistWorkbook());
    const r = runBin(["worklist", file, "--profile", "suzhou-2022", "--as-of", SUZHOU_WORKLIST_AS_OF, "--year", "2022", "--json"]);
    expect(r.status).toBe(0);
    json = JSON.parse(r.stdout) as WorklistJson;
  });

  it("leaves out 太仓, which meets 化工园 with 2 of 2, and has no deadline the profile checks per enterprise", () => {
    expect(json.districts.map((d) => d.district)).toEqual(["昆山"]);
    expect(json.districts[0].deadlineMisses).toEqual([]);
  });

  it("亿元以上 (creation rate): base 6, 1 attained + 2 applying count, ⌈0.8 × 6⌉ = 5 needed: 还差 2 家; only the three 未创建 can close it", () => {
    const g = json.districts[0].gaps.find((x) => x.category === "billion-yuan")!;
    expect(g).toMatchObject({ base: 6, attained: 1, applying: 2, target: 0.8, gap: 2, candidates: 3 });
    expect(g.notStarted.map((e) => e.name)).toEqual(["苏州Y3", "苏州Y4", "苏州Y5"]);
    expect(g.applyingList.map((e) => e.name)).toEqual(["苏州Y2", "苏州Y6"]);
  });

  it("化工园 (attainment rate): base 5 (昆山市 is 昆山), 2 attained, ⌈0.8 × 5⌉ = 4 needed: 还差 2 家; P5's 三级 is below 二级, so it is listed with P4 before P3", () => {
    const g = json.districts[0].gaps.find((x) => x.category === "chemical-park")!;
    expect(g).toMatchObject({ base: 5, attained: 2, applying: 1, gap: 2, candidates: 3 });
    expect(g.notStarted.map((e) => [e.name, e.why])).toEqual([["苏州P4", "no-grade"], ["苏州P5", "grade"]]);
    expect(g.applyingList.map((e) => e.name)).toEqual(["苏州P3"]);
    expect(json.districts[0].gaps.map((x) => x.category)).toEqual(["billion-yuan", "chemical-park"]);
  });
});
