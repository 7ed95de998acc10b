import { isNotApplicable } from "./not-applicable";

const SEPARATORS = /[、，,;；/／\r\n]+/;

/** Splits a category cell into its values: separated by 、，,;；/ or line breaks, trimmed, blanks dropped. */
export function splitCategories(text: string | null): string[] {
  if (text === null) return [];
  const t = text.trim();
  if (t === "" || isNotApplicable(t)) return [];
  const out: string[] = [];
  for (const part of t.split(SEPARATORS)) {
    const p = part.trim();
    if (p !== "") out.push(p);
  }
  return out;
}
