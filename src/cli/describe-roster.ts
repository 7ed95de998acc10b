import type { MappedColumn, NotRoster, RosterReadResult } from "../core/roster/types";
import type { CliIo } from "./io";

function target(c: MappedColumn, io: CliIo): string {
  if (c.role === "field" && c.field) return `${io.msg(`roster.field.${c.field}`)} (${c.field})`;
  if (c.role === "extra" && c.field) return c.field;
  if (c.role === "flag") return io.msg("roster.role.flag", { key: c.flagKey ?? "" });
  if (c.role === "index") return io.msg("roster.role.index");
  return io.msg("roster.role.ignored");
}

function describeMapping(result: RosterReadResult, io: CliIo): void {
  io.out(io.msg("inspect.roster.mapping"));
  for (const c of result.mapping.columns) {
    if (c.role === "unmapped" && c.confidence !== "override") continue;
    const confidence = c.confidence ? io.msg(`roster.confidence.${c.confidence}`) : "—";
    io.out(io.msg("inspect.roster.column", { column: c.column, header: c.header, target: target(c, io), confidence }));
  }
  const unmapped = result.mapping.unmapped.filter((c) => c.confidence !== "override");
  if (unmapped.length === 0) io.out(io.msg("inspect.roster.unmappedNone"));
  else io.out(io.msg("inspect.roster.unmapped", { list: unmapped.map((c) => `${c.column}「${c.header}」`).join("、") }));
}

/** Prints what roster reading saw in one sheet: the table, the mapping, the counts and any structural problem. */
export function describeRoster(result: RosterReadResult, io: CliIo): void {
  const { table } = result;
  const dataRange = table.dataRows ? `${table.dataRows[0]}–${table.dataRows[1]}` : io.msg("inspect.roster.noData");
  const merges = table.mergesKnown ? "" : io.msg("inspect.roster.valuesOnly");
  io.out(io.msg("inspect.roster.table", { headerFirst: table.headerRows[0], headerLast: table.headerRows[1], dataRange, merges }));
  const { title, reportingUnit, reportDate } = table.preamble;
  if (title || reportingUnit || reportDate) {
    io.out(io.msg("inspect.roster.preamble", { title: title ?? "—", unit: reportingUnit ?? "—", date: reportDate ?? "—" }));
  }
  describeMapping(result, io);
  if (result.sheetDistrict) {
    const { value, source } = result.sheetDistrict;
    io.out(io.msg("inspect.roster.sheetDistrict", { records: result.records.length, district: value, source: io.msg(`district.source.${source}`) }));
  }
  io.out(io.msg("inspect.roster.counts", { records: result.records.length, subtotals: result.subtotals.length, skipped: result.skipped.length }));
  for (const p of result.problems) io.out(io.msg("inspect.roster.problem", { message: io.msg(p.key, p.params) }));
}

/** Prints why a sheet is not read as a roster. */
export function describeNotRoster(skipped: NotRoster, io: CliIo): void {
  io.out(io.msg("inspect.roster.not", { reason: io.msg(skipped.reason, skipped.params) }));
}
