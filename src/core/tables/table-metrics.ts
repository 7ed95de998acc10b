import type { Profile } from "../profile/schema";
import { targetsFor, type Target } from "../profile/targets";
import { countCompliance, rateCompliance, type Compliance } from "./compliance";
import { allRows, countOf, rowFigures } from "./figures";
import { round4 } from "./rate-compare";
import type { ColumnGroup, RecognizedTable, TableMetric, TableRow } from "./types";

/** The target a row is held to: the profile's (the district's own where allocated), of the kind the table reports. */
function targetOf(profile: Profile, group: ColumnGroup, row: TableRow, year: number, wantCount: boolean): Target | null {
  const district = row.kind === "total" ? undefined : (row.district?.id ?? row.label);
  const targets = targetsFor(profile, group.key, year, district);
  return targets.find((t) => (t.kind === "count") === wantCount) ?? null;
}

/** The target the table itself states in a target column, when the profile has none. */
function statedTarget(row: TableRow, group: ColumnGroup, year: number): Target | null {
  const reading = row.cells[group.key]?.target?.reading;
  if (reading?.kind !== "number") return null;
  const kind = reading.percent ? "rate" : "count";
  return { kind, value: reading.value, op: ">=", basis: "cumulative", fromYear: year, scope: row.kind === "total" ? "city" : "district" };
}

function metricOf(profile: Profile, table: RecognizedTable, group: ColumnGroup, row: TableRow, year: number): TableMetric {
  const cells = row.cells[group.key] ?? {};
  const f = rowFigures(row, group);
  const actual = countOf(cells.actual?.reading);
  const stated = cells.rate?.reading.kind === "number" ? cells.rate.reading.value : null;
  const rate = f.exact ?? (f.noBase ? null : stated);
  // A table of actual counts beside count targets (Nantong's 一级/二级) is held to counts; otherwise to rates.
  const wantCount = cells.actual !== undefined && cells.base === undefined && cells.rate === undefined;
  const target = targetOf(profile, group, row, year, wantCount) ?? statedTarget(row, group, year);
  const counted = actual ?? f.counted;
  let compliance: Compliance = { met: null, gap: null };
  if (target?.kind === "rate") compliance = rateCompliance(target, rate, f.base, f.counted);
  else if (target?.kind === "count") compliance = countCompliance(target, counted);
  return {
    district: row.kind === "total" ? null : (row.district?.name ?? row.label),
    category: group.key,
    categoryName: group.name,
    base: f.base,
    attained: cells.actual !== undefined && cells.attained === undefined ? actual : f.attained,
    applying: cells.applying === undefined ? null : f.applying,
    rate: rate === null ? null : round4(rate),
    rateKind: group.rateKind,
    target: target?.value ?? null,
    targetKind: target?.kind ?? null,
    met: compliance.met,
    gap: compliance.gap,
    sheet: table.sheet,
    row: row.row,
  };
}

/**
 * Each row's figures per group with compliance against the year's targets: rates from the counts
 * (the stated rate only where the table has no counts), the district's own target where the notice
 * allocates one, the city's otherwise; the totals row (district null) against the city's target.
 */
export function tableMetrics(table: RecognizedTable, profile: Profile, year: number): TableMetric[] {
  return allRows(table).flatMap((row) => table.groups.map((group) => metricOf(profile, table, group, row, year)));
}
