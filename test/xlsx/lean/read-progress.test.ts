import ExcelJS from "exceljs";
import { readXlsxLean, type LeanProgress } from "../../../src/xlsx/lean/read-xlsx-lean";
import { throttledProgress } from "../../../src/taskpane/file/throttled-progress";
import { installChunkObserver } from "../../../src/xlsx/lean/part-stream";

/** A one-sheet workbook of `rows` data rows under a header, written by ExcelJS (which writes <dimension ref="A1:C{rows+1}">). */
async function rosterBytes(rows: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("台账");
  ws.addRow(["企业名称", "地区", "备注"]);
  for (let i = 0; i < rows; i++) ws.addRow([`企业${i}有限公司`, "吴江区", "这是一段较长的备注文字，用来让工作表的 XML 跨过多个解压块"]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("readXlsxLean onRows (standalone progress)", () => {
  it("reports rows read of the total the sheet's dimension claims, rising to the last row", async () => {
    const seen: LeanProgress[] = [];
    readXlsxLean(await rosterBytes(20_000), "roster.xlsx", { chunkBytes: 16 * 1024, onRows: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.every((p) => p.sheet === "台账" && p.totalRows === 20_001)).toBe(true);
    expect(seen.map((p) => p.rowsRead)).toEqual([...seen.map((p) => p.rowsRead)].sort((a, b) => a - b));
    expect(seen[seen.length - 1].rowsRead).toBe(20_001);
  });

  it("throttles to about a hundredth of the rows, always passing the last report", () => {
    const sent: number[] = [];
    const report = throttledProgress((p) => sent.push(p.rowsRead));
    for (let r = 1; r <= 10_000; r += 7) report({ sheet: "台账", rowsRead: r, totalRows: 10_000 });
    report({ sheet: "台账", rowsRead: 10_000, totalRows: 10_000 });
    expect(sent.length).toBeLessThanOrEqual(102);
    expect(sent.length).toBeGreaterThan(90);
    expect(sent[sent.length - 1]).toBe(10_000);
  });
});

describe("part-stream's chunk observer", () => {
  afterEach(() => installChunkObserver(null));

  it("runs after every inflated chunk of every part scanned, the sheet's just before each progress report", async () => {
    const events: string[] = [];
    installChunkObserver(() => events.push("chunk"));
    readXlsxLean(await rosterBytes(5_000), "roster.xlsx", { chunkBytes: 16 * 1024, onRows: () => events.push("rows") });
    const reports = events.filter((e) => e === "rows").length;
    expect(reports).toBeGreaterThan(3);
    events.forEach((e, i) => e === "rows" && expect(events[i - 1]).toBe("chunk"));
    // The shared strings are scanned chunk by chunk too, before the sheet, with no progress report.
    expect(events.filter((e) => e === "chunk").length).toBeGreaterThan(reports);
    expect(events[0]).toBe("chunk");
  });

  it("runs nothing once removed", async () => {
    let calls = 0;
    installChunkObserver(() => calls++);
    installChunkObserver(null);
    readXlsxLean(await rosterBytes(500), "roster.xlsx", { chunkBytes: 16 * 1024 });
    expect(calls).toBe(0);
  });
});
