import type { Grid } from "../../grid/grid";
import type { Profile } from "../../profile/schema";
import { isNotATable, recognizeCountTable } from "../recognize";
import type { NotATable } from "../types";
import { rateFormulaEdits } from "./rate-formula-edits";
import type { TableFix } from "./types";

/** The fixes of every count table among the grids, and the sheets that hold none (with the reason). */
export interface CountTableFixes {
  fixes: TableFix[];
  notTables: NotATable[];
}

/** Recognises each sheet's count table and works out its fix (see rateFormulaEdits). */
export function fixCountTables(grids: readonly Grid[], profile: Profile): CountTableFixes {
  const out: CountTableFixes = { fixes: [], notTables: [] };
  for (const grid of grids) {
    const found = recognizeCountTable(grid, profile);
    if (isNotATable(found)) out.notTables.push(found);
    else out.fixes.push(rateFormulaEdits(found));
  }
  return out;
}
