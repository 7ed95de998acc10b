import { ExcelPort } from "../../src/excel/excel-port";
import type { SheetSpec } from "../../src/core/spec/spec";
import { FakeExcel, type FakeLevel } from "../fakes/excel/fake-excel";
import { fakeHost } from "../fakes/excel/fake-host";
import { suzhouSummarySpecs } from "./fixtures/suzhou-summary";

/** Every sheet of the fake as plain data (values, formulas, formats, styles, links, merges, sizes, markers). */
function stateOf(fake: FakeExcel) {
  return fake.model.sheets.map((s) => ({
    name: s.name, rows: s.rows, formulas: [...s.formulas], numberFormats: [...s.numberFormats], styles: [...s.styles], links: [...s.links],
    merges: s.merges, customProperties: [...s.customProperties], columnWidths: [...s.columnWidths], rowHeights: [...s.rowHeights], freeze: s.freeze,
  }));
}

function userWorkbook(level: FakeLevel, payloadBytes?: number): FakeExcel {
  const fake = new FakeExcel({ level, ...(payloadBytes ? { limits: { payloadBytes } } : {}) });
  fake.seedGrid({ name: "台账", origin: { row: 1, col: 1 }, values: [["企业名称"], ["甲公司"]] });
  return fake;
}

let specs: SheetSpec[];
beforeAll(async () => {
  specs = await suzhouSummarySpecs();
});

describe("ExcelPort.writeSheets at a host payload limit below its batches", () => {
  it.each(["1.7", "1.13"] as const)("at a 40 KB limit writes exactly what it writes at 5 MB, every applied request under 40 KB (ExcelApi %s)", async (level) => {
    const roomy = userWorkbook(level);
    await new ExcelPort(fakeHost(roomy)).writeSheets(specs);
    // The summary is larger than one 40 KB request: the test would prove nothing otherwise.
    expect(Math.max(...roomy.syncs.map((s) => s.requestBytes))).toBeGreaterThan(40 * 1024);
    const tight = userWorkbook(level, 40 * 1024);
    const result = await new ExcelPort(fakeHost(tight)).writeSheets(specs);
    expect(result.written.map((w) => w.name)).toEqual(specs.map((s) => s.name));
    expect(stateOf(tight)).toEqual(stateOf(roomy));
    // Refused requests are recorded too (Excel rejects them whole); the applied ones stayed under the limit.
    const refused = tight.syncs.filter((s) => s.requestBytes > 40 * 1024);
    expect(refused.length).toBeGreaterThan(0);
    expect(tight.syncs.length - refused.length).toBeGreaterThan(roomy.syncs.length);
  });

  it("fails with Excel's error when a single call is larger than the limit and cannot be cut", async () => {
    // One sheet name step is ~60 bytes: a 10-byte limit refuses even that.
    const fake = userWorkbook("1.13", 10);
    await expect(new ExcelPort(fakeHost(fake)).writeSheets([specs[0]])).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });
});
