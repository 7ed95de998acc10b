/**
 * A rate as a live formula over count cells of the same row: "/" when the base is 0, blank or "/"
 * (N() reads text as 0, so a clerk typing "/" into a base cell keeps the sheet free of #VALUE!).
 */
export function rateFormula(parts: readonly string[], base: string, notApplicable: string): string {
  const sum = parts.map((p) => `N(${p})`).join("+");
  const numerator = parts.length > 1 ? `(${sum})` : sum;
  return `IF(N(${base})=0,"${notApplicable.replace(/"/g, '""')}",${numerator}/N(${base}))`;
}

/** What the rate formula evaluates to for the given counts: the same rule in TypeScript. */
export function rateResult(parts: readonly number[], base: number, notApplicable: string): number | string {
  return base === 0 ? notApplicable : parts.reduce((a, b) => a + b, 0) / base;
}
