import { allRows, rowFigures } from "./figures";
import { isWholePercent, matchesShown, matchesWholePercent } from "./rate-compare";
import type { ColumnGroup, RecognizedTable, TableCell, TableRow } from "./types";

/** A stated rate beside its counts: exact at the shown precision, a whole percent shown with decimals, or a real mismatch. */
export interface RateVerdict {
  row: TableRow;
  cell: TableCell;
  exact: number;
  stated: number;
  decimals: number;
  verdict: "exact" | "whole" | "real";
}

/** A rate column's verdicts and whether it reports whole percents (71.0% for 70.5%) throughout. */
export interface RateColumnVerdicts {
  group: ColumnGroup;
  wholePercent: boolean;
  cells: RateVerdict[];
}

/**
 * Compares every stated rate of a group (district rows and the totals row) with its counts. The
 * column reports whole percents when every stated rate is a whole percent and at least one of them
 * differs from its counts at the shown decimals but equals them rounded to a whole percent; such
 * cells are then "whole" (one note for the column), and only real mismatches remain.
 */
export function rateVerdicts(table: RecognizedTable, group: ColumnGroup): RateColumnVerdicts {
  const candidates: Omit<RateVerdict, "verdict">[] = [];
  for (const row of allRows(table)) {
    const f = rowFigures(row, group);
    const reading = f.rateCell?.reading;
    if (f.exact === null || !f.rateCell || reading?.kind !== "number") continue;
    candidates.push({ row, cell: f.rateCell, exact: f.exact, stated: reading.value, decimals: reading.decimals });
  }
  const roundedOnly = (c: Omit<RateVerdict, "verdict">) => !matchesShown(c.exact, c.stated, c.decimals) && matchesWholePercent(c.exact, c.stated);
  const wholePercent = candidates.length > 0 && candidates.every((c) => isWholePercent(c.stated)) && candidates.some(roundedOnly);
  const cells = candidates.map((c): RateVerdict => {
    if (matchesShown(c.exact, c.stated, c.decimals)) return { ...c, verdict: "exact" };
    return { ...c, verdict: wholePercent && matchesWholePercent(c.exact, c.stated) ? "whole" : "real" };
  });
  return { group, wholePercent, cells };
}
