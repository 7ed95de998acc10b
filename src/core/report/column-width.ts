import { displayColumns } from "./display-columns";

/** A column width (in Excel character units) that fits the longest line of its texts, within bounds. */
export function fitWidth(texts: readonly string[], min = 6, max = 40): number {
  const longest = Math.max(0, ...texts.flatMap((t) => t.split("\n")).map(displayColumns));
  return Math.min(max, Math.max(min, longest + 2));
}
