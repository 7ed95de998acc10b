/**
 * Issue 17, defect 8 and its sibling: the lossless copy does work linear in what a workbook holds.
 * 100,000 defined names once took 150 s (each name searched the rest of workbook.xml's tags for its
 * close), and a generated sheet of many in-workbook links once took minutes (each link rewrote the
 * whole sheet's XML). The assertions are on what comes out: every name and every link kept.
 */
import { strFromU8, unzipSync } from "fflate";
import { intoCopyBytes } from "../../../src/xlsx/package";
import { unzipPackage } from "../../../src/xlsx/package/unzip-package";
import { readWorkbookPart } from "../../../src/xlsx/package/read-workbook-part";
import { emptySheetSpec } from "../../../src/core/spec/spec";
import { plainRoster, rosterRow, rosterWorkbook } from "../../fuzz/fuzz-workbooks";
import { summarySpec } from "./fixtures/summary-spec";

const NAMES = 100_000;
const namesXml = Array.from({ length: NAMES }, (_, k) => `<definedName name="N${k}">台账!$A$${(k % 1000) + 1}</definedName>`).join("");
const manyNames = rosterWorkbook([1, 2, 3, 4].map(rosterRow), { definedNames: namesXml });

describe("into-copy at scale (issue 17)", () => {
  it("defect 8: reads 100,000 defined names, each with its own formula and span", () => {
    const pkg = unzipPackage(manyNames, "names.xlsx");
    const wb = readWorkbookPart(pkg, "xl/workbook.xml");
    expect(wb.names).toHaveLength(NAMES);
    for (const k of [0, 1, 999, 1000, 54321, NAMES - 1]) {
      const n = wb.names[k];
      expect({ name: n.name, formula: n.formula, xml: wb.xml.slice(n.start, n.end) }).toEqual({
        name: `N${k}`, formula: `台账!$A$${(k % 1000) + 1}`, xml: `<definedName name="N${k}">台账!$A$${(k % 1000) + 1}</definedName>`,
      });
    }
  }, 60_000);

  it("defect 8: a copy of a workbook with 100,000 defined names keeps every one of them beside the added sheet's", async () => {
    const out = unzipSync(await intoCopyBytes(manyNames, "names.xlsx", [summarySpec()]));
    const workbook = strFromU8(out["xl/workbook.xml"]);
    const kept = new Set([...workbook.matchAll(/<definedName name="N(\d+)">台账!\$A\$(\d+)<\/definedName>/g)].filter((m) => Number(m[2]) === (Number(m[1]) % 1000) + 1).map((m) => m[1]));
    expect(kept.size).toBe(NAMES);
    expect(workbook).toMatch(/<sheet name="附件1" /);
  }, 60_000);

  it("a generated sheet of 20,000 in-workbook links is copied with every link a location and none left pointing at a relationship", async () => {
    const LINKS = 20_000;
    const spec = emptySheetSpec("问题清单", { generator: "anbiao", kind: "findings", profile: "demo", key: "findings" });
    for (let r = 1; r <= LINKS; r++) spec.cells.push({ row: r, col: 1, value: `第 ${r} 行`, link: `#'台账'!B${r}` });
    const out = unzipSync(await intoCopyBytes(plainRoster(5), "roster.xlsx", [spec]));
    const sheetName = Object.keys(out).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).sort().pop() as string;
    const sheet = strFromU8(out[sheetName]);
    const links = [...sheet.matchAll(/<hyperlink\b[^>]*\/>/g)].map((m) => m[0]);
    expect(links).toHaveLength(LINKS);
    expect(links.filter((l) => /\sr:id=/.test(l))).toEqual([]);
    const locations = new Set(links.map((l) => /location="([^"]*)"/.exec(l)?.[1]));
    expect(locations.size).toBe(LINKS);
    expect(locations.has("'台账'!B20000")).toBe(true);
    expect(out[sheetName.replace("worksheets/", "worksheets/_rels/") + ".rels"]).toBeUndefined();
  }, 120_000);
});
