import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { UserError } from "../../../src/core/errors";
import { findBuiltinProfile } from "../../../src/core/profile";
import { fixCountTables, type TableFix } from "../../../src/core/tables/fix";
import { editCellsBytes } from "../../../src/xlsx/package/edit-cells";
import { readZipEntries } from "../../../src/xlsx/package/zip-entries";
import { readXlsxBytes } from "../../../src/xlsx/read-bytes";
import { COUNT_SHEETS, countTablesWorkbook } from "./fixtures/count-tables";
import { entryText, firstLostToken, zipEntries } from "./fixtures/package-diff";

const profile = findBuiltinProfile("suzhou-2022")!;
// The parts a cell fix may change (the sheet parts apart); the calculation chain's entries leave the last two.
const EDITED = ["xl/styles.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/calcChain.xml"];

/** Sheet name → worksheet part, read from workbook.xml and its rels with plain patterns. */
function sheetParts(entries: Map<string, Uint8Array>): Map<string, string> {
  const rels = new Map([...entryText(entries, "xl/_rels/workbook.xml.rels").matchAll(/Id="(\w+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], `xl/${m[2]}`]));
  const tags = entryText(entries, "xl/workbook.xml").match(/<sheet\s[^>]*>/g) ?? [];
  return new Map(tags.map((tag) => [/\sname="([^"]+)"/.exec(tag)?.[1] ?? "", rels.get(/\sr:id="(\w+)"/.exec(tag)?.[1] ?? "") as string]));
}

/** A sheet's XML with the <c> elements at the given addresses replaced by a marker. */
function withoutCells(xml: string, addresses: ReadonlySet<string>): string {
  return xml.replace(/<c r="([A-Z]+\d+)"(?:[^>]*\/>|[^>]*>[\s\S]*?<\/c>)/g, (whole, r: string) => (addresses.has(r) ? `<c ${r}>` : whole));
}

function cellXml(xml: string, address: string): string {
  return new RegExp(`<c r="${address}"(?:[^>]*/>|[^>]*>[\\s\\S]*?</c>)`).exec(xml)?.[0] ?? "";
}

function xfOf(styles: string, index: number): string {
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  return xfs.match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)?.[index] ?? "";
}

describe("editCellsBytes (single cells rewritten in a lossless copy)", () => {
  let input: Uint8Array;
  let output: Uint8Array;
  let fixes: TableFix[];

  beforeAll(async () => {
    input = await countTablesWorkbook();
    fixes = fixCountTables(await readXlsxBytes(input, "book.xlsx"), profile).fixes;
    output = editCellsBytes(input, "book.xlsx", fixes.map((f) => ({ sheet: f.sheet, writes: f.edits })));
  });

  it("starts from four count tables to fix and a notes sheet holding a formula in the calculation chain", () => {
    expect(fixes.map((f) => f.sheet)).toEqual(COUNT_SHEETS.slice(0, 4));
    expect(fixes.every((f) => f.edits.length > 0)).toBe(true);
    expect(zipEntries(input).has("xl/calcChain.xml")).toBe(true);
  });

  it("keeps every other part byte for byte, even compressed, and drops the calculation chain", () => {
    const parts = new Set([...sheetParts(zipEntries(input))].filter(([name]) => COUNT_SHEETS.slice(0, 4).includes(name)).map(([, part]) => part));
    const after = new Map(readZipEntries(output).map((e) => [e.name, e]));
    const before = readZipEntries(input);
    for (const e of before) {
      if (EDITED.includes(e.name) || parts.has(e.name)) continue;
      const now = after.get(e.name);
      expect({ name: e.name, same: now !== undefined && Buffer.from(now.data).equals(Buffer.from(e.data)) }).toEqual({ name: e.name, same: true });
    }
    expect(after.has("xl/calcChain.xml")).toBe(false);
    expect([...after.keys()]).toEqual(before.map((e) => e.name).filter((n) => n !== "xl/calcChain.xml"));
    const out = zipEntries(output);
    expect(entryText(out, "xl/_rels/workbook.xml.rels")).toBe(entryText(zipEntries(input), "xl/_rels/workbook.xml.rels").replace(/<Relationship Id="rId99"[^>]*\/>/, ""));
    expect(entryText(out, "[Content_Types].xml")).toBe(entryText(zipEntries(input), "[Content_Types].xml").replace(/<Override PartName="\/xl\/calcChain.xml"[^>]*\/>/, ""));
  });

  it("changes each sheet part only inside the cells it edits", () => {
    const before = zipEntries(input);
    const after = zipEntries(output);
    const parts = sheetParts(before);
    for (const fix of fixes) {
      const part = parts.get(fix.sheet) as string;
      const edited = new Set(fix.edits.map((e) => e.address));
      const old = entryText(before, part);
      const now = entryText(after, part);
      expect(now).not.toBe(old);
      expect(withoutCells(now, edited)).toBe(withoutCells(old, edited));
    }
    expect(entryText(after, parts.get("说明") as string)).toBe(entryText(before, parts.get("说明") as string));
  });

  it("asks Excel for a full calculation on load, and changes nothing else in workbook.xml", () => {
    const now = entryText(zipEntries(output), "xl/workbook.xml");
    expect(now).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
    expect(now.replace(' fullCalcOnLoad="1"', "")).toBe(entryText(zipEntries(input), "xl/workbook.xml"));
  });

  it("writes the formula with its cached result, t=\"str\" for a '/' result, and a count as a number", () => {
    const parts = sheetParts(zipEntries(output));
    const published = entryText(zipEntries(output), parts.get("附件1") as string);
    expect(cellXml(published, "L6")).toMatch(/^<c r="L6" s="\d+"><f>IF\(N\(J6\)=0,&quot;\/&quot;,N\(K6\)\/N\(J6\)\)<\/f><v>0\.91566265060240\d*<\/v><\/c>$/);
    expect(cellXml(published, "I12")).toMatch(/^<c r="I12" s="\d+" t="str"><f>IF\(N\(F12\)=0,&quot;\/&quot;,\(N\(G12\)\+N\(H12\)\)\/N\(F12\)\)<\/f><v>\/<\/v><\/c>$/);
    expect(cellXml(published, "B15")).toBe('<c r="B15"><f>SUM(B5:B14)</f><v>3157</v></c>');
    expect(cellXml(published, "S15")).toBe(cellXml(entryText(zipEntries(input), parts.get("附件1") as string), "S15"));
    const messy = entryText(zipEntries(output), parts.get("附件1（填报）") as string);
    // 张家港's 申请 102 was typed "102 " (every third count is text in the messy copy).
    expect(cellXml(messy, "D6")).toBe('<c r="D6"><v>102</v></c>');
  });

  it("gives rates typed as text a 0.0% format cloned from their own style, and keeps cells already showing a percent", () => {
    const before = zipEntries(input);
    const after = zipEntries(output);
    const parts = sheetParts(after);
    const styles = entryText(after, "xl/styles.xml");
    const oldL6 = cellXml(entryText(before, parts.get("附件1") as string), "L6");
    const newL6 = cellXml(entryText(after, parts.get("附件1") as string), "L6");
    const oldXf = xfOf(styles, Number(/ s="(\d+)"/.exec(oldL6)?.[1]));
    const newXf = xfOf(styles, Number(/ s="(\d+)"/.exec(newL6)?.[1]));
    expect(oldXf).toContain('fontId="1"');
    const id = /numFmtId="(\d+)"/.exec(newXf)?.[1];
    expect(styles).toContain(`<numFmt numFmtId="${id}" formatCode="0.0%"/>`);
    expect(newXf.replace(/numFmtId="\d+"/, "").replace(' applyNumberFormat="1"', "")).toBe(oldXf.replace(/numFmtId="\d+"/, ""));
    // The messy copy's rates are numbers formatted 0.0% already: their style stays.
    const messyPart = parts.get("附件1（填报）") as string;
    expect(/ s="\d+"/.exec(cellXml(entryText(after, messyPart), "L7"))?.[0]).toBe(/ s="\d+"/.exec(cellXml(entryText(before, messyPart), "L7"))?.[0]);
    // Styles only grow: every token of the input's styles.xml is still there, in order.
    expect(firstLostToken(entryText(before, "xl/styles.xml"), styles)).toBeNull();
  });

  it("reads back as the engine's figures, formulas included", async () => {
    const grids = await readXlsxBytes(output, "out.xlsx");
    for (const fix of fixes) {
      const grid = grids.find((g) => g.name === fix.sheet)!;
      for (const e of fix.edits) {
        const r = e.row - grid.origin.row;
        const c = e.col - grid.origin.col;
        expect({ cell: e.address, value: grid.values[r][c], formula: grid.formulas?.[r]?.[c] ?? null }).toEqual({ cell: e.address, value: e.value, formula: e.formula });
      }
    }
  });

  it("finds nothing more to change in its own output, and copies it unchanged", async () => {
    const again = fixCountTables(await readXlsxBytes(output, "out.xlsx"), profile).fixes;
    expect(again.flatMap((f) => f.edits)).toEqual([]);
    expect(again.flatMap((f) => f.keptTotals)).toEqual(fixes.flatMap((f) => f.keptTotals));
    expect(editCellsBytes(output, "out.xlsx", again.map((f) => ({ sheet: f.sheet, writes: f.edits })))).toBe(output);
  });
});

describe("editCellsBytes (what it refuses and where it writes)", () => {
  const write = { address: "B2", formula: "A2*2", value: 4, numberFormat: "0.0%" };
  let entries: Record<string, Uint8Array>;

  beforeAll(async () => {
    entries = unzipSync(await countTablesWorkbook());
  });

  const edit = (xmlEdits: Record<string, (xml: string) => string>, add: Record<string, string> = {}) => {
    const out: Record<string, Uint8Array> = { ...entries };
    for (const [name, f] of Object.entries(xmlEdits)) out[name] = strToU8(f(strFromU8(entries[name])));
    for (const [name, text] of Object.entries(add)) out[name] = strToU8(text);
    return zipSync(out);
  };
  const refusal = (bytes: Uint8Array): string => {
    try {
      editCellsBytes(bytes, "book.xlsx", [{ sheet: "说明", writes: [write] }]);
      return "written";
    } catch (err) {
      return err instanceof UserError ? err.key : String(err);
    }
  };

  it("refuses macros and protected sheets with its own messages, but not a protected workbook structure", () => {
    expect(refusal(edit({}, { "xl/vbaProject.bin": "x" }))).toBe("fix.macros");
    expect(refusal(edit({ "xl/worksheets/sheet5.xml": (x) => x.replace("</sheetData>", '</sheetData><sheetProtection sheet="1"/>') }))).toBe("fix.sheetProtected");
    expect(refusal(edit({ "xl/workbook.xml": (x) => x.replace("<bookViews>", '<workbookProtection lockStructure="1"/><bookViews>') }))).toBe("written");
  });

  it("inserts a cell its row lacks in column order, with a percent style", () => {
    const out = zipEntries(editCellsBytes(edit({}), "book.xlsx", [{ sheet: "说明", writes: [write] }]));
    const xml = entryText(out, "xl/worksheets/sheet5.xml");
    expect(xml).toMatch(/<row r="2"[^>]*><c r="A2"[^>]*><f>1\+1<\/f><v>2<\/v><\/c><c r="B2" s="\d+"><f>A2\*2<\/f><v>4<\/v><\/c><\/row>/);
  });

  it("adds a calcPr when workbook.xml has none", () => {
    const bytes = edit({ "xl/workbook.xml": (x) => x.replace(/<calcPr[^>]*\/>/, "") });
    const out = zipEntries(editCellsBytes(bytes, "book.xlsx", [{ sheet: "说明", writes: [write] }]));
    expect(entryText(out, "xl/workbook.xml")).toMatch(/<\/sheets>(?:<definedNames>[\s\S]*<\/definedNames>)?<calcPr fullCalcOnLoad="1"\/>/);
  });
});
