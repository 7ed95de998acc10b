const EPSILON = 1e-9;

/** A fraction in percent points rounded half up to d decimals, as Excel rounds for display (0.875 → 88 at 0). */
export function percentAt(fraction: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(fraction * 100 * scale + 1e-6) / scale;
}

/** True when a stated rate shows what the exact rate shows at the stated precision. */
export function matchesShown(exact: number, stated: number, decimals: number): boolean {
  return Math.abs(percentAt(exact, decimals) - percentAt(stated, decimals)) < EPSILON;
}

/** True when a stated rate is a whole percent (71.0%). */
export function isWholePercent(stated: number): boolean {
  return Math.abs(stated * 100 - Math.round(stated * 100)) < 1e-6;
}

/** True when a stated whole percent is the exact rate rounded to a whole percent (70.5% stated as 71.0%). */
export function matchesWholePercent(exact: number, stated: number): boolean {
  return isWholePercent(stated) && Math.abs(percentAt(exact, 0) - Math.round(stated * 100)) < EPSILON;
}

/** A fraction rounded to four decimals, as findings and metrics report rates (0.91566 → 0.9157). */
export function round4(fraction: number): number {
  return Math.round(fraction * 10000 + 1e-7) / 10000;
}

/** A rate as percent text with the given decimals ("91.6%"), for messages. */
export function percentText(fraction: number, decimals: number): string {
  return `${percentAt(fraction, decimals).toFixed(decimals)}%`;
}
