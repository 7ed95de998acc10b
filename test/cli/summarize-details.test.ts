import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { recalculateWithLibreOffice } from "../core/report/attachment/libreoffice";
import type { Measure } from "../../src/core/explain/enterprises-behind";
import { messyCases, type MessyCase } from "./fixtures/messy/cases";
import { messyWorkbook } from "./fixtures/messy/kit";
import { expectedNames } from "./fixtures/messy/measure-names";
import { suzhouExpectedLists } from "./fixtures/messy/suzhou-expected";
import { SUZHOU_LAYOUT, suzhouEnterprises, suzhouTruthWithNewGradeOne } from "./fixtures/messy/suzhou-roster";
import { qinyangPhaseExpected } from "./fixtures/messy/qinyang-phase-expected";
import { QINYANG_AS_OF, qinyangTruth } from "./fixtures/messy/qinyang-roster";
import { quanzhouExpected } from "./fixtures/messy/quanzhou-expected";
import { quanzhouTruth } from "./fixtures/messy/quanzhou-roster";
import { runBin } from "./run-bin";

const tmp = mkdtempSync(join(tmpdir(), "anbiao-details-"));
let cases: Record<string, MessyCase>;
const outputs = new Map<string, Buffer>();
/** The fixtures summarized: the four messy ones, and Suzhou with its 一级 certificates issued in 2022 (its target of new 一级 enterprises then counts some). */
const IDS = ["suzhou", "changshu", "qinyang", "quanzhou", "suzhou-new"];

beforeAll(async () => {
  cases = await messyCases();
  const truths = suzhouTruthWithNewGradeOne();
  const written = await messyWorkbook(suzhouEnterprises(truths), SUZHOU_LAYOUT);
  cases["suzhou-new"] = { ...cases.suzhou, bytes: written.bytes, positions: written.positions, lists: suzhouExpectedLists(truths) };
  for (const id of IDS) {
    const c = cases[id];
    const input = join(tmp, `${id}.xlsx`);
    writeFileSync(input, c.bytes);
    const out = join(tmp, `${id}-details.xlsx`);
    const run = runBin(["summarize", input, "--profile", c.profile.id, "--as-of", c.asOf, "--year", String(c.year), "-o", out, "--details"]);
    if (run.status !== 0) throw new Error(run.stderr);
    outputs.set(id, readFileSync(out));
  }
}, 120_000);

const sorted = (names: readonly (string | null)[]) => [...names].sort();
/** A count cell's link: HYPERLINK("#'明细'!A5:P9",n), the range a figure's rows. */
const LINK = /^HYPERLINK\("#'?(.+?)'?!A(\d+):P(\d+)",(.+)\)$/;
const COL = { category: 1, scope: 2, attained: 3, applying: 4, name: 5, uscc: 6, issued: 10 };

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** The 明细 sheet's XML: the one part with an autofilter of its own. */
function detailsXml(bytes: Buffer): string {
  const parts = unzipSync(new Uint8Array(bytes));
  const xml = Object.keys(parts).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p)).map((p) => strFromU8(parts[p])).filter((x) => x.includes("<autoFilter"));
  expect(xml).toHaveLength(1);
  return xml[0];
}

const text = (ws: ExcelJS.Worksheet, r: number, c: number) => {
  const v = ws.getCell(r, c).value;
  return v === null ? null : typeof v === "object" && "text" in v ? String(v.text) : String(v);
};

/**
 * Which expected list a range of the 明细 table should equal, read from the rows alone (not from
 * the engine): its category; its district when every row is counted in one district, the total
 * otherwise; the measure the rows fit most narrowly, from the 已达标/申请创建 columns and the issue
 * year: all attained of the report's year, all attained, all applying, all attained or applying
 * (this year's attained only, or not), else the base. A wider measure whose rows fit a narrower one
 * has the same list (a base whose members are all attained is the attained list), so either way the
 * names must be that list. A 合计 range holds only the total's attained or applying rows.
 */
function figureOfRange(ws: ExcelJS.Worksheet, first: number, last: number, year: number): { category: string; district: string | null; measure: Measure } {
  const categories = new Set<string | null>();
  const scopes = new Set<string | null>();
  let [attained, newly, applying] = [0, 0, 0];
  for (let r = first; r <= last; r++) {
    categories.add(text(ws, r, COL.category));
    scopes.add(text(ws, r, COL.scope));
    const isAttained = text(ws, r, COL.attained) === "是";
    if (isAttained) attained++;
    if (isAttained && text(ws, r, COL.issued)?.slice(0, 4) === String(year)) newly++;
    if (text(ws, r, COL.applying) === "是") applying++;
  }
  expect(categories.size).toBe(1);
  const n = last - first + 1;
  const scope = scopes.size === 1 ? [...scopes][0] : "合计";
  const measure: Measure =
    newly === n ? "newlyAttained" : attained === n ? "attained" : applying === n ? "applying" : attained + applying === n ? (newly === attained ? "newlyAttainedOrApplying" : "attainedOrApplying") : "base";
  if (scope === "合计" && scopes.size === 1) expect(measure).not.toBe("base");
  return { category: [...categories][0]!, district: scope === "合计" ? null : scope, measure };
}

describe("summarize --details (every count cell linked to the range of 明细 rows it counted, checked against the fixtures' expected scripts)", () => {
  it.each(IDS)("%s: each count cell's range lists exactly the expected enterprises, and the range's first row links back to a cell showing the figure", async (id) => {
    const c = cases[id];
    const wb = await load(outputs.get(id)!);
    const details = wb.getWorksheet("明细")!;
    expect(details).toBeDefined();
    let linked = 0;
    let indicatorLinks = 0;
    const measures = new Set<Measure>();
    const linkOf = new Map<string, string>();
    for (const ws of wb.worksheets) {
      if (ws === details) continue;
      ws.eachRow((r) =>
        r.eachCell((cell) => {
          const v = cell.value as ExcelJS.CellFormulaValue;
          const m = typeof v === "object" && v !== null && "formula" in v ? LINK.exec(v.formula) : null;
          if (!m) return;
          linked++;
          expect(m[1]).toBe("明细");
          linkOf.set(`${ws.name}!${cell.address}`, `${m[2]}:${m[3]}`);
          // The count stays a number: the cached value, which SUM and the rate formulas read.
          const count = typeof v.result === "number" ? v.result : Number(m[4]);
          const [first, last] = [Number(m[2]), Number(m[3])];
          // A count of 0 has no rows and is left unlinked.
          expect(count).toBeGreaterThan(0);
          expect(last - first + 1).toBe(count);
          const labels = new Set<string | null>();
          for (let row = first; row <= last; row++) labels.add(text(details, row, COL.category));
          const named = (l: string | null) => c.profile.categories.some((k) => k.name === l) || (c.profile.indicators ?? []).some((k) => k.name === l);
          if (labels.size > 1 && [...labels].every((l) => (c.profile.indicators ?? []).some((k) => k.name === l))) {
            // A denominator adding up indicators (Changshu's renewals + reviews): each indicator's rows are its expected names there.
            const scopes = new Set<string | null>();
            for (let row = first; row <= last; row++) scopes.add(text(details, row, COL.scope));
            // The total's rows may be its districts' rows (the district figures' shared ranges): then it is the total.
            const scope = scopes.size === 1 ? [...scopes][0] : "合计";
            for (const label of labels) {
              const indicator = c.profile.indicators!.find((k) => k.name === label)!;
              const names: (string | null)[] = [];
              for (let row = first; row <= last; row++) if (text(details, row, COL.category) === label) names.push(text(details, row, COL.name));
              const list = c.indicatorLists.find((l) => l.indicator === indicator.id && l.district === (scope === "合计" ? null : scope))!;
              expect({ cell: `${ws.name}!${cell.address}`, label, names: sorted(names) }).toEqual({ cell: `${ws.name}!${cell.address}`, label, names: sorted(list.names) });
            }
            return;
          }
          // A group of several categories or of sector rows (分乡镇阶段目标, 附件2, per-sector counts) is checked cell by cell below.
          if (labels.size > 1 || !named([...labels][0])) return;
          const indicator = c.profile.indicators?.find((k) => k.name === text(details, first, COL.category));
          if (indicator) {
            // An indicator's count: its rows are the expected script's names for that district (or the total).
            const scopes = new Set<string | null>();
            const names: (string | null)[] = [];
            for (let row = first; row <= last; row++) {
              expect(text(details, row, COL.category)).toBe(indicator.name);
              scopes.add(text(details, row, COL.scope));
              names.push(text(details, row, COL.name));
            }
            // The total's range may hold one district's rows only: then it is that district's list too.
            const candidates = c.indicatorLists.filter((l) => l.indicator === indicator.id && (l.district === null || (scopes.size === 1 && l.district === [...scopes][0])));
            expect({ cell: `${ws.name}!${cell.address}`, matched: candidates.some((l) => JSON.stringify(sorted(l.names)) === JSON.stringify(sorted(names))) }).toEqual({ cell: `${ws.name}!${cell.address}`, matched: true });
            indicatorLinks++;
            return;
          }
          const f = figureOfRange(details, first, last, c.year);
          measures.add(f.measure);
          const list = c.lists.find((l) => l.district === f.district && c.profile.categories.find((k) => k.id === l.category)!.name === f.category);
          expect({ cell: `${ws.name}!${cell.address}`, found: list !== undefined }).toEqual({ cell: `${ws.name}!${cell.address}`, found: true });
          const names: (string | null)[] = [];
          for (let row = first; row <= last; row++) names.push(text(details, row, COL.name));
          expect({ cell: `${ws.name}!${cell.address}`, names: sorted(names) }).toEqual({ cell: `${ws.name}!${cell.address}`, names: sorted(expectedNames(list!, f.measure)) });
        }),
      );
    }
    expect(linked).toBeGreaterThan(0);
    // With 2022 一级 certificates, the target of new 一级 enterprises links to a range of this year's attained alone.
    if (id === "suzhou-new") expect(measures).toContain("newlyAttained");
    // Changshu's 专项指标 counts (复审) are linked too, each to its expected names.
    if (c.indicatorLists.some((l) => l.names.length > 0)) expect(indicatorLinks).toBeGreaterThan(0);
    // Every link back on the 明细 sheet (written as in-workbook locations, which ExcelJS does not read back) goes to a count cell whose range starts on the link's row.
    let backs = 0;
    for (const [, at, location] of detailsXml(outputs.get(id)!).matchAll(/<hyperlink ref="([A-Z]+\d+)" location="([^"]+)"/g)) {
      backs++;
      const target = location.replace(/&apos;|'/g, "");
      const row = Number(/\d+/.exec(at)![0]);
      expect({ at, target, startsHere: linkOf.get(target)?.startsWith(`${row}:`) }).toEqual({ at, target, startsHere: true });
    }
    expect(backs).toBeGreaterThan(0);
  });

  it("links a count target's actual figure to what it counts: Changshu's 合计 小微 实际完成 and the 目标 attachment's 完成 to the attained, Suzhou's 合计 一级 实际完成 and 表1's 2022年完成 (15 new ones) to 2022's certificates alone", async () => {
    /** The names of the 明细 rows a cell links to, and the count it shows. */
    const behind = (wb: ExcelJS.Workbook, sheet: string, row: number, col: number) => {
      const v = wb.getWorksheet(sheet)!.getCell(row, col).value as ExcelJS.CellFormulaValue;
      const m = typeof v === "object" && v !== null && "formula" in v ? LINK.exec(v.formula) : null;
      expect({ sheet, row, col, linked: m !== null }).toEqual({ sheet, row, col, linked: true });
      const details = wb.getWorksheet("明细")!;
      const names: (string | null)[] = [];
      for (let r = Number(m![2]); r <= Number(m![3]); r++) names.push(text(details, r, COL.name));
      return { count: v.result, names: sorted(names) };
    };
    /** The row whose columns A and B read `a` and `b`, and the column headed `header`, on `sheet`. */
    const find = (ws: ExcelJS.Worksheet, a: string | null, b: string, header: string) => {
      let [row, col] = [0, 0];
      ws.eachRow((r, i) => {
        if ((a === null || text(ws, i, 1) === a) && text(ws, i, 2) === b) row ||= i;
        r.eachCell((cell, c) => (text(ws, i, c) === header && !col ? (col = c) : undefined));
      });
      expect({ a, b, header, found: row > 0 && col > 0 }).toEqual({ a, b, header, found: true });
      return [row, col] as const;
    };
    const changshu = await load(outputs.get("changshu")!);
    const micro = cases.changshu.lists.find((l) => l.district === null && l.category === "micro")!;
    const microName = cases.changshu.profile.categories.find((k) => k.id === "micro")!.name;
    // 累计达标小微企业不低于5200家: the attained 小微 enterprises.
    const actual = behind(changshu, "目标完成情况", ...find(changshu.getWorksheet("目标完成情况")!, "合计", microName, "实际完成"));
    expect(actual).toEqual({ count: micro.attained.length, names: sorted(micro.attained) });
    expect(micro.attained.length).toBeGreaterThan(0);
    const done = behind(changshu, "目标", ...find(changshu.getWorksheet("目标")!, null, "累计达标小微企业数", "完成"));
    expect(done).toEqual({ count: micro.attained.length, names: sorted(micro.attained) });
    const suzhou = await load(outputs.get("suzhou-new")!);
    const gradeOne = cases["suzhou-new"].lists.find((l) => l.district === null && l.category === "grade-1")!;
    const newOnes = [...gradeOne.attainedThisYear, ...gradeOne.applying];
    // Some 一级 certificates are 2022's, not all: the list is this year's, not every attained.
    expect(newOnes.length).toBeGreaterThan(0);
    expect(newOnes.length).toBeLessThan(gradeOne.attained.length + gradeOne.applying.length);
    const gradeOneName = cases.suzhou.profile.categories.find((k) => k.id === "grade-1")!.name;
    expect(behind(suzhou, "目标完成情况", ...find(suzhou.getWorksheet("目标完成情况")!, "合计", gradeOneName, "实际完成"))).toEqual({ count: newOnes.length, names: sorted(newOnes) });
    // 表1's 2022年完成 beside the target of 15 is the same figure.
    expect(behind(suzhou, "表1", ...find(suzhou.getWorksheet("表1")!, gradeOneName, gradeOneName, "2022年完成"))).toEqual({ count: newOnes.length, names: sorted(newOnes) });
  });

  it("has one filterable table: the autofilter spans the header and every row, the header frozen; rows after the categories' and indicators' are each behind some group figure", async () => {
    for (const id of ["suzhou", "changshu", "qinyang", "quanzhou"]) {
      const ws = (await load(outputs.get(id)!)).getWorksheet("明细")!;
      expect(ws.autoFilter).toBe(`A1:P${ws.rowCount}`);
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(text(ws, 1, COL.uscc)).toBe("统一社会信用代码");
      // Rows: one per enterprise × category in a base, plus the 合计 group repeating the total's attained and applying.
      const c = cases[id];
      const reported = new Set<string>();
      for (let r = 2; r <= ws.rowCount; r++) reported.add(text(ws, r, COL.category)!);
      const totals = c.lists.filter((l) => l.district === null && reported.has(c.profile.categories.find((k) => k.id === l.category)!.name));
      // Then one row per enterprise an indicator's count took (its districts' rows are the total's).
      const indicatorRows = c.indicatorLists.filter((l) => l.district === null && reported.has(c.profile.indicators!.find((k) => k.id === l.indicator)!.name)).reduce((n, l) => n + l.names.length, 0);
      const expected = totals.reduce((n, l) => n + l.base.length + l.attained.length + l.applying.length, 0) + indicatorRows;
      // Then the group figures' block: every one of its rows lies in a range some count cell links to.
      const wb = await load(outputs.get(id)!);
      const covered = new Uint8Array(ws.rowCount + 1);
      for (const sheet of wb.worksheets) {
        sheet.eachRow((r) =>
          r.eachCell((cell) => {
            const v = cell.value as ExcelJS.CellFormulaValue;
            const m = typeof v === "object" && v !== null && "formula" in v ? LINK.exec(v.formula) : null;
            if (m) for (let row = Number(m[2]); row <= Number(m[3]); row++) covered[row] = 1;
          }),
        );
      }
      expect(ws.rowCount - 1).toBeGreaterThanOrEqual(expected);
      const loose: number[] = [];
      for (let r = expected + 2; r <= ws.rowCount; r++) if (!covered[r]) loose.push(r);
      expect({ id, loose }).toEqual({ id, loose: [] });
    }
  });

  it("into a copy: the input's own parts are kept byte for byte, the 明细 table is the same as in a new workbook", async () => {
    const c = cases.suzhou;
    const input = join(tmp, "suzhou.xlsx");
    const out = join(tmp, "suzhou-copy.xlsx");
    const run = runBin(["summarize", input, "--profile", c.profile.id, "--as-of", c.asOf, "--year", String(c.year), "-o", out, "--details", "--into-copy"]);
    expect(run.status).toBe(0);
    const before = unzipSync(new Uint8Array(c.bytes));
    const after = unzipSync(new Uint8Array(readFileSync(out)));
    const sheets = Object.keys(before).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
    expect(sheets.length).toBeGreaterThan(0);
    for (const p of sheets) expect({ p, same: Buffer.from(after[p]).equals(Buffer.from(before[p])) }).toEqual({ p, same: true });
    const copy = (await load(readFileSync(out))).getWorksheet("明细")!;
    const fresh = (await load(outputs.get("suzhou")!)).getWorksheet("明细")!;
    expect(copy.rowCount).toBe(fresh.rowCount);
    expect(copy.autoFilter).toBe(fresh.autoFilter);
    for (let r = 1; r <= fresh.rowCount; r++) expect(copy.getRow(r).values).toEqual(fresh.getRow(r).values);
  });

  it("leaves the default output without the 明细 sheet or links", async () => {
    const c = cases.suzhou;
    const out = join(tmp, "plain.xlsx");
    expect(runBin(["summarize", join(tmp, "suzhou.xlsx"), "--profile", c.profile.id, "--as-of", c.asOf, "--year", String(c.year), "-o", out]).status).toBe(0);
    const wb = await load(readFileSync(out));
    expect(wb.getWorksheet("明细")).toBeUndefined();
    const formulas: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((cell) => (cell.formula ? formulas.push(cell.formula) : undefined))));
    expect(formulas.filter((f) => f.includes("HYPERLINK"))).toEqual([]);
  });

  // Quanzhou's 附件2 合计 is HYPERLINK(…, SUM(…)): LibreOffice recalculates the sum inside the link.
  it.each(["suzhou", "quanzhou"])("%s opens in LibreOffice with the linked counts still numbers and the rates computed from them", async (id) => {
    const before = await load(outputs.get(id)!);
    const after = await load(recalculateWithLibreOffice(outputs.get(id)!));
    // LibreOffice kept the streamed table whole: every row, and its autofilter.
    expect(after.getWorksheet("明细")!.rowCount).toBe(before.getWorksheet("明细")!.rowCount);
    expect(after.getWorksheet("明细")!.autoFilter).toBe(before.getWorksheet("明细")!.autoFilter);
    let checked = 0;
    for (const ws of before.worksheets) {
      const lo = after.getWorksheet(ws.name)!;
      ws.eachRow((r) =>
        r.eachCell((cell) => {
          const v = cell.value as ExcelJS.CellFormulaValue;
          if (typeof v !== "object" || v === null || !("formula" in v)) return;
          const got = (lo.getCell(cell.address).value as ExcelJS.CellFormulaValue | null)?.result;
          if (LINK.test(v.formula)) {
            expect({ cell: `${ws.name}!${cell.address}`, value: got }).toEqual({ cell: `${ws.name}!${cell.address}`, value: v.result });
            checked++;
          } else if (typeof v.result === "number") {
            // Rates and sums over linked counts: LibreOffice's recalculated value is the engine's.
            expect({ cell: `${ws.name}!${cell.address}`, value: got as number }).toEqual({ cell: `${ws.name}!${cell.address}`, value: expect.closeTo(v.result, 9) });
          }
        }),
      );
    }
    expect(checked).toBeGreaterThan(0);
  }, 180_000);
});

/** A cell's count and the 明细 rows it links to (null when it holds a plain number). */
function countAt(ws: ExcelJS.Worksheet, r: number, c: number): { count: number; range: [number, number] | null } | null {
  const v = ws.getCell(r, c).value;
  if (typeof v === "number") return { count: v, range: null };
  if (typeof v !== "object" || v === null || !("formula" in v)) return null;
  const f = v as ExcelJS.CellFormulaValue;
  const m = LINK.exec(f.formula);
  return typeof f.result === "number" ? { count: f.result, range: m ? [Number(m[2]), Number(m[3])] : null } : null;
}

describe("summarize --details: counts over groups (a stage's categories, 附件2's sector rows, denominators, per-sector counts) linked to exactly their enterprises", () => {
  /** Checks one count cell against the expected names: 0 unlinked, otherwise linked to exactly that many rows naming them. */
  const detailsOf = new Map<string, Promise<ExcelJS.Worksheet>>();
  async function expectLinked(id: string, ws: ExcelJS.Worksheet, r: number, c: number, names: readonly string[]): Promise<void> {
    if (!detailsOf.has(id)) detailsOf.set(id, load(outputs.get(id)!).then((wb) => wb.getWorksheet("明细")!));
    const details = await detailsOf.get(id)!;
    const at = `${ws.name}!${ws.getCell(r, c).address}`;
    const got = countAt(ws, r, c);
    if (names.length === 0) {
      // A 0 stays unlinked (ExcelJS reads a formula's cached <v>0</v> back as no result at all).
      const v = ws.getCell(r, c).value;
      const formula = typeof v === "object" && v !== null && "formula" in v ? (v as ExcelJS.CellFormulaValue).formula : "";
      expect({ at, count: got?.count ?? 0, linked: LINK.test(formula) }).toEqual({ at, count: 0, linked: false });
      return;
    }
    expect({ at, count: got?.count }).toEqual({ at, count: names.length });
    expect({ at, linked: got!.range !== null }).toEqual({ at, linked: true });
    const [first, last] = got!.range!;
    const listed: (string | null)[] = [];
    for (let row = first; row <= last; row++) listed.push(text(details, row, COL.name));
    expect({ at, names: sorted(listed) }).toEqual({ at, names: sorted(names) });
  }

  it("qinyang 分乡镇阶段目标: each 乡镇's (and the city's) 底数 and 已达标数 of both stages list the stage's enterprises, category by category", async () => {
    const ws = (await load(outputs.get("qinyang")!)).getWorksheet("分乡镇阶段目标")!;
    const expected = qinyangPhaseExpected(qinyangTruth(), QINYANG_AS_OF);
    let checked = 0;
    for (let r = 5; r <= ws.rowCount; r++) {
      const label = text(ws, r, 1);
      for (const phase of [1, 2] as const) {
        const e = expected.find((x) => x.district === (label === "合计" ? null : label) && x.phase === phase)!;
        const col = 2 + (phase - 1) * 6;
        await expectLinked("qinyang", ws, r, col, e.baseNames);
        await expectLinked("qinyang", ws, r, col + 1, e.attainedNames);
        checked += 2;
      }
    }
    expect(checked).toBe(expected.length * 2);
    // The fixture's stages mostly have some but not all of their base attained: the attained rows nest inside the base's.
    expect(expected.filter((e) => e.attainedNames.length > 0 && e.attainedNames.length < e.baseNames.length).length).toBeGreaterThan(3);
  });

  it("quanzhou 附件2: every row's 标杆示范企业数, 企业总数 and 完成提升企业数 lists its sector's enterprises, and the 合计 stays a live SUM linked to all of them", async () => {
    const ws = (await load(outputs.get("quanzhou")!)).getWorksheet("附件2")!;
    const expected = quanzhouExpected(quanzhouTruth());
    for (const e of expected.annex) {
      const r = e.no === 0 ? 50 : 3 + e.no;
      await expectLinked("quanzhou", ws, r, 4, e.names.benchmark);
      await expectLinked("quanzhou", ws, r, 5, e.names.total);
      await expectLinked("quanzhou", ws, r, 6, e.names.upgraded);
    }
    expect((ws.getCell(50, 5).value as ExcelJS.CellFormulaValue).formula).toMatch(/^HYPERLINK\("#'?明细'?!A\d+:P\d+",SUM\(E4:E49\)\)$/);
  });

  it("quanzhou 专项指标完成情况: every 数量 and 分母 lists its enterprises, the 合计 per-sector 标杆 counts too; no count cell of these sheets is left unlinked unless it is 0", async () => {
    const wb = await load(outputs.get("quanzhou")!);
    const ws = wb.getWorksheet("专项指标完成情况")!;
    const c = cases.quanzhou;
    const expected = quanzhouExpected(quanzhouTruth());
    let sectorRows = 0;
    for (let r = 4; r <= ws.rowCount; r++) {
      const label = text(ws, r, 1);
      if (label === null) continue;
      const district = label === "合计" ? null : label;
      const name = text(ws, r, 2)!;
      const sector = c.profile.sectors!.find((s) => name.endsWith(`（${s.name}）`));
      // 实际完成 of a count target is the 数量 (=C): the same figure, the same link.
      const actualIsCount = /(^|,)C\d+\)?$/.test((ws.getCell(r, 10).value as ExcelJS.CellFormulaValue | null)?.formula ?? "");
      if (sector) {
        const names = expected.sectors.find((s) => s.sector === sector.id)!.names;
        await expectLinked("quanzhou", ws, r, 3, names);
        if (actualIsCount) await expectLinked("quanzhou", ws, r, 10, names);
        sectorRows++;
        continue;
      }
      const indicator = c.profile.indicators!.find((i) => i.name === name)!;
      const names = c.indicatorLists.find((l) => l.district === district && l.indicator === indicator.id)!.names;
      await expectLinked("quanzhou", ws, r, 3, names);
      if (actualIsCount) await expectLinked("quanzhou", ws, r, 10, names);
      // 分母: the share of 完成标准化提升 is taken of every in-scope enterprise (全市企事业单位's base).
      if (countAt(ws, r, 4)) await expectLinked("quanzhou", ws, r, 4, c.lists.find((l) => l.district === district && l.category === "all-units")!.base);
    }
    expect(sectorRows).toBe(8);
    // Every number in these sheets' count columns is linked, or 0.
    const countColumns: [string, string, number[]][] = [["quanzhou", "附件2", [4, 5, 6]], ["quanzhou", "专项指标完成情况", [3, 4]], ["qinyang", "分乡镇阶段目标", [2, 3, 8, 9]]];
    for (const [id, sheet, cols] of countColumns) {
      const s = (await load(outputs.get(id)!)).getWorksheet(sheet)!;
      const loose: string[] = [];
      for (let r = 1; r <= s.rowCount; r++) for (const col of cols) {
        const got = countAt(s, r, col);
        if (got && got.count !== 0 && got.range === null && s.getCell(r, 1).value !== "序号") loose.push(s.getCell(r, col).address);
      }
      expect({ sheet, loose }).toEqual({ sheet, loose: [] });
    }
  });
});
