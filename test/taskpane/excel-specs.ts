import { analyzeRosters } from "../../src/core/campaign/analyze-rosters";
import { cellAddress } from "../../src/core/grid/address";
import type { Grid } from "../../src/core/grid/grid";
import { findBuiltinProfile } from "../../src/core/profile/builtin";
import type { Profile } from "../../src/core/profile/schema";
import { DEFAULT_FONTS } from "../../src/core/report/report-data";
import { buildSummarySheets } from "../../src/core/report/summary-sheets";
import type { SheetSpec } from "../../src/core/spec/spec";
import { readXlsxBytes } from "../../src/xlsx/read-bytes";
import { collectInputs, localTime } from "../../src/cli/collect-inputs";
import { citySheets } from "../../src/core/consolidate/city-sheets";
import { consolidate } from "../../src/core/consolidate/consolidate";
import type { SkippedFile } from "../../src/core/consolidate/skipped-file";
import { readReturns } from "../../src/cli/read-returns";
import { districtUnits } from "../../src/core/profile/districts";
import { basename, join } from "path";

/** The campaign a fixture is checked with (the CLI's --profile, --as-of, --year). */
export interface FixtureCampaign {
  profile: string;
  asOf: string;
  year: number;
}

const EPOCH_1900 = Date.UTC(1899, 11, 30);

/** The sheets `anbiao summarize --into-copy` builds for these bytes: the same reader, analysis and builder the CLI command calls. */
export async function cliIntoCopySpecs(bytes: Uint8Array, label: string, c: FixtureCampaign): Promise<SheetSpec[]> {
  const profile = findBuiltinProfile(c.profile) as Profile;
  const analysis = analyzeRosters(await readXlsxBytes(bytes, label), profile, { asOf: c.asOf, year: c.year });
  return buildSummarySheets({
    profile, year: c.year, asOf: c.asOf, metrics: analysis.metrics, indicators: analysis.indicators,
    findings: analysis.findings, findingsSource: { mode: "internal" }, fonts: DEFAULT_FONTS,
  }, { charts: true });
}

/** What a spec's cells must hold in Excel: "r,c" → "=formula" or the constant (dates as serials, a text starting "=" kept text). */
export function expectedCells(spec: SheetSpec): Map<string, string | number | boolean> {
  const out = new Map<string, string | number | boolean>();
  for (const c of spec.cells) {
    const key = `${c.row},${c.col}`;
    if (c.formula !== undefined) out.set(key, `=${c.formula}`);
    else if (c.value instanceof Date) out.set(key, (c.value.getTime() - EPOCH_1900) / 86_400_000);
    else if (typeof c.value === "string" && c.value.startsWith("=")) out.set(key, `'${c.value}`);
    else if (c.value !== null && c.value !== undefined && c.value !== "") out.set(key, c.value);
  }
  return out;
}

/** A1 of a 1-based cell. */
export function a1(row: number, col: number): string {
  return cellAddress(row, col);
}

/** The sheet, header row and column of the first header cell that reads `header` in any of the grids. */
export function findHeader(grids: readonly Grid[], header: string): { grid: Grid; row: number; col: number } {
  for (const grid of grids) {
    for (let i = 0; i < Math.min(grid.values.length, 20); i++) {
      const j = grid.values[i].findIndex((v) => typeof v === "string" && v.replace(/\s/g, "") === header);
      if (j >= 0) return { grid, row: grid.origin.row + i, col: grid.origin.col + j };
    }
  }
  throw new Error(`no header ${header} in ${grids.map((g) => g.name).join(", ")}`);
}

/**
 * The city sheets `anbiao consolidate DIR` builds for a folder of returns: the same input collection,
 * reading loop (readReturns), consolidation and builder the CLI command calls, in the same order.
 */
export async function cliConsolidateSpecs(dir: string, c: FixtureCampaign): Promise<SheetSpec[]> {
  const profile = findBuiltinProfile(c.profile) as Profile;
  const period = { year: c.year, asOf: c.asOf };
  const inputs = await collectInputs([dir], join(dir, "..", "not-an-input.xlsx"));
  const skipped: SkippedFile[] = inputs.skipped.map((k) => ({ file: basename(k.path), receivedAt: localTime(k.mtime), reason: { key: k.reason } }));
  const submissions = await readReturns(inputs.files, profile, period, "zh-CN");
  const result = consolidate(submissions, profile, period, districtUnits(profile).map((u) => u.name), skipped);
  return citySheets(result, profile, period, localTime(new Date()));
}
