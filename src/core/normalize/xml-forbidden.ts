/** Characters XML 1.0 cannot carry at all (not even as &#…;): C0 controls but tab, LF and CR, lone surrogates, U+FFFE and U+FFFF. */
export const XML_FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The first character of text that XML forbids, as "U+FFFE", or null when there is none. */
export function firstXmlForbidden(text: string): string | null {
  XML_FORBIDDEN.lastIndex = 0;
  const m = XML_FORBIDDEN.exec(text);
  return m ? `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}` : null;
}
