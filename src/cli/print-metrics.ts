import type { ComplianceRow } from "../core/metrics/compliance";
import type { IndicatorRow } from "../core/metrics/indicator-row";
import type { TableMetric } from "../core/tables";
import { formatRate, formatTable } from "./format-table";
import type { CliIo } from "./io";

/** Prints metrics with compliance as an aligned table: district, category, counts, rates, target, ✓/✗, gap. */
export function printMetrics(metrics: readonly ComplianceRow[], io: CliIo): void {
  const header = ["district", "category", "base", "attained", "applying", "creationRate", "attainmentRate", "target", "met", "gap"].map((k) => io.msg(`metric.${k}`));
  const rows = metrics.map((m) => [
    m.district ?? io.msg("metric.total"),
    m.categoryName,
    String(m.base),
    String(m.attained),
    String(m.applying),
    formatRate(m.creationRate),
    formatRate(m.attainmentRate),
    m.target === null ? "" : m.targetKind === "rate" ? formatRate(m.target) : String(m.target),
    m.met === null ? "" : m.met ? "✓" : "✗",
    m.gap === null ? "" : String(m.gap),
  ]);
  formatTable(header, rows).forEach((line) => io.out(line));
}

/** Prints a count table's figures with compliance: district, category, counts, the stated rate, target, ✓/✗, gap. */
export function printTableMetrics(metrics: readonly TableMetric[], io: CliIo): void {
  const header = ["sheet", "district", "category", "base", "attained", "applying", "rate", "target", "met", "gap"].map((k) => io.msg(`metric.${k}`));
  const n = (v: number | null) => (v === null ? "" : String(v));
  const rows = metrics.map((m) => [
    m.sheet,
    m.district ?? io.msg("metric.total"),
    m.categoryName,
    n(m.base),
    n(m.attained),
    n(m.applying),
    formatRate(m.rate),
    m.target === null ? "" : m.targetKind === "rate" ? formatRate(m.target) : String(m.target),
    m.met === null ? "" : m.met ? "✓" : "✗",
    n(m.gap),
  ]);
  formatTable(header, rows).forEach((line) => io.out(line));
}

/** Prints indicators as a table: district, indicator (and sector), count, denominator, share, target, ✓/✗, gap, deadline, overdue. */
export function printIndicators(rows: readonly IndicatorRow[], io: CliIo): void {
  const keys = ["metric.district", "indicator.name", "indicator.count", "indicator.denominator", "indicator.rate", "metric.target", "metric.met", "metric.gap", "indicator.deadline", "indicator.overdue"];
  const n = (v: number | null) => (v === null ? "" : String(v));
  const lines = rows.map((r) => [
    r.district ?? io.msg("metric.total"),
    r.sectorName ? `${r.indicatorName}（${r.sectorName}）` : r.indicatorName,
    String(r.count),
    n(r.denominator),
    r.denominator === null ? "" : formatRate(r.rate),
    r.target === null ? "" : `${r.op && r.op !== ">=" ? r.op : ""}${r.targetKind === "rate" ? formatRate(r.target) : r.target}`,
    r.met === null ? "" : r.met ? "✓" : "✗",
    n(r.gap),
    r.by ?? "",
    r.overdue ? io.msg("indicator.overdue") : "",
  ]);
  io.out(io.msg("indicator.heading"));
  formatTable(keys.map((k) => io.msg(k)), lines).forEach((line) => io.out(line));
}
