import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { analyzeRosters } from "../../../src/core/campaign/analyze-rosters";
import { cellAddress } from "../../../src/core/grid/address";
import { findBuiltinProfile } from "../../../src/core/profile";
import { DEFAULT_FONTS } from "../../../src/core/report/report-data";
import { buildSummarySheets } from "../../../src/core/report/summary-sheets";
import type { SheetSpec } from "../../../src/core/spec/spec";
import { readXlsxBytes } from "../../../src/xlsx/read-bytes";
import { newWorkbookBytes } from "../../../src/xlsx/write-workbook";
import { profileRosterBytes } from "../../cli/fixtures/profile-roster";
import { changshuRosterBytes } from "../metrics/fixtures/changshu-roster";
import { recalculateWithLibreOffice } from "./attachment/libreoffice";

/** A cached result no formula can give: if it survives, LibreOffice did not recalculate. */
const WRONG = -999;

/** The value a recalculated formula cell shows; ExcelJS reads a cached 0 or "" back as no result. */
function resultOf(value: ExcelJS.CellValue, expected: unknown): unknown {
  if (value === null || typeof value !== "object" || !("formula" in value)) return value;
  return value.result ?? (expected === "" ? "" : 0);
}

async function summarySheets(rosterBytes: Uint8Array, profileId: string, period = { asOf: "2022-10-01", year: 2022 }): Promise<SheetSpec[]> {
  const profile = findBuiltinProfile(profileId)!;
  const analysis = analyzeRosters(await readXlsxBytes(rosterBytes, "roster.xlsx"), profile, period);
  const { metrics, indicators, findings } = analysis;
  return buildSummarySheets({ profile, ...period, metrics, indicators, findings, findingsSource: { mode: "external", file: "roster.xlsx" }, fonts: DEFAULT_FONTS });
}

async function mismatchesAfterRecalc(specs: SheetSpec[]): Promise<{ formulas: number; mismatches: string[] }> {
  const sabotaged = specs.map((s) => ({ ...s, cells: s.cells.map((c) => (c.formula !== undefined ? { ...c, result: WRONG } : c)) }));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(recalculateWithLibreOffice(await newWorkbookBytes(sabotaged)) as unknown as ExcelJS.Buffer);
  const mismatches: string[] = [];
  let formulas = 0;
  for (const s of specs) {
    for (const c of s.cells.filter((x) => x.formula !== undefined)) {
      formulas++;
      const got = resultOf(wb.getWorksheet(s.name)!.getCell(c.row, c.col).value, c.result);
      const same = typeof c.result === "number" ? typeof got === "number" && Math.abs(got - c.result) < 1e-9 : got === c.result;
      if (!same) mismatches.push(`${s.name}!${cellAddress(c.row, c.col)} =${c.formula}: LibreOffice ${String(got)}, engine ${String(c.result)}`);
    }
  }
  return { formulas, mismatches };
}

describe("summary sheets recomputed by LibreOffice agree with the engine", () => {
  it("on the bundled Suzhou sample: attachments, compliance rates, ✓/✗ and gaps", async () => {
    const sample = new Uint8Array(readFileSync(join(__dirname, "..", "..", "..", "assets", "samples", "suzhou-roster.xlsx")));
    const { formulas, mismatches } = await mismatchesAfterRecalc(await summarySheets(sample, "suzhou-2022"));
    expect(formulas).toBeGreaterThan(400);
    expect(mismatches).toEqual([]);
  }, 180_000);

  it("on a Nantong roster: per-district count targets and their gaps", async () => {
    const profile = findBuiltinProfile("nantong-2018")!;
    const { formulas, mismatches } = await mismatchesAfterRecalc(await summarySheets(await profileRosterBytes(profile), profile.id));
    expect(formulas).toBeGreaterThan(50);
    expect(mismatches).toEqual([]);
  }, 180_000);

  it("on a Changshu roster: indicator shares, denominators summed from shown counts, ✓/✗ and gaps", async () => {
    const specs = await summarySheets(await changshuRosterBytes(), "changshu-2019", { asOf: "2019-12-31", year: 2019 });
    const compliance = specs.find((s) => s.marker.key === "compliance-indicators")!;
    // Every denominator is of shown counts: renewals over those due (梅李镇 3, 虞山街道 3, city 6), delistings
    // over renewals + reviews (2 + 2, 1 + 2, 3 + 4): formulas over their cells, in sheet order.
    const denominators = compliance.cells.filter((c) => c.col === 4 && c.formula !== undefined);
    expect(denominators.map((c) => c.result)).toEqual([3, 4, 3, 3, 6, 7]);
    const { formulas, mismatches } = await mismatchesAfterRecalc(specs);
    expect(formulas).toBeGreaterThan(40);
    expect(mismatches).toEqual([]);
  }, 180_000);
});
