import { checkRule, RECORD_RULES, rowRules } from "../checks/row-rules";
import type { Finding } from "../finding/finding";
import type { Grid } from "../grid/grid";
import { classifyRecords, type Classification } from "../metrics/classify-records";
import { detectRosterTable, isRosterTable } from "../roster/detect-table";
import { rereadRows } from "../roster/reread-rows";
import type { RosterTable } from "../roster/types";
import { rosterBasis, rosterFigures, rosterReadOptions, type AnalyzeOptions } from "./analyze-rosters";
import { workbookCheckOf, type WorkbookCheck } from "./check-workbook";
import type { Profile } from "../profile/schema";

/** Rows of one sheet a user changed (sheet rows, inclusive), and the columns when known (else every column). */
export interface RowEdit {
  sheet: string;
  top: number;
  bottom: number;
  left?: number;
  right?: number;
}

/** What detection decides of a table that reading the rows depends on (not the columns' value samples, nor dataRows). */
function tableKey(t: RosterTable): string {
  return JSON.stringify([t.headerRows, t.bodyRows, t.mapping, t.preamble, t.mergesKnown]);
}

/**
 * A rule's findings with those on the edited rows replaced: the rest keep their places, the new ones
 * go where a full check puts them (by row, then by the sheet's place among the rosters).
 */
function spliceRows(old: readonly Finding[], added: readonly Finding[], edit: RowEdit, sheetOrder: ReadonlyMap<string, number>): Finding[] {
  const sheets = sheetOrder.size;
  const rank = (f: Finding) => (f.row ?? 0) * sheets + (sheetOrder.get(f.sheet ?? "") ?? 0);
  const out: Finding[] = [];
  let j = 0;
  for (const f of old) {
    if (f.sheet === edit.sheet && f.row !== undefined && f.row >= edit.top && f.row <= edit.bottom) continue;
    if (j < added.length) {
      const r = rank(f);
      while (j < added.length && rank(added[j]) < r) out.push(added[j++]);
    }
    out.push(f);
  }
  while (j < added.length) out.push(added[j++]);
  return out;
}

/** The districts in output order as classifyRecords lists them: official ones, then first seen among counted records. */
function districtsOf(official: readonly string[], classes: Classification["classes"]): string[] {
  const seen = new Set(official);
  const out = [...official];
  for (const k of classes) {
    if (k.excluded === null && k.district !== null && !seen.has(k.district)) {
      seen.add(k.district);
      out.push(k.district);
    }
  }
  return out;
}

function sameTexts(a: readonly (string | null)[], b: readonly (string | null)[]): boolean {
  const key = (l: readonly (string | null)[]) => JSON.stringify([...l].sort());
  return a.length === b.length && key(a) === key(b);
}

/**
 * The check after an edit of some rows of a roster sheet, computed from the last check without
 * re-running what the edit cannot change: only the edited rows are read again and run through the
 * rules that look at one row; the rules across rows run whole (they are cheap), and the figures are
 * counted again from the classification with the edited records' classes replaced. The result
 * equals checkWorkbook on the edited grids. Null when the edit reaches further (the header, the
 * table's bounds, merges, subtotal or section rows, a district filled down, an open district list
 * learning a new text): then the caller checks the whole workbook.
 */
export function recheckRows(previous: WorkbookCheck, grids: readonly Grid[], edit: RowEdit, profile: Profile, options: AnalyzeOptions): WorkbookCheck | null {
  const rosters = previous.rosters.read.rosters;
  const k = rosters.findIndex((r) => r.sheet === edit.sheet);
  const grid = grids.find((g) => g.name === edit.sheet);
  if (k < 0 || !grid) return null;
  const readOptions = rosterReadOptions(profile, options);
  const table = detectRosterTable(grid, readOptions);
  if (!isRosterTable(table) || tableKey(table) !== tableKey(rosters[k].table)) return null;
  const reread = rereadRows(grid, rosters[k], table, { top: edit.top, bottom: edit.bottom, left: edit.left ?? 1, right: edit.right ?? Infinity }, readOptions);
  if (!reread) return null;
  const read = { ...previous.rosters.read, rosters: rosters.map((r, i) => (i === k ? reread.roster : r)) };
  const basis = rosterBasis(read, profile, options);
  const removed = rosters[k].records.slice(reread.from, reread.to);
  // An open district list learns its units from every text: another text may change them all.
  if (basis.districts.open && !sameTexts(removed.map((r) => r.district), reread.added.map((r) => r.district))) return null;
  const old = previous.rosters.classification;
  const byDistrict = basis.records.some((r) => basis.input.districtOf(r) !== null);
  if (byDistrict !== old.byDistrict) return null;

  const sheetOrder = new Map(read.rosters.map((r, i) => [r.sheet, i]));
  const changed = { ...basis.ctx, records: reread.added };
  const ruleFindings = rowRules.map((rule, i) =>
    RECORD_RULES.has(rule.id) ? spliceRows(previous.rosters.ruleFindings[i], checkRule(rule, changed), edit, sheetOrder) : checkRule(rule, basis.ctx),
  );

  const offset = rosters.slice(0, k).reduce((n, r) => n + r.records.length, 0);
  const part = classifyRecords({ ...basis.input, records: reread.added, byDistrict });
  const classes = [...old.classes.slice(0, offset + reread.from), ...part.classes, ...old.classes.slice(offset + reread.to)];
  const classification: Classification = { classes, districts: districtsOf(basis.input.districts, classes), byDistrict };
  return workbookCheckOf(rosterFigures(read, basis, ruleFindings, classification, profile, options), previous.tables);
}
