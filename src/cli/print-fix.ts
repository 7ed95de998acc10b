import type { CellEdit, TableFix } from "../core/tables/fix";
import type { CliIo } from "./io";

/** What fix-rates did, as the --json contract: per table the edits (formulas with "="), totals kept, cells left alone. */
export interface FixReport {
  file: string;
  out: string;
  profile: string;
  year: number;
  tables: {
    sheet: string;
    edits: { cell: string; kind: CellEdit["kind"]; old: string | number | boolean | null; oldText: string; formula: string | null; value: number | string; valueText: string }[];
    keptTotals: { cell: string; stated: number; sum: number }[];
    skipped: { cell: string; reason: string; count?: string }[];
  }[];
  summary: { tables: number; cells: number; rates: number; totals: number; counts: number; keptTotals: number; skipped: number };
}

/** The --json report of a run. */
export function fixReport(head: Pick<FixReport, "file" | "out" | "profile" | "year">, fixes: readonly TableFix[]): FixReport {
  const edits = fixes.flatMap((f) => f.edits);
  const count = (kind: CellEdit["kind"]) => edits.filter((e) => e.kind === kind).length;
  return {
    ...head,
    tables: fixes.map((f) => ({
      sheet: f.sheet,
      edits: f.edits.map((e) => ({
        cell: e.address,
        kind: e.kind,
        old: e.old instanceof Date ? e.old.toISOString() : e.old,
        oldText: e.oldText,
        formula: e.formula === null ? null : `=${e.formula}`,
        value: e.value,
        valueText: e.valueText,
      })),
      keptTotals: f.keptTotals.map((k) => ({ cell: k.address, stated: k.stated, sum: k.sum })),
      skipped: f.skipped.map((s) => ({ cell: s.address, reason: s.reason, ...(s.count ? { count: s.count } : {}) })),
    })),
    summary: {
      tables: fixes.length,
      cells: edits.length,
      rates: count("rate"),
      totals: count("total"),
      counts: count("count"),
      keptTotals: fixes.reduce((n, f) => n + f.keptTotals.length, 0),
      skipped: fixes.reduce((n, f) => n + f.skipped.length, 0),
    },
  };
}

function editLine(e: FixReport["tables"][number]["edits"][number], io: CliIo): string {
  if (e.kind === "count") return io.msg("fix.edit.count", { cell: e.cell, old: e.oldText, value: e.valueText });
  return io.msg("fix.edit", { cell: e.cell, old: e.oldText === "" ? io.msg("fix.blank") : e.oldText, new: e.formula ?? e.valueText, value: e.valueText });
}

/** Prints per sheet each rewritten cell (old shown value → new formula, and its value), the totals kept, and the cells left alone. */
export function printFix(report: FixReport, io: CliIo): void {
  const s = report.summary;
  io.out(s.cells === 0 ? io.msg("fix.nothing", { file: report.out, tables: s.tables }) : io.msg("fix.wrote", { file: report.out, ...s }));
  for (const table of report.tables) {
    const formulas = table.skipped.filter((k) => k.reason === "formula").length;
    if (table.edits.length + table.keptTotals.length + table.skipped.length === 0) continue;
    io.out("");
    io.out(io.msg("fix.sheet", { sheet: table.sheet }));
    for (const e of table.edits) io.out(`  ${editLine(e, io)}`);
    for (const k of table.keptTotals) io.out(`  ${io.msg("fix.keptTotal", { cell: k.cell, stated: k.stated, sum: k.sum })}`);
    for (const k of table.skipped) if (k.reason !== "formula") io.out(`  ${io.msg(`fix.skip.${k.reason}`, { cell: k.cell, count: k.count })}`);
    if (formulas > 0) io.out(`  ${io.msg("fix.skip.formula", { count: formulas })}`);
  }
}
