import { readFileSync } from "fs";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/core/campaign/check-workbook";
import type { Grid } from "../../src/core/grid/grid";
import { builtinProfiles, findBuiltinProfile } from "../../src/core/profile/builtin";
import type { Profile } from "../../src/core/profile/schema";
import { DEFAULT_FONTS } from "../../src/core/report/report-data";
import { buildSummarySheets } from "../../src/core/report/summary-sheets";
import { ExcelPort } from "../../src/excel/excel-port";
import type { WorkbookPort } from "../../src/port/workbook-port";
import { FilePort } from "../../src/xlsx/port/file-port";
import { fakeFromXlsx } from "../fakes/excel/seed";
import { fakeHost } from "../fakes/excel/fake-host";
import { attachment2RosterBytes } from "../cli/fixtures/attachment2-roster";
import { profileRosterBytes } from "../cli/fixtures/profile-roster";
import { knownRosterBytes } from "../core/campaign/fixtures/known-roster";
import { changshuRosterBytes } from "../core/metrics/fixtures/changshu-roster";
import { combined, countTable, instructions } from "../core/roster/fixtures/workbooks";
import { writeFixtureWorkbook } from "../core/roster/fixtures/sheet-fixture";
import { annex1, annex2 } from "../core/tables/fixtures/suzhou-seed";
import { addPublishedSheet } from "../core/tables/fixtures/suzhou-workbook";
import { countTablesWorkbook } from "../xlsx/package/fixtures/count-tables";
import { suzhouRosterBytes } from "./fixtures/suzhou-summary";

/** One CLI fixture with the campaign options its CLI test runs it with. */
interface Case {
  name: string;
  bytes: () => Promise<Uint8Array>;
  profile: string;
  asOf: string;
  year: number;
}

async function annexesBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  addPublishedSheet(wb, annex1());
  addPublishedSheet(wb, annex2());
  wb.addWorksheet("说明").getCell("A1").value = "本表由各板块填报";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const suzhou = { profile: "suzhou-2022", asOf: "2022-10-01", year: 2022 };
const CASES: Case[] = [
  { name: "known roster (check.test)", bytes: knownRosterBytes, ...suzhou },
  { name: "附件2 roster (check.test)", bytes: attachment2RosterBytes, ...suzhou },
  { name: "annex count tables (check.test)", bytes: annexesBytes, ...suzhou },
  { name: "count tables (fix-rates.test)", bytes: countTablesWorkbook, ...suzhou },
  { name: "roster + count table + notes (inspect.test)", bytes: async () => new Uint8Array(readFileSync(await writeFixtureWorkbook("inspect.xlsx", [combined, countTable, instructions]))), ...suzhou },
  { name: "Suzhou sample (inspect/summarize)", bytes: async () => suzhouRosterBytes(), ...suzhou },
  { name: "Changshu roster (check-indicators.test)", bytes: changshuRosterBytes, profile: "changshu-2019", asOf: "2020-01-10", year: 2019 },
  ...builtinProfiles.map((p) => ({ name: `${p.id} roster (summarize-profiles.test)`, bytes: () => profileRosterBytes(p), profile: p.id, asOf: "2022-10-01", year: 2022 })),
];

async function allGrids(port: WorkbookPort): Promise<Grid[]> {
  const names = (await port.listSheets()).map((s) => s.name);
  const grids: Grid[] = [];
  for (const name of names) grids.push(await port.readSheet(name));
  return grids;
}

function outcome(grids: Grid[], profile: Profile, c: Case) {
  const check = checkWorkbook(grids, profile, { asOf: c.asOf, year: c.year });
  const specs = check.rosters.read.rosters.length === 0 ? [] : buildSummarySheets({
    profile, year: c.year, asOf: c.asOf, metrics: check.rosterMetrics, indicators: check.rosterIndicators,
    findings: check.findings, findingsSource: { mode: "internal" }, fonts: DEFAULT_FONTS,
  });
  return { findings: check.findings, rosterMetrics: check.rosterMetrics, rosterIndicators: check.rosterIndicators, tableMetrics: check.tableMetrics, specs };
}

describe("parity: the fake Excel through ExcelPort gives what the file adapter gives", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s: findings, metrics and sheet specs are equal at ExcelApi 1.13 and 1.7 (no merges read)", async (_name, c) => {
    const profile = findBuiltinProfile(c.profile) as Profile;
    const bytes = await c.bytes();
    const viaFile = outcome(await allGrids(new FilePort(bytes, "fixture.xlsx")), profile, c);
    expect(viaFile.findings.length + viaFile.tableMetrics.length + viaFile.rosterMetrics.length).toBeGreaterThan(0);
    for (const level of ["1.13", "1.7"] as const) {
      const viaExcel = outcome(await allGrids(new ExcelPort(fakeHost(await fakeFromXlsx(bytes, { level })))), profile, c);
      expect({ level, ...viaExcel }).toEqual({ level, ...viaFile });
    }
  });
});
