import { fitWidth } from "./column-width";
import { displayColumns } from "./display-columns";
import { maxOf } from "../collections/extremes";

/** Widest a figure or short-text column gets; longer texts wrap. */
const TEXT_MAX = 50;
/** A header may wrap onto about three lines before its column widens for it. */
const HEADER_LINES = 3;

/**
 * A column's width: its body texts on one line, its header on at most about three lines; label
 * columns at least 8 characters, figure columns at least 6.
 */
export function columnWidth(header: string, body: readonly string[], isLabel: boolean): number {
  const bodyWidth = fitWidth(body, isLabel ? 8 : 6, TEXT_MAX);
  const headerColumns = maxOf(header.split("\n").map(displayColumns), 0);
  const headerWidth = Math.min(fitWidth([header], 6, TEXT_MAX), Math.max(8, Math.ceil(headerColumns / HEADER_LINES) + 2));
  return Math.max(bodyWidth, headerWidth);
}

/** How many lines text wraps onto in a column (or merged span) of this width. */
export function wrappedLines(text: string, width: number): number {
  // fitWidth leaves two characters of margin; a text wraps once it eats more than half of them.
  const usable = Math.max(1, width - 1.5);
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(displayColumns(line) / usable)), 0);
}

/**
 * The row height in points that shows this many lines of a font size with some air, as printed
 * tables have (Excel's default, 14.25 for 11pt, crowds CJK text against the borders).
 */
export function rowHeightFor(lines: number, fontSize: number): number {
  return Math.round((lines * fontSize * 1.35 + 6) * 4) / 4;
}
