import { columnLetter } from "../grid/address";
import type { Area } from "../grid/grid";
import type { ConditionalFormatSpec } from "../spec/spec";

/** Green ✓ and red ✗ over a 是否完成 column: formats follow the values when a figure is edited. */
export function metFormats(met: Area): ConditionalFormatSpec[] {
  const ref = `$${columnLetter(met.left)}${met.top}`;
  return [
    { area: met, formula: `${ref}="✓"`, style: { fontColor: "006100", fill: "C6EFCE" } },
    { area: met, formula: `${ref}="✗"`, style: { fontColor: "9C0006", fill: "FFC7CE" } },
  ];
}
