import { XML_FORBIDDEN } from "../core/normalize/xml-forbidden";

/** The replacement written for a character XML forbids: U+FFFD, the mark for a character that could not be kept. */
export const REPLACEMENT = "\uFFFD";

/**
 * Text that can be written into XML: each forbidden character (read from the input as &#xFFFE; or
 * _x0001_) replaced by U+FFFD, so the workbook written stays well-formed. The row rule
 * cell/xml-forbidden reports each such roster cell.
 */
export function xmlSafeText(text: string): string {
  XML_FORBIDDEN.lastIndex = 0;
  return XML_FORBIDDEN.test(text) ? text.replace(XML_FORBIDDEN, REPLACEMENT) : text;
}
