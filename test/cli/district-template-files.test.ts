import { unzipSync, strFromU8 } from "fflate";
import { mkdirSync, mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Grid } from "../../src/core/grid/grid";
import { readXlsxFile } from "../../src/xlsx/read-file";
import { fillReturn, fillRoster, validUscc } from "./fixtures/district/fill-returns";
import { libreOfficeBatch } from "./fixtures/district/libreoffice-batch";
import { runBin } from "./run-bin";

const dir = mkdtempSync(join(tmpdir(), "anbiao-template-files-"));

/** The sheets of an .xlsx as its XML says: name, state, and the sheet part's text; the styles part. */
function parts(file: string): { sheets: { name: string; state: string; xml: string }[]; styles: string } {
  const zip = unzipSync(new Uint8Array(readFileSync(file)));
  const text = (p: string) => strFromU8(zip[p]);
  const rels = new Map([...text("xl/_rels/workbook.xml.rels").matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2].replace(/^\/?xl\//, "")]));
  const sheets = [...text("xl/workbook.xml").matchAll(/<sheet [^>]*name="([^"]+)"[^>]*state="([^"]+)"[^>]*r:id="([^"]+)"/g)].map((m) => ({ name: m[1], state: m[2], xml: text(`xl/${rels.get(m[3])}`) }));
  return { sheets, styles: text("xl/styles.xml") };
}

/** Indexes of cellXfs whose protection unlocks the cell. */
function unlockedStyles(styles: string): Set<number> {
  const xfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(styles)?.[1] ?? "";
  const out = new Set<number>();
  [...xfs.matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/gs)].forEach((m, i) => {
    if (/<protection [^>]*locked="0"/.test(m[0])) out.add(i);
  });
  return out;
}

function cells(xml: string): { ref: string; style: number; formula: boolean }[] {
  return [...xml.matchAll(/<c r="([A-Z]+\d+)"(?: s="(\d+)")?[^>]*?(\/>|>(.*?)<\/c>)/gs)].map((m) => ({ ref: m[1], style: Number(m[2] ?? 0), formula: /<f[ >]/.test(m[4] ?? "") }));
}

/** Every cell of the sqref ranges of the sheet's data validations. */
function validatedCells(xml: string): Set<string> {
  const out = new Set<string>();
  for (const m of xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)) {
    for (const range of m[1].split(" ")) {
      const [a, b] = range.split(":");
      const pa = /([A-Z]+)(\d+)/.exec(a)!;
      const pb = /([A-Z]+)(\d+)/.exec(b ?? a)!;
      if (pa[1] !== pb[1]) throw new Error(`multi-column validation ${range}`);
      for (let r = Number(pa[2]); r <= Math.min(Number(pb[2]), Number(pa[2]) + 5); r++) out.add(`${pa[1]}${r}`);
    }
  }
  return out;
}

const TEMPLATES = [
  { profile: "suzhou-2022", year: "2022", district: "昆山", tables: ["附件1", "附件2"] },
  { profile: "nantong-2018", year: "2019", district: "崇川区", tables: ["附件"] },
  { profile: "qinyang-2024", year: "2024", district: "西向镇", tables: ["填报表"] },
];
const file = (p: string) => join(dir, `${p}.xlsx`);

beforeAll(() => {
  for (const t of TEMPLATES) {
    const run = runBin(["template", "--profile", t.profile, "--year", t.year, "--district", t.district, "-o", file(t.profile)]);
    if (run.status !== 0) throw new Error(run.stderr + run.stdout);
  }
}, 120_000);

describe.each(TEMPLATES.map((t) => [t.profile, t]))("anbiao template's XML (%s)", (_p, t) => {
  it("protects each table sheet without a password, unlocks exactly the validated input cells and keeps formula cells locked", () => {
    const { sheets, styles } = parts(file(t.profile));
    const unlocked = unlockedStyles(styles);
    for (const name of t.tables) {
      const sheet = sheets.find((s) => s.name === name)!;
      expect(sheet.xml).toMatch(/<sheetProtection [^>]*sheet="1"/);
      expect(sheet.xml).not.toMatch(/hashValue|password=/);
      const all = cells(sheet.xml);
      const open = all.filter((c) => unlocked.has(c.style)).map((c) => c.ref).sort();
      expect(open.length).toBeGreaterThan(0);
      expect(open).toEqual([...validatedCells(sheet.xml)].sort());
      const formulas = all.filter((c) => c.formula);
      expect(formulas.length).toBeGreaterThan(0);
      for (const f of formulas) expect([f.ref, unlocked.has(f.style)]).toEqual([f.ref, false]);
      // Whole numbers ≥ 0 for bases; counts bounded by the base, with Chinese messages.
      expect(sheet.xml).toMatch(/<dataValidation type="whole" operator="greaterThanOrEqual"[^>]*prompt="[^"]*整数[^"]*"[^>]*error="[^"]*"/);
    }
  });

  it("hides the marker sheet and gives the roster template dropdowns, text and date formats and a USCC check formula on every prepared row", () => {
    const { sheets } = parts(file(t.profile));
    expect(sheets.find((s) => s.name === "_anbiao")?.state).toBe("hidden");
    const roster = sheets.find((s) => s.name === "台账模板")!;
    const lists = [...roster.xml.matchAll(/<dataValidation type="list"[^>]*sqref="([A-Z]+)2:/g)].map((m) => m[1]).sort();
    expect(lists).toEqual(["C", "E", "F", "G", "H", "L"]);
    const checks = cells(roster.xml).filter((c) => c.formula && /^N\d+$/.test(c.ref));
    expect(checks.length).toBe(500);
    expect(roster.xml).toContain("<f>IF(B2=&quot;&quot;,&quot;&quot;,IF(LEN(B2)&lt;&gt;18");
  });
});

describe("LibreOffice opens the templates and a city file without repair and recalculates them to the engine's figures", () => {
  let results: { file: string; loaded: boolean; saved?: string }[] = [];
  const roster = join(dir, "roster-filled.xlsx");
  const good = validUscc("91320583MA1XYW0A0");
  const wrong = good.slice(0, 17) + (good[17] === "0" ? "1" : "0");
  const city = join(dir, "city.xlsx");
  let inputs: string[] = [];

  beforeAll(async () => {
    const returns = join(dir, "returns");
    mkdirSync(returns);
    await fillReturn(file("suzhou-2022"), join(returns, "昆山.xlsx"), "昆山", 1, "none", new Date("2026-11-20T08:00:00Z"));
    await fillReturn(file("suzhou-2022"), roster, "昆山", 2, "none", new Date("2026-11-20T08:00:00Z"));
    await fillRoster(roster, [["甲公司", good], ["乙公司", wrong], ["丙公司", good.slice(0, 17)]]);
    const run = runBin(["consolidate", returns, "--profile", "suzhou-2022", "--year", "2022", "--as-of", "2022-10-01", "-o", city]);
    if (run.status !== 0) throw new Error(run.stderr + run.stdout);
    inputs = [...TEMPLATES.map((t) => file(t.profile)), roster, city];
    results = libreOfficeBatch(inputs);
  }, 240_000);

  it("loads every file without repair", () => {
    expect(results.map((r) => [r.file, r.loaded])).toEqual(inputs.map((f) => [f, true]));
  });

  it("gives every formula cell the value the engine wrote for it", async () => {
    for (const [i, input] of [...TEMPLATES.map((t) => file(t.profile)), city].entries()) {
      const index = i < TEMPLATES.length ? i : inputs.indexOf(city);
      const mine = await readXlsxFile(input);
      const lo = await readXlsxFile(results[index].saved!);
      let compared = 0;
      for (const g of mine) {
        const other = lo.find((x) => x.name === g.name) as Grid;
        g.formulas?.forEach((row, r) =>
          row.forEach((f, c) => {
            if (f === null) return;
            const at = (grid: Grid) => grid.values[g.origin.row + r - grid.origin.row]?.[g.origin.col + c - grid.origin.col] ?? null;
            const [a, b] = [at(g), at(other)];
            compared++;
            if (typeof a === "number" && typeof b === "number") expect([g.name, r, c, b]).toEqual([g.name, r, c, expect.closeTo(a, 9)]);
            else expect([g.name, r, c, b ?? ""]).toEqual([g.name, r, c, a ?? ""]);
          }),
        );
      }
      expect(compared).toBeGreaterThan(0);
    }
  });

  it("checks USCCs as typed: ✓ for a right check character, the right one for a wrong one, the length for a short one", async () => {
    const lo = await readXlsxFile(results[inputs.indexOf(roster)].saved!);
    const sheet = lo.find((g) => g.name === "台账模板")!;
    const col = sheet.values[0].indexOf("代码校验");
    expect(sheet.values.slice(1, 4).map((r) => r[col])).toEqual(["✓", `校验位应为${good[17]}`, "应为18位"]);
  });
});

