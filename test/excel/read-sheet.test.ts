import { ExcelPort } from "../../src/excel/excel-port";
import { FilePort } from "../../src/xlsx/port/file-port";
import { fakeFromXlsx } from "../fakes/excel/seed";
import { fakeHost } from "../fakes/excel/fake-host";
import { knownRosterBytes } from "../core/campaign/fixtures/known-roster";
import { countTablesWorkbook } from "../xlsx/package/fixtures/count-tables";

describe("ExcelPort.readSheet", () => {
  it.each(["1.7", "1.13"] as const)("reads the known roster to the file adapter's values at ExcelApi %s", async (level) => {
    const bytes = await knownRosterBytes();
    const fake = await fakeFromXlsx(bytes, { level });
    const file = new FilePort(bytes, "known.xlsx");
    const excel = new ExcelPort(fakeHost(fake));
    for (const s of await file.listSheets()) {
      const a = await excel.readSheet(s.name);
      const b = await file.readSheet(s.name);
      expect(a.values).toEqual(b.values);
      expect(a.origin).toEqual(b.origin);
    }
  });

  it("reads count tables with formulas and number formats and, at 1.13, merges", async () => {
    const bytes = await countTablesWorkbook();
    const fake = await fakeFromXlsx(bytes, { level: "1.13" });
    const file = new FilePort(bytes, "c.xlsx");
    const excel = new ExcelPort(fakeHost(fake));
    for (const s of await file.listSheets()) {
      const a = await excel.readSheet(s.name);
      const b = await file.readSheet(s.name);
      expect(a).toEqual(b);
    }
  });
});
