/**
 * Issue 17, defects 2, 6, 13 and 15: the zip and the grid are bounded by what the file holds.
 * Every input is built here from its parts (no stored binaries); sizes and offsets that the tests
 * patch are worked out from the zip format, not from the reader.
 */
import { zipSync, strToU8, unzipSync } from "fflate";
import { readXlsxLean } from "../../../../src/xlsx/lean/read-xlsx-lean";
import { listZipEntries } from "../../../../src/xlsx/lean/zip-archive";
import { unzipPackage } from "../../../../src/xlsx/package/unzip-package";
import { zipPackage } from "../../../../src/xlsx/package/zip-package";
import { UserError } from "../../../../src/core/errors";
import { t } from "../../../../src/core/i18n/translate";
import { handWorkbook } from "../fixture-workbooks";

function refusal(run: () => unknown): UserError {
  try {
    run();
  } catch (err) {
    if (err instanceof UserError) return err;
    throw err;
  }
  throw new Error("the workbook was read, not refused");
}

function oneSheet(sheetData: string, tail = ""): Uint8Array {
  return handWorkbook({ sheets: [{ name: "台账", sheetData, tail }] });
}

/** Offsets of the central-directory record of `name` in a zip (found by its signature and name). */
function centralRecord(zip: Uint8Array, name: string): number {
  const want = strToU8(name);
  for (let i = zip.length - 46; i >= 0; i--) {
    if (zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 1 && zip[i + 3] === 2) {
      const len = zip[i + 28] | (zip[i + 29] << 8);
      if (len === want.length && want.every((b, k) => zip[i + 46 + k] === b)) return i;
    }
  }
  throw new Error(`no central record for ${name}`);
}

function localData(zip: Uint8Array, name: string): number {
  const rec = centralRecord(zip, name);
  const local = zip[rec + 42] | (zip[rec + 43] << 8) | (zip[rec + 44] << 16) | (zip[rec + 45] << 24);
  return local + 30 + (zip[local + 26] | (zip[local + 27] << 8)) + (zip[local + 28] | (zip[local + 29] << 8));
}

const SHEET = "xl/worksheets/sheet1.xml";

describe("lean reader: the grid is sized by what a sheet holds (issue 17, defect 2)", () => {
  it("a value at A1 and one at XFD1048576 are refused at once with the limit named, not allocated", () => {
    const started = Date.now();
    const e = refusal(() => readXlsxLean(oneSheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>'), "far.xlsx"));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(e.key).toBe("input.overLimit");
    expect(e.params).toMatchObject({ detailKey: "limit.sheetArea", sheet: "台账", range: "A1:XFD1048576", cells: 1048576 * 16384, limit: 16_000_000 });
    expect(t(e.key, e.params, "zh-CN")).toContain("工作表“台账”的已用区域 A1:XFD1048576");
  });

  it("a merge A1:XFD1048576 over a small table is cut to the table's cells, not allocated", () => {
    const started = Date.now();
    const [grid] = readXlsxLean(oneSheet('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c></row>', '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'), "merge.xlsx");
    expect(Date.now() - started).toBeLessThan(5000);
    expect(grid.origin).toEqual({ row: 1, col: 1 });
    expect(grid.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 2 }]);
    expect(grid.values).toEqual([[1, null], [null, null]]);
  });

  it("a title merge a little wider than the data still widens the grid, as ExcelJS reads it", () => {
    const [grid] = readXlsxLean(oneSheet('<row r="1"><c r="A1"><v>1</v></c></row>', '<mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells>'), "title.xlsx");
    expect(grid.values).toEqual([[1, null, null, null]]);
  });

  it("one value at XFD in each of many rows holds one slot per row, and reads", () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>${i}</v></c></row>`).join("");
    const [grid] = readXlsxLean(oneSheet(rows), "right.xlsx");
    expect(grid.origin).toEqual({ row: 1, col: 16384 });
    expect(grid.values.length).toBe(2000);
    expect(grid.values[1999]).toEqual([1999]);
  });

  it("overlapping merges that would cost more than the sheet to clear are refused as damage", () => {
    const merges = Array.from({ length: 50 }, () => '<mergeCell ref="A1:J10"/>').join("");
    const e = refusal(() => readXlsxLean(oneSheet('<row r="1"><c r="A1"><v>1</v></c></row>', `<mergeCells>${merges}</mergeCells>`), "overlap.xlsx"));
    expect(e.params).toMatchObject({ detailKey: "damage.merge.overlap", sheet: "台账" });
  });

  it("a merge reference that cannot be a range is refused", () => {
    const e = refusal(() => readXlsxLean(oneSheet('<row r="1"><c r="A1"><v>1</v></c></row>', '<mergeCells><mergeCell ref="A1:B2_0"/></mergeCells>'), "m.xlsx"));
    expect(e.params).toMatchObject({ detailKey: "damage.xml.reference", ref: "A1:B2_0" });
  });
});

describe("lean reader: zip bombs and lying sizes stop early (issue 17, defect 6)", () => {
  it("defect 6: a small file whose sheet inflates past 100× its size (and the 64 MB floor) is refused before inflating", () => {
    const row = strToU8("<row/>");
    const xml = new Uint8Array(12_000_000 * row.length + 200); // 72 MB of sheet XML that deflates to well under 1 MB
    const head = strToU8("<worksheet><sheetData>"), tail = strToU8("</sheetData></worksheet>");
    xml.set(head);
    for (let i = 0; i < 12_000_000; i++) xml.set(row, head.length + i * row.length);
    const sheet = xml.subarray(0, head.length + 12_000_000 * row.length + tail.length);
    sheet.set(tail, head.length + 12_000_000 * row.length);
    const bytes = zipSync({ ...unzipSync(oneSheet("")), [SHEET]: [sheet, { level: 1 }] });
    expect(bytes.length).toBeLessThan(700_000);
    const started = Date.now();
    const e = refusal(() => readXlsxLean(bytes, "bomb.xlsx"));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(e.key).toBe("input.overLimit");
    expect(e.params).toMatchObject({ detailKey: "limit.totalBytes", ratio: 100, limit: "64" });
  });

  it("a part that inflates to more than its recorded size is stopped at that size and refused", () => {
    const bytes = oneSheet('<row r="1"><c r="A1"><v>1</v></c></row>');
    const rec = centralRecord(bytes, SHEET);
    bytes[rec + 24] = 20; bytes[rec + 25] = 0; bytes[rec + 26] = 0; bytes[rec + 27] = 0; // uncompressed size := 20
    const e = refusal(() => readXlsxLean(bytes, "liar.xlsx"));
    expect(e.params).toMatchObject({ detailKey: "damage.zip.size", part: SHEET });
  });

  it("a directory claiming more entries than the file can hold is refused without looping", () => {
    const bytes = oneSheet("");
    const eocd = bytes.length - 22;
    bytes[eocd + 8] = 0xfe; bytes[eocd + 9] = 0xff; bytes[eocd + 10] = 0xfe; bytes[eocd + 11] = 0xff;
    expect(refusal(() => readXlsxLean(bytes, "count.xlsx")).params).toMatchObject({ detailKey: "damage.zip.directory" });
  });
});

describe("zip integrity: CRC-32 is verified by every reader (issue 17, defect 13)", () => {
  function damagedStored(): Uint8Array {
    const parts = unzipSync(oneSheet('<row r="1"><c r="A1"><v>1234</v></c></row>'));
    const zip = zipSync(parts, { level: 0 });
    const at = localData(zip, SHEET) + new TextDecoder().decode(parts[SHEET]).indexOf("1234");
    zip[at] = "9".charCodeAt(0); // a stored "1234" becomes "9234": still well-formed XML, only the CRC knows
    return zip;
  }

  it("defect 13: the lean reader refuses an entry whose CRC-32 does not match, naming the part", () => {
    for (const options of [{}, { chunkBytes: 3 }]) {
      const e = refusal(() => readXlsxLean(damagedStored(), "crc.xlsx", options));
      expect(e.key).toBe("input.corrupt");
      expect(e.params).toMatchObject({ detailKey: "damage.zip.checksum", part: SHEET });
    }
  });

  it("defect 13: the package writer (fix-rates, --into-copy) refuses the same entry even when it only copies it", () => {
    const pkg = unzipPackage(damagedStored(), "crc.xlsx");
    const e = refusal(() => zipPackage(pkg));
    expect(e.params).toMatchObject({ detailKey: "damage.zip.checksum", part: SHEET });
  });

  it("the same entry deflated with a wrong recorded CRC is refused too", () => {
    const zip = oneSheet('<row r="1"><c r="A1"><v>1</v></c></row>');
    zip[centralRecord(zip, SHEET) + 16] ^= 0x01;
    expect(refusal(() => readXlsxLean(zip, "crc2.xlsx")).params).toMatchObject({ detailKey: "damage.zip.checksum", part: SHEET });
  });
});

describe("zip directory: exactly 65,535 entries (issue 17, defect 15)", () => {
  it("defect 15: a plain zip of 65,535 entries (count 0xFFFF, no zip64) is listed whole and its workbook read", () => {
    const parts: Record<string, Uint8Array> = { ...unzipSync(oneSheet('<row r="1"><c r="A1"><v>5</v></c></row>')) };
    const base = Object.keys(parts).length;
    for (let i = 0; base + i < 65535; i++) parts[`customXml/p${i}.txt`] = new Uint8Array(0);
    const zip = zipSync(parts, { level: 0 });
    const eocd = zip.length - 22;
    expect(zip[eocd + 10] | (zip[eocd + 11] << 8)).toBe(0xffff);
    expect(listZipEntries(zip).size).toBe(65535);
    expect(readXlsxLean(zip, "many.xlsx")[0].values).toEqual([[5]]);
  });
});

describe("damage messages: no English engine text in Chinese (issue 17)", () => {
  it("a truncated zip's Chinese message is all in Chinese apart from the file name", () => {
    const good = oneSheet('<row r="1"><c r="A1"><v>1</v></c></row>');
    const e = refusal(() => readXlsxLean(good.subarray(0, good.length - 10), "截断.xlsx"));
    const zh = t(e.key, e.params, "zh-CN");
    expect(zh).toBe("截断.xlsx 已损坏，无法读取：找不到 zip 目录的结尾（文件被截断，或不是 zip 文件）");
    expect(zh).not.toMatch(/central directory|truncated|not found/);
  });
});
