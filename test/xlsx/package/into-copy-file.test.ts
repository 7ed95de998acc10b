import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { UserError } from "../../../src/core/errors";
import { intoCopyFile } from "../../../src/xlsx/package";
import { readXlsxFile } from "../../../src/xlsx/read-file";
import { craft, plainEntries } from "./fixtures/craft-package";
import { summarySpec } from "./fixtures/summary-spec";

async function keyOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (err instanceof UserError) return `${err.key} ${err.params.file}`;
    throw err;
  }
  return "no error";
}

describe("intoCopyFile (the CLI's --into-copy)", () => {
  let dir: string;
  let input: string;
  let original: Buffer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "anbiao-into-file-"));
    input = join(dir, "台账.xlsx");
    writeFileSync(input, craft(await plainEntries(), {}));
    original = readFileSync(input);
  });

  it("writes the copy with the generated sheet and leaves the input as it was", async () => {
    const out = join(dir, "带汇总.xlsx");
    await intoCopyFile(input, out, [summarySpec()]);
    expect((await readXlsxFile(out)).map((g) => g.name)).toEqual(["花名册", "附件1"]);
    expect(readFileSync(input).equals(original)).toBe(true);
  });

  it("refuses to write over the input, also when spelled another way", async () => {
    expect(await keyOf(intoCopyFile(input, input, [summarySpec()], { force: true }))).toBe(`package.outIsInput ${input}`);
    const other = join(dir, ".", "..", dir.split("/").pop() as string, "台账.xlsx");
    expect(await keyOf(intoCopyFile(input, other, [summarySpec()], { force: true }))).toBe(`package.outIsInput ${other}`);
    expect(readFileSync(input).equals(original)).toBe(true);
  });

  it("refuses an existing output unless forced", async () => {
    const out = join(dir, "已有.xlsx");
    writeFileSync(out, "keep me");
    expect(await keyOf(intoCopyFile(input, out, [summarySpec()]))).toBe(`package.outExists ${out}`);
    expect(readFileSync(out, "utf8")).toBe("keep me");
    await intoCopyFile(input, out, [summarySpec()], { force: true });
    expect((await readXlsxFile(out)).map((g) => g.name)).toEqual(["花名册", "附件1"]);
  });

  it("reports a missing input by name", async () => {
    const missing = join(dir, "没有.xlsx");
    expect(await keyOf(intoCopyFile(missing, join(dir, "x.xlsx"), [summarySpec()]))).toBe(`input.missing ${missing}`);
  });
});
