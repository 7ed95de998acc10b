import { checkWorkbook } from "../campaign/check-workbook";
import { districtResolver } from "../campaign/district-resolver";
import { membershipOf } from "../campaign/membership";
import type { Finding } from "../finding/finding";
import type { Grid } from "../grid/grid";
import { computeMetrics } from "../metrics/compute-metrics";
import type { District, Profile } from "../profile/schema";
import { cellAddress } from "../grid/address";
import { templateCountSheet } from "../template/count-sheet";
import { templateLayouts } from "../template/fill-in-layout";
import type { IsoDate } from "../roster/record";
import type { CheckTablesResult } from "../tables/check-count-tables";
import { districtUnit, singleDistrictProfile } from "../template/single-district";
import { readTemplateMarker, type TemplateMarker } from "../template/template-marker";
import { fileDistrict } from "./file-district";
import type { DistrictSource, StatedCounts, Submission } from "./submission";

/** One returned file as read: its name, its modification time, its sheets. */
export interface SubmissionInput {
  file: string;
  receivedAt: string;
  grids: readonly Grid[];
}

/** The period a consolidation runs for. */
export interface ConsolidatePeriod {
  year: number;
  asOf: IsoDate;
}

/**
 * Findings a single district's file always has and that say nothing there: the other districts'
 * rows are missing (consolidation reports districts not returned), its bases are not the city's
 * declared ones, one row needs no 合计, and a
 * template's targets column matches no category (it is there to be read, not checked).
 */
function isNoise(f: Finding, template: boolean): boolean {
  // A district's table never holds the city's base the notice declares, nor every district's row.
  if (f.rule === "table/missing-district" || f.rule === "base/declared-differs") return true;
  return template && (f.rule === "table/no-totals" || f.rule === "table/unmatched-column");
}

function statedCounts(profile: Profile, tables: CheckTablesResult, district: string): StatedCounts[] {
  const out: StatedCounts[] = [];
  for (const m of tables.metrics) {
    if (m.district !== district || out.some((s) => s.category === m.category)) continue;
    if (!profile.categories.some((c) => c.id === m.category)) continue;
    const group = tables.tables.find((t) => t.sheet === m.sheet)?.groups.find((g) => g.key === m.category);
    out.push({ category: m.category, base: m.base, attained: m.attained, applying: m.applying, hasBase: group?.columns.base !== undefined });
  }
  return out.some((s) => s.base !== null || s.attained !== null || (s.applying ?? 0) !== 0) ? out : [];
}

/**
 * The template's input cells by table sheet (as the sheets are now called): a blank cell the
 * district could not type into (an indicator's figure, a rate) is no finding of its return.
 */
function templateInputs(profile: Profile, marker: TemplateMarker, unit: District): Set<string> {
  const tables = marker.sheets.filter((s) => s.role === "table");
  const out = new Set<string>();
  templateLayouts(profile).forEach((layout, i) => {
    const sheet = tables[i]?.name;
    if (sheet === undefined) return;
    for (const c of templateCountSheet({ profile, layout, year: marker.year, unit, name: sheet }).inputs) out.add(`${sheet}!${cellAddress(c.row, c.col)}`);
  });
  return out;
}

function templateGrids(grids: readonly Grid[], marker: TemplateMarker): readonly Grid[] {
  const wanted = new Set(marker.sheets.filter((s) => s.role !== "instructions").map((s) => s.name));
  return grids.filter((g) => wanted.has(g.name));
}

/**
 * Reads one returned file for the city: a template (by its hidden marker, whatever the file or sheets
 * are now called), a count table in an attachment's layout, a roster, or several of them. Every
 * existing rule runs on it; its findings carry the file's name. Only counts and enterprises are kept.
 */
export function readSubmission(input: SubmissionInput, profile: Profile, period: ConsolidatePeriod): Submission {
  const marker = readTemplateMarker(input.grids);
  const own: Finding[] = [];
  let readProfile = profile;
  let grids = input.grids;
  let district: string | null = null;
  let via: DistrictSource = "none";
  let unitOf: District | null = null;
  if (marker) {
    if (marker.profile !== profile.id || marker.year !== period.year) {
      own.push({ rule: "consolidate/other-profile", severity: "error", params: { file: input.file, profile: marker.profile, year: marker.year, expected: profile.id, expectedYear: period.year } });
    }
    const unit = districtUnit(profile, marker.district);
    unitOf = unit;
    if (unit) {
      readProfile = singleDistrictProfile(profile, unit);
      district = unit.name;
      via = "marker";
    } else own.push({ rule: "consolidate/unknown-district", severity: "error", params: { file: input.file, district: marker.district } });
    grids = templateGrids(input.grids, marker);
  }
  const checked = checkWorkbook(grids, readProfile, period);
  const records = checked.rosters.read.rosters.flatMap((r) => r.records);
  if (!marker) ({ district, via } = fileDistrict(profile, grids, checked.tableMetrics, records));
  if (via === "none") own.push({ rule: "consolidate/no-district", severity: "error", params: { file: input.file } });

  const stated = district === null ? [] : statedCounts(profile, checked.tables, district);
  const resolver = districtResolver(profile);
  const districtOf = (text: string | null) => resolver.nameOf(text) ?? district;
  const rosterRows = computeMetrics({
    records,
    categories: profile.categories,
    membership: membershipOf(profile),
    districtOf: (r) => districtOf(r.district),
    districts: district ? [district] : [],
    ...period,
  }).filter((r) => r.district !== null);
  const enterprises = records.flatMap((r) => {
    const d = districtOf(r.district);
    return r.uscc && d ? [{ uscc: r.uscc, name: r.name ?? "", district: d, sheet: r.sheet, row: r.row }] : [];
  });
  const inputs = marker && unitOf ? templateInputs(profile, marker, unitOf) : null;
  const blankOutsideInputs = (f: Finding) => inputs !== null && f.rule === "cell/blank" && !inputs.has(`${f.sheet}!${f.cell}`);
  const findings = [...own, ...checked.findings.filter((f) => !isNoise(f, marker !== null) && !blankOutsideInputs(f))].map((f) => ({ ...f, file: input.file }));
  return {
    file: input.file,
    receivedAt: input.receivedAt,
    district,
    via,
    tableSheets: stated.length > 0 ? [...new Set(checked.tableMetrics.filter((m) => m.district === district).map((m) => m.sheet))] : [],
    stated,
    rosterRecords: records.length,
    rosterRows: records.length > 0 ? rosterRows : [],
    enterprises,
    findings,
  };
}
