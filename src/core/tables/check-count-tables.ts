import { checkTable } from "../checks/table-rules";
import type { Finding } from "../finding/finding";
import type { Grid } from "../grid/grid";
import type { Profile } from "../profile/schema";
import { isNotATable, recognizeCountTable } from "./recognize";
import { summarizeTable } from "./summarize";
import { tableMetrics } from "./table-metrics";
import type { NotATable, RecognizedTableSummary, TableMetric } from "./types";
import { appendAll } from "../collections/append-all";

/** Options of a table check: the reporting year whose targets apply. */
export interface CheckTablesOptions {
  year: number;
}

/** Everything a table check found: the tables it recognised, the sheets that are none (and why), findings, metrics. */
export interface CheckTablesResult {
  tables: RecognizedTableSummary[];
  notTables: Omit<NotATable, "notTable">[];
  findings: Finding[];
  metrics: TableMetric[];
}

/**
 * Recognises and checks every attachment-shaped count table among the grids. A sheet that holds
 * none is listed in notTables and also reported as an info finding under its reason, so a run over
 * the wrong workbook never ends in silence.
 */
export function checkCountTables(grids: readonly Grid[], profile: Profile, options: CheckTablesOptions): CheckTablesResult {
  const result: CheckTablesResult = { tables: [], notTables: [], findings: [], metrics: [] };
  for (const grid of grids) {
    const found = recognizeCountTable(grid, profile);
    if (isNotATable(found)) {
      result.notTables.push({ sheet: found.sheet, reason: found.reason, params: found.params });
      result.findings.push({ rule: found.reason, severity: "info", sheet: found.sheet, params: found.params });
      continue;
    }
    const metrics = tableMetrics(found, profile, options.year);
    result.tables.push(summarizeTable(found));
    appendAll(result.metrics, metrics);
    appendAll(result.findings, checkTable({ table: found, metrics, profile, year: options.year }));
  }
  return result;
}
