import { builtinProfiles } from "../../../src/core/profile/builtin";
import { quotesIn, seedText, squeeze } from "./seed";

describe.each(builtinProfiles.map((p) => [p.id, p] as const))("profile %s quotes its notice", (id, profile) => {
  const seed = seedText(id);
  const quotes = quotesIn(profile);

  it("has quotes to check", () => {
    expect(quotes.length).toBeGreaterThan(3);
  });

  it("finds every quote in the seed notice (whitespace ignored)", () => {
    const missing = quotes.filter((q) => !seed.includes(squeeze(q.quote))).map((q) => `${q.path}: ${q.quote}`);
    expect(missing).toEqual([]);
  });

  it("finds each quoted figure's number (count, base, parts) in its own quote", () => {
    const wrong: string[] = [];
    for (const { path, quote, holder } of quotes) {
      // A figure the text spells out as a sum (81+44) quotes its parts, not the total.
      const parts = holder.parts as number[] | undefined;
      const numbers = (parts ?? [holder.count, holder.value]).filter((n): n is number => typeof n === "number");
      for (const n of numbers) if (!quote.includes(String(n))) wrong.push(`${path}: ${n} not in ${quote}`);
      if (typeof holder.rate === "number" && holder.rate > 0 && holder.rate < 1) {
        const pct = `${Math.round(holder.rate * 100)}%`;
        if (!quote.includes(pct)) wrong.push(`${path}: ${pct} not in ${quote}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("sums the parts of a figure to its value", () => {
    const bad = quotes.filter((q) => Array.isArray(q.holder.parts))
      .filter((q) => (q.holder.parts as number[]).reduce((a, b) => a + b, 0) !== q.holder.value);
    expect(bad.map((q) => q.path)).toEqual([]);
  });
});
