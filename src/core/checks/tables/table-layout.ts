import type { Finding } from "../../finding/finding";
import type { RecognizedTable } from "../../tables/types";
import type { TableRule } from "./table-rule";

function tableFinding(table: RecognizedTable, rule: string, severity: Finding["severity"], at: { row?: number; column?: string }, params: Finding["params"]): Finding {
  const cell = at.row !== undefined && at.column ? `${at.column}${at.row}` : undefined;
  return { rule, severity, sheet: table.sheet, row: at.row, column: at.column, cell, params: { sheet: table.sheet, ...params } };
}

/**
 * What recognition could not place, so nothing goes unsaid: rows whose label names no district
 * (table/unknown-row, checked but not a district), a district given twice (table/duplicate-district),
 * the profile's districts with no row (table/missing-district), header columns mapped to nothing
 * (table/unmatched-column), and a missing totals row (table/no-totals).
 */
export const tableLayout: TableRule = {
  id: "table/layout",
  check({ table, profile }) {
    const out: Finding[] = [];
    for (const row of table.rows.filter((r) => r.kind === "unknown"))
      out.push(tableFinding(table, "table/unknown-row", "warning", { row: row.row, column: table.labelColumn }, { row: row.row, label: row.label }));
    for (const d of table.duplicateRows)
      out.push(tableFinding(table, "table/duplicate-district", "warning", { row: d.row, column: table.labelColumn }, { row: d.row, label: d.label, district: d.district }));
    if (table.missingDistricts.length > 0)
      out.push(tableFinding(table, "table/missing-district", "info", {}, { districts: table.missingDistricts.join("、"), count: table.missingDistricts.length }));
    for (const c of table.unmatchedColumns)
      out.push(tableFinding(table, "table/unmatched-column", "info", { row: table.headerRows[1], column: c.column }, { column: c.column, header: c.header }));
    const layout = profile.attachments?.find((a) => a.id === table.attachment?.id);
    if (!table.totals && layout?.totalsRow) out.push(tableFinding(table, "table/no-totals", "info", {}, { label: layout.totalsRow.label }));
    return out;
  },
};
