import type { RecognizedTable, RecognizedTableSummary, Slot } from "./types";

/** What recognition found in a table, as plain data for output: groups with their column letters, rows with their districts. */
export function summarizeTable(table: RecognizedTable): RecognizedTableSummary {
  return {
    sheet: table.sheet,
    attachment: table.attachment,
    headerRows: table.headerRows,
    labelColumn: table.labelColumn,
    groups: table.groups.map((g) => ({
      key: g.key,
      kind: g.kind,
      name: g.name,
      header: g.header,
      columns: Object.fromEntries(Object.entries(g.columns).map(([slot, c]) => [slot, c?.column])) as Partial<Record<Slot, string>>,
    })),
    districts: table.rows.map((r) => ({ row: r.row, label: r.label, district: r.district?.name ?? null })),
    totalsRow: table.totals?.row ?? null,
    unknownRows: table.rows.filter((r) => r.kind === "unknown").map((r) => ({ row: r.row, label: r.label })),
    unmatchedColumns: table.unmatchedColumns,
    missingDistricts: table.missingDistricts,
  };
}
