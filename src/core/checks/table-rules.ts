import type { Finding } from "../finding/finding";
import { baseDeclared } from "./tables/base-declared";
import { cellBlank } from "./tables/cell-blank";
import { cellNotANumber } from "./tables/cell-not-a-number";
import { cellUncalculated } from "./tables/cell-uncalculated";
import { countAboveBase } from "./tables/count-above-base";
import { countFractional } from "./tables/count-fractional";
import { countNegative } from "./tables/count-negative";
import { rateFormula } from "./tables/rate-formula";
import { rateMismatch } from "./tables/rate-mismatch";
import { rateNotApplicable } from "./tables/rate-not-applicable";
import { ratePrecision } from "./tables/rate-precision";
import { tableLayout } from "./tables/table-layout";
import type { TableCheckContext, TableRule } from "./tables/table-rule";
import { targetDiffers } from "./tables/target-differs";
import { targetUnmet } from "./tables/target-unmet";
import { totalFormula } from "./tables/total-formula";
import { totalMismatch } from "./tables/total-mismatch";
import { totalRateMismatch } from "./tables/total-rate-mismatch";

/**
 * Every count-table rule, in the order their findings are reported: what recognition could not
 * place, unreadable cells, counts, rates, totals, formulas, declared bases; compliance last
 * (target/unmet is info, never an error: it is not an inconsistency).
 */
export const tableRules: readonly TableRule[] = [
  tableLayout,
  cellNotANumber,
  cellUncalculated,
  cellBlank,
  countNegative,
  countFractional,
  countAboveBase,
  rateNotApplicable,
  rateMismatch,
  ratePrecision,
  totalMismatch,
  totalRateMismatch,
  rateFormula,
  totalFormula,
  baseDeclared,
  targetDiffers,
  targetUnmet,
];

/** Runs every table rule over one recognised table; findings come in catalog order, then by row and column. */
export function checkTable(ctx: TableCheckContext, rules: readonly TableRule[] = tableRules): Finding[] {
  return rules.flatMap((rule) => rule.check(ctx).sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column ?? "").length - (b.column ?? "").length || (a.column ?? "").localeCompare(b.column ?? "")));
}
