import { displayColumns as displayWidth } from "../core/report/display-columns";
import { maxOf } from "../core/collections/extremes";

function pad(s: string, width: number, right: boolean): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
}

/** A plain-text table with aligned columns; numeric-looking cells are right-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => maxOf(rows.map((r) => displayWidth(r[i] ?? "")), displayWidth(h)));
  const numeric = (s: string) => /^[-\d.,%/]+$/.test(s);
  const line = (cells: readonly string[]) => cells.map((c, i) => pad(c, widths[i], numeric(c))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)];
}

/** A rate as a percentage with one decimal, "/" when there is none. */
export function formatRate(rate: number | null): string {
  return rate === null ? "/" : `${(rate * 100).toFixed(1)}%`;
}
