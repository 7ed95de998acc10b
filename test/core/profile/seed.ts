import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The seed notice each built-in profile encodes (docs/seeds/README.md). */
export const SEED_OF: Record<string, string> = {
  "suzhou-2022": "000_4081eea461a761cf.txt",
  "qinyang-2024": "001_b68fee82a3ce2579.txt",
  "nantong-2018": "002_dbd9ca781b308c69.txt",
  "changshu-2019": "003_cf8d61aeaf422393.txt",
  "quanzhou-2021": "004_ddb4bf48c1121224.txt",
};

/** Text with every whitespace (line breaks of the PDF extraction included) removed. */
export function squeeze(s: string): string {
  return s.replace(/[\s\u3000]+/g, "");
}

/** A seed notice's text, whitespace-squeezed, read from docs/seeds in the repository. */
export function seedText(profileId: string): string {
  return squeeze(readFileSync(join(__dirname, "../../../docs/seeds", SEED_OF[profileId]), "utf8"));
}

/** The part of a squeezed seed from a marker (its last occurrence, when the marker is a table title repeated in a list) to an optional end marker. */
export function seedSection(profileId: string, start: string, end?: string, occurrence: "first" | "last" = "last"): string {
  const text = seedText(profileId);
  const from = occurrence === "last" ? text.lastIndexOf(squeeze(start)) : text.indexOf(squeeze(start));
  if (from < 0) throw new Error(`marker not found in seed: ${start}`);
  const to = end === undefined ? text.length : text.indexOf(squeeze(end), from + 1);
  return text.slice(from, to < 0 ? text.length : to);
}

/**
 * Finds the tokens one after another in the text; returns the first token not found after the
 * previous one (with its index), or null when all are found in order.
 */
export function missingInOrder(text: string, tokens: readonly string[]): { index: number; token: string } | null {
  let at = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = squeeze(tokens[i]);
    const found = text.indexOf(token, at);
    if (found < 0) return { index: i, token: tokens[i] };
    at = found + token.length;
  }
  return null;
}

/** Every string value under a "quote" key anywhere in a JSON value, with its path. */
export function quotesIn(value: unknown, path = ""): { path: string; quote: string; holder: Record<string, unknown> }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => quotesIn(v, `${path}[${i}]`));
  if (value === null || typeof value !== "object") return [];
  const obj = value as Record<string, unknown>;
  const own = typeof obj.quote === "string" ? [{ path: path + ".quote", quote: obj.quote, holder: obj }] : [];
  return [...own, ...Object.entries(obj).flatMap(([k, v]) => (k === "quote" ? [] : quotesIn(v, path ? `${path}.${k}` : k)))];
}
