/** Converts full-width ASCII forms (Ａ１，（）％ and the ideographic space) to their half-width forms. */
export function toHalfWidth(s: string): string {
  let out = "";
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else out += ch;
  }
  return out;
}

const QUOTES = /[“”„‟"'‘’「」『』]/g;

/**
 * The comparison key of a label or header: half-width, no whitespace or line breaks, no quotes,
 * Chinese brackets as ASCII, upper-case Latin. Two headers that a person reads as the same get the same key.
 */
export function labelKey(s: string): string {
  return toHalfWidth(s)
    .replace(/[【〔［]/g, "[")
    .replace(/[】〕］]/g, "]")
    .replace(QUOTES, "")
    .replace(/\s+/g, "")
    .toUpperCase();
}

/** Trims a cell's text and folds internal runs of whitespace; null for text that is empty. */
export function cleanText(s: string): string | null {
  const t = s.replace(/[\s\u3000]+/g, " ").trim();
  return t === "" ? null : t;
}
