import type { Lang, MessageParams } from "../core/i18n/lang";

// Control characters and the line and paragraph separators: finding them is this module's job.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/g;

/** A value shown as typed, its control characters escaped ("台账\n.xlsx" → "台账\\n.xlsx"), so it cannot break the line. */
function visible(value: string): string {
  return value.replace(CONTROL, (c) => (c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "\t" ? "\\t" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
}

/**
 * Message parameters whose text values (file names, cell text) are escaped onto one line; `details`,
 * a list the message lays out one item a line, is left for oneLine to join.
 */
export function oneLineParams(params: MessageParams): MessageParams {
  const out: MessageParams = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === "string" && !k.endsWith("Key") && k !== "details" ? visible(v) : v;
  return out;
}

/**
 * An error message as the one stderr line the CLI promises on exit 2: a message that lists several
 * problems one a line (an invalid profile) has them joined by semicolons.
 */
export function oneLine(message: string, lang: Lang): string {
  return message
    .replace(/([:：])\s*\r?\n\s*/g, (_m, colon: string) => (colon === ":" ? ": " : colon))
    .replace(/\s*\r?\n\s*/g, lang === "en" ? "; " : "；")
    .replace(CONTROL, " ");
}
