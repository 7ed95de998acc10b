import { readFileSync } from "fs";
import { intoCopyBytes } from "../../../src/xlsx/package";
import { readXlsxBytes } from "../../../src/xlsx/read-bytes";
import { richFixture } from "./fixtures/libreoffice";
import { entryText, zipEntries } from "./fixtures/package-diff";
import { summarySpec } from "./fixtures/summary-spec";
import { strToU8, zipSync } from "fflate";

const specs = () => [summarySpec(), summarySpec("合规情况", "compliance")];
const markers = (workbook: string) => [...workbook.matchAll(/name="(anbiao\.gen\.[^"]+)"/g)].map((m) => m[1]);

describe("intoCopyBytes (running into-copy on its own output)", () => {
  let input: Uint8Array;
  let once: Uint8Array;
  let twice: Uint8Array;

  beforeAll(async () => {
    input = new Uint8Array(readFileSync(richFixture()));
    once = await intoCopyBytes(input, "rich.xlsx", specs());
    twice = await intoCopyBytes(once, "copy.xlsx", specs());
  });

  it("replaces the generated sheets instead of adding them again", async () => {
    const names = (await readXlsxBytes(twice, "twice.xlsx")).map((g) => g.name);
    expect(names).toEqual(["花名册", "汇总", "透视", "参数", "附件1", "附件1(2)", "合规情况"]);
    expect(markers(entryText(zipEntries(twice), "xl/workbook.xml"))).toEqual(["anbiao.gen.demo.attachment_1", "anbiao.gen.demo.compliance"]);
  });

  it("keeps the user's sheet named like a generated one untouched", async () => {
    const sheet5 = "xl/worksheets/sheet5.xml";
    expect(entryText(zipEntries(twice), sheet5)).toBe(entryText(zipEntries(input), sheet5));
    const user = (await readXlsxBytes(twice, "twice.xlsx")).find((g) => g.name === "附件1");
    expect(user?.values).toEqual([["用户自己的附件1，不得改动"]]);
  });

  it("comes out the same as the first copy: same parts, no growth of styles or tables", () => {
    const a = zipEntries(once);
    const b = zipEntries(twice);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    // Entries of the list parts are removed and added again, so only their order may differ.
    const entries = (xml: string) => [...xml.matchAll(/<(?:Override|Relationship|sheet|definedName)\b[^>]*>[^<]*/g)].map((m) => m[0]).sort();
    const lists = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"];
    for (const name of a.keys()) {
      const [x, y] = [entryText(a, name), entryText(b, name)];
      expect({ name, same: lists.includes(name) ? JSON.stringify(entries(x)) === JSON.stringify(entries(y)) : x === y }).toEqual({ name, same: true });
    }
  });

  it("writes the new content over an earlier generated sheet in its place", async () => {
    const changed = specs();
    const cell = changed[0].cells.find((c) => c.row === 3 && c.col === 2);
    if (cell) cell.value = 41;
    const grids = await readXlsxBytes(await intoCopyBytes(once, "copy.xlsx", changed), "x");
    const sheet = grids.find((g) => g.name === "附件1(2)");
    expect(sheet?.values[3 - (sheet?.origin.row ?? 1)][1]).toBe(41);
    expect(grids).toHaveLength(7);
  });

  it("drops a calculation chain that lists the replaced sheets' cells (Excel rebuilds it)", async () => {
    const entries = Object.fromEntries(zipEntries(once));
    const rels = entryText(zipEntries(once), "xl/_rels/workbook.xml.rels");
    const types = entryText(zipEntries(once), "[Content_Types].xml");
    const calcType = "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml";
    entries["xl/calcChain.xml"] = strToU8('<?xml version="1.0"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="D3" i="6"/></calcChain>');
    entries["xl/_rels/workbook.xml.rels"] = strToU8(rels.replace("</Relationships>", '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'));
    entries["[Content_Types].xml"] = strToU8(types.replace("</Types>", `<Override PartName="/xl/calcChain.xml" ContentType="${calcType}"/></Types>`));
    const out = zipEntries(await intoCopyBytes(zipSync(entries), "copy.xlsx", specs()));
    expect(out.has("xl/calcChain.xml")).toBe(false);
    expect(entryText(out, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(entryText(out, "[Content_Types].xml")).not.toContain("calcChain");
  });
});
