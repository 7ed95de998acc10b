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
import { runBin } from "./run-bin";

const tmp = mkdtempSync(join(tmpdir(), "anbiao-details-"));
let cases: Record<string, MessyCase>;
const outputs = new Map<string, Buffer>();
/** The fixtures summarized: the three messy ones, and Suzhou with its 一级 certificates issued in 2022 (its target of new 一级 enterprises then counts some). */
const IDS = ["suzhou", "changshu", "qinyang", "suzhou-new"];

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

  it("has one filterable table: the autofilter spans the header and every row, the header frozen", async () => {
    for (const id of ["suzhou", "changshu", "qinyang"]) {
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
      expect(ws.rowCount - 1).toBe(expected);
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

  it("opens in LibreOffice with the linked counts still numbers and the rates computed from them", async () => {
    const before = await load(outputs.get("suzhou")!);
    const after = await load(recalculateWithLibreOffice(outputs.get("suzhou")!));
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
