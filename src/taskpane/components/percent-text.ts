/** A rate as the pane prints it (one decimal, as the summary sheets' 0.0%); "/" when there is no base. */
export function percentText(rate: number | null): string {
  return rate === null ? "/" : `${(rate * 100).toFixed(1)}%`;
}
