import type { Lang, MessageParams } from "../../core/i18n/lang";
import { t } from "../../core/i18n/translate";
import type { MappedColumn } from "../../core/roster/types";
import type { CheckRun } from "./run-check";

/** What one sheet was read as, for the "sheets found" list: a catalog key with its parameters, and a roster's columns. */
export interface SheetReport {
  sheet: string;
  key: string;
  params: MessageParams;
  /** A roster's columns with a header, for the mapping editor; empty for other sheets. */
  columns: MappedColumn[];
}

/** Every sheet of a check in tab order: roster (records, subtotals, skipped), count table, or skipped with why. */
export function sheetReports(run: CheckRun): SheetReport[] {
  const { rosters, tables } = run.result;
  const out = new Map<string, SheetReport>();
  for (const r of rosters.read.rosters) {
    out.set(r.sheet, {
      sheet: r.sheet,
      key: "pane.sheets.roster",
      params: { sheet: r.sheet, records: r.records.length, subtotals: r.subtotals.length, skipped: r.skipped.length },
      columns: r.mapping.columns.filter((c) => c.path.length > 0),
    });
  }
  for (const tb of tables.tables) {
    out.set(tb.sheet, {
      sheet: tb.sheet,
      key: "pane.sheets.table",
      params: { sheet: tb.sheet, ...(tb.attachment ? { attachment: tb.attachment.label } : { attachmentKey: "check.read.tableUnknown" }), districts: tb.districts.length },
      columns: [],
    });
  }
  for (const s of tables.notTables) {
    if (out.has(s.sheet)) continue;
    const roster = rosters.read.skippedSheets.find((x) => x.sheet === s.sheet);
    out.set(s.sheet, { sheet: s.sheet, key: "pane.sheets.skipped", params: { sheet: s.sheet, reasonKey: roster?.reason ?? s.reason, ...(roster?.params ?? s.params) }, columns: [] });
  }
  return run.grids.map((g) => out.get(g.name)).filter((r): r is SheetReport => r !== undefined);
}

/** The key an override uses for a column: its header texts joined, as `--map 所在板块=district` names it. */
export function overrideKey(column: MappedColumn): string {
  return column.path.join("");
}

/** Why each sheet is not a roster, in one line (for the "nothing to read" sentences). */
export function skippedReasons(run: CheckRun, lang: Lang): string {
  return run.result.rosters.read.skippedSheets.map((s) => `「${s.sheet}」${t(s.reason, s.params, lang)}`).join("；");
}
