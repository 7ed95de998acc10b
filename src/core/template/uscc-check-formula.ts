import { t } from "../i18n/translate";
import { USCC_ALPHABET } from "../normalize/uscc";

/** GB 32100-2015 weights of the first 17 characters: 3^i mod 31. */
const WEIGHTS = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});

/**
 * A formula that checks the USCC in `cell` as the user types it: blank for a blank cell, ✓ for a
 * code whose 18th character is right, otherwise what is wrong (length, a character outside the
 * alphabet, or the check character it should have). FIND is case-sensitive, as the code is.
 */
export function usccCheckFormula(cell: string): string {
  const alphabet = `"${USCC_ALPHABET}"`;
  // One term per character, no array constants: LibreOffice does not evaluate FIND over an inline array inside IFERROR.
  const sum = WEIGHTS.map((w, i) => `(FIND(MID(${cell},${i + 1},1),${alphabet})-1)*${w}`).join("+");
  const expected = `MID(${alphabet},MOD(31-MOD(${sum},31),31)+1,1)`;
  const q = (key: string) => `"${t(key)}"`;
  return `IF(${cell}="","",IF(LEN(${cell})<>18,${q("template.roster.badLength")},IFERROR(IF(EXACT(MID(${cell},18,1),${expected}),${q("template.roster.ok")},${q("template.roster.badCheck")}&${expected}),${q("template.roster.badChar")})))`;
}
