import ExcelJS from "exceljs";
import { inflateRawSync } from "zlib";
import { emptySheetSpec, type SheetSpec } from "../../../src/core/spec/spec";
import { newWorkbookBytes } from "../../../src/xlsx/write-workbook";
import { installChunkDeflater, portableChunkDeflater } from "../../../src/xlsx/package/chunk-deflate";
import { nodeChunkDeflater } from "../../../src/xlsx/node-chunk-deflate";

function spec(count: number): SheetSpec {
  const s = emptySheetSpec("表", { generator: "anbiao", kind: "details", key: "details" });
  s.cells.push({ row: 1, col: 1, value: "名称" }, { row: 1, col: 2, value: "行" });
  s.bulk = {
    top: 2,
    count,
    // Text XML must escape, text with outer spaces, a blank, numbers.
    row: (i) => [i % 3 === 0 ? ` A&B<${i}> ` : `企业${i}`, i % 5 === 0 ? null : i],
    links: [{ row: 2, col: 1, target: "#'表'!B3" }],
    autoFilter: { top: 1, left: 1, bottom: 1 + count, right: 2 },
  };
  return s;
}

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.getWorksheet("表")!;
}

describe("streamBulkRows (bulk rows streamed into a sheet part)", () => {
  afterEach(() => installChunkDeflater(portableChunkDeflater));

  it.each([
    ["portable", portableChunkDeflater],
    ["native", nodeChunkDeflater],
  ])("writes every row below the header, across chunk edges, with the %s deflater", async (_name, deflater) => {
    installChunkDeflater(deflater);
    const count = 4_321; // past two 2,000-row chunks
    const ws = await readBack(await newWorkbookBytes([spec(count)]));
    expect(ws.rowCount).toBe(1 + count);
    expect(ws.getCell(1, 1).value).toBe("名称");
    expect(ws.getCell(2, 1).value).toBe(" A&B<0> ");
    expect(ws.getCell(2, 2).value).toBeNull();
    expect(ws.getCell(3, 1).value).toBe("企业1");
    expect(ws.getCell(3, 2).value).toBe(1);
    expect(ws.getCell(count, 1).value).toBe(`企业${count - 2}`); // 4,319: not a multiple of 3
    expect(ws.autoFilter).toBe(`A1:B${1 + count}`);
  });

  it("native chunks concatenate into one deflate stream", () => {
    const pieces: Buffer[] = [];
    const d = nodeChunkDeflater((c) => pieces.push(Buffer.from(c)));
    const text = ["<row>一</row>", "<row>二</row>".repeat(1000), "<row>三</row>"];
    text.forEach((t, i) => d.push(new TextEncoder().encode(t), i === text.length - 1));
    expect(inflateRawSync(Buffer.concat(pieces)).toString("utf8")).toBe(text.join(""));
  });
});
