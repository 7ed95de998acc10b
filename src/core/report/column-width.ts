import { displayColumns } from "./display-columns";

/** A column width (in Excel character units) that fits the longest line of its texts, within bounds. */
export function fitWidth(texts: readonly string[], min = 6, max = 40): number {
  let longest = 0;
  for (const text of texts) for (const line of text.split("\n")) longest = Math.max(longest, displayColumns(line));
  return Math.min(max, Math.max(min, longest + 2));
}
