import { columnLetter } from "../../grid/address";
import { allRows } from "../../tables/figures";
import { formulaRefs } from "../../tables/formula-refs";
import type { ColumnGroup, TableRow } from "../../tables/types";
import type { TableRule } from "./table-rule";
import { cellFinding } from "./table-finding";

/** The columns a rate formula must read, and the formula a reader expects ("(C5+D5)/B5"). */
function expectedRefs(group: ColumnGroup, row: number): { cols: number[]; text: string } | null {
  const { base, attained, applying } = group.columns;
  if (!base || !attained) return null;
  const withApplying = group.rateKind === "creation" && applying !== undefined;
  const ref = (col: number) => `${columnLetter(col)}${row}`;
  const top = withApplying ? `(${ref(attained.col)}+${ref((applying as { col: number }).col)})` : ref(attained.col);
  return { cols: withApplying ? [base.col, attained.col, (applying as { col: number }).col] : [base.col, attained.col], text: `${top}/${ref(base.col)}` };
}

function readsItsCounts(formula: string, expected: { cols: number[] }, row: TableRow): boolean {
  const refs = formulaRefs(formula);
  const single = refs.every((r) => !r.otherSheet && r.top === r.bottom && r.left === r.right && r.top === row.row && expected.cols.includes(r.left));
  return single && expected.cols.every((col) => refs.some((r) => r.left === col));
}

/**
 * rate/formula-references: a rate formula that does not read its own row's counts (base, attained,
 * and applying for a creation rate) — a reference to another row, column or sheet. Its cached value
 * may agree today and drift when rows are sorted or filled down.
 */
export const rateFormula: TableRule = {
  id: "rate/formula-references",
  check({ table }) {
    return allRows(table).flatMap((row) =>
      table.groups.flatMap((group) => {
        const cell = row.cells[group.key]?.rate;
        const expected = expectedRefs(group, row.row);
        if (!cell?.formula || !expected || readsItsCounts(cell.formula, expected, row)) return [];
        return [cellFinding("rate/formula-references", "error", table, row, group, cell, { formula: `=${cell.formula}`, expectedFormula: `=${expected.text}` }, `=${expected.text}`, `=${cell.formula}`)];
      }),
    );
  },
};
