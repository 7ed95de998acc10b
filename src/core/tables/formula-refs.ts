import { columnNumber } from "../grid/address";

/** A cell or area a formula refers to, on its own sheet (sheet-qualified references are flagged apart). */
export interface FormulaRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** True when the reference names a sheet ("附件1!B5"). */
  otherSheet: boolean;
}

const REF = /((?:'[^']+'|[^\s'!(),:+\-*/^&=<>]+)!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g;

/** The cell and area references of a formula ("ROUND((C5+D5)/B5,3)" → C5, D5, B5); function names are not references. */
export function formulaRefs(formula: string): FormulaRef[] {
  const out: FormulaRef[] = [];
  const text = formula.replace(/"[^"]*"/g, "");
  for (const m of text.matchAll(REF)) {
    const at = m.index ?? 0;
    // A letters-digits run inside a longer name (LOG10, ATAN2) or followed by "(" is not a reference.
    if (at > 0 && /[A-Za-z0-9_.]/.test(text[at - 1]) && !m[1]) continue;
    if (text[at + m[0].length] === "(") continue;
    const left = columnNumber(m[2]);
    const top = Number(m[3]);
    const right = m[4] ? columnNumber(m[4]) : left;
    const bottom = m[5] ? Number(m[5]) : top;
    out.push({ top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right), otherSheet: Boolean(m[1]) });
  }
  return out;
}
