import { zipSync, strToU8 } from "fflate";
import { UserError } from "../../../src/core/errors";
import { readXlsxLean } from "../../../src/xlsx/lean/read-xlsx-lean";
import { readXlsxBytes } from "../../../src/xlsx/read-bytes";
import { readXlsxFile } from "../../../src/xlsx/read-file";
import { handWorkbook } from "./fixture-workbooks";

function errorOf(read: () => unknown): UserError {
  try {
    read();
  } catch (err) {
    if (err instanceof UserError) return err;
    throw err;
  }
  throw new Error("expected a UserError");
}

const good = handWorkbook({ sheets: [{ name: "S", sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' }] });

describe("readXlsxLean (unreadable input)", () => {
  it("reports an encrypted package or old .xls (CFB signature) as input.encrypted", () => {
    const cfb = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(errorOf(() => readXlsxLean(cfb, "locked.xlsx"))).toMatchObject({ key: "input.encrypted", params: { file: "locked.xlsx" } });
  });

  it("reports an empty file and a non-zip as input.notXlsx", () => {
    expect(errorOf(() => readXlsxLean(new Uint8Array(0), "empty.xlsx"))).toMatchObject({ key: "input.notXlsx", params: { detail: "empty file" } });
    expect(errorOf(() => readXlsxLean(strToU8("序号,企业名称\n1,苏州"), "roster.csv"))).toMatchObject({ key: "input.notXlsx", params: { detail: "no zip signature" } });
  });

  it("reports a zip without a workbook part as input.notXlsx", () => {
    const zip = zipSync({ "readme.txt": strToU8("not a workbook") });
    expect(errorOf(() => readXlsxLean(zip, "other.zip"))).toMatchObject({ key: "input.notXlsx", params: { file: "other.zip", detail: "no workbook part" } });
  });

  it("reports a truncated zip as input.corrupt at every cut", () => {
    for (const keep of [10, 100, Math.floor(good.length / 2), good.length - 30, good.length - 1]) {
      const e = errorOf(() => readXlsxLean(good.subarray(0, keep), "cut.xlsx"));
      expect(e.key).toBe("input.corrupt");
      expect(e.params.file).toBe("cut.xlsx");
    }
  });

  it("reports damaged compressed data as input.corrupt, naming the part", () => {
    const damaged = good.slice();
    // Overwrite the middle of the stored parts (the central directory at the end stays intact).
    for (let i = 60; i < damaged.length - 400; i += 3) damaged[i] = 0xff;
    const e = errorOf(() => readXlsxLean(damaged, "bad.xlsx"));
    expect(e.key).toBe("input.corrupt");
    expect(String(e.params.detail)).toMatch(/zip/);
  });

  it("keeps the same mapping through readXlsxBytes and readXlsxFile", async () => {
    await expect(readXlsxBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), "x.xlsx")).rejects.toMatchObject({ key: "input.encrypted" });
    await expect(readXlsxFile("/no/such/roster.xlsx")).rejects.toMatchObject({ key: "input.missing" });
    await expect(readXlsxFile(__dirname)).rejects.toMatchObject({ key: "input.isDirectory" });
  });
});
