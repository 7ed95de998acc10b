import type { ComplianceRow } from "../core/metrics/compliance";
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
