import type { Area } from "../core/grid/grid";
import { parseAreaAddress } from "../core/grid/address";

/** Parses an Office.js multi-area address ("Sheet1!A1:B2, 'My sheet'!C3") into areas; parts it cannot read are dropped. */
export function parseAreaList(address: string): Area[] {
  if (!address) return [];
  const out: Area[] = [];
  // Sheet names may hold commas inside quotes: split only on commas outside quotes.
  let part = "", quoted = false;
  const flush = () => {
    const bang = part.lastIndexOf("!");
    const a = parseAreaAddress((bang < 0 ? part : part.slice(bang + 1)).replace(/\$/g, "").trim());
    if (a) out.push(a);
    part = "";
  };
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) flush();
    else part += ch;
  }
  flush();
  return out;
}
