import ExcelJS from "exceljs";
import { nodeUtf8Slicer } from "../../../src/xlsx/lean/node-utf8";
import { installUtf8Slicer } from "../../../src/xlsx/lean/xml-bytes";
import { readXlsxLean } from "../../../src/xlsx/lean/read-xlsx-lean";
import { handWorkbook, workbookBytes } from "./fixture-workbooks";

const reference = new TextDecoder("utf-8", { ignoreBOM: true });
const hex = (...bytes: number[]): Uint8Array => Uint8Array.from(bytes);

describe("Node's UTF-8 slicer", () => {
  const slice = nodeUtf8Slicer;
  afterEach(() => installUtf8Slicer(null));

  it("exists on this Node", () => {
    expect(typeof slice).toBe("function");
  });

  it("decodes every tricky sequence as TextDecoder does: BOMs, 4-byte characters, overlong, truncated, surrogates, stray bytes", () => {
    const cases: Uint8Array[] = [
      new TextEncoder().encode("\uFEFF苏州工业园区"), // a leading BOM is text, kept
      new TextEncoder().encode("企业\uFEFF名称"),
      new TextEncoder().encode("𠀀😀é苏"),
      hex(0xc0, 0xaf), // overlong "/"
      hex(0xe8, 0x8b), // a character cut short
      hex(0xed, 0xa0, 0x80), // an encoded surrogate
      hex(0x80, 0x41, 0xbf), // stray continuation bytes around "A"
      hex(0xf5, 0xff, 0xfe, 0x41),
      hex(0xf0, 0x9f, 0x98), // a 4-byte character cut short
      hex(0x41, 0x00, 0x42), // NUL inside
    ];
    for (const bytes of cases) expect([...bytes, slice!(bytes, 0, bytes.length)]).toEqual([...bytes, reference.decode(bytes)]);
  });

  it("decodes sub-ranges of a larger buffer, and a view that starts inside its buffer, as TextDecoder does", () => {
    let seed = 7;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const pool = [0x41, 0x3c, 0xe8, 0x8b, 0x8f, 0xf0, 0x9f, 0x98, 0x80, 0xef, 0xbb, 0xbf, 0xc3, 0xa9, 0x80, 0xff];
    const big = Uint8Array.from({ length: 4096 }, () => pool[next(pool.length)]);
    const view = big.subarray(101, 3000);
    for (let k = 0; k < 3000; k++) {
      const from = next(view.length), to = from + 1 + next(Math.min(40, view.length - from));
      expect(slice!(view, from, to)).toBe(reference.decode(view.subarray(from, to)));
    }
  });

  it("reads a workbook's text, a leading U+FEFF kept, exactly as the portable decoder and ExcelJS do", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("台账");
    ws.addRow(["\uFEFF企业名称", "𠀀😀 苏州", "常熟\uFEFF"]);
    const bytes = await workbookBytes(wb);
    const inline = handWorkbook({ sheets: [{ name: "台账", sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>\uFEFF无</t></is></c><c r="B1" t="str"><v>\uFEFF1</v></c></row>' }] });
    const portable = [readXlsxLean(bytes, "a.xlsx")[0].values, readXlsxLean(inline, "b.xlsx")[0].values];
    installUtf8Slicer(slice);
    const node = [readXlsxLean(bytes, "a.xlsx")[0].values, readXlsxLean(inline, "b.xlsx")[0].values];
    expect(node).toEqual(portable);
    expect(portable[0]).toEqual([["\uFEFF企业名称", "𠀀😀 苏州", "常熟\uFEFF"]]);
    expect(portable[1]).toEqual([["\uFEFF无", "\uFEFF1"]]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(back.getWorksheet("台账")!.getRow(1).values).toEqual([undefined, "\uFEFF企业名称", "𠀀😀 苏州", "常熟\uFEFF"]);
  });
});
