import { SaxesParser } from "saxes";
import { UserError } from "../../core/errors";
import type { Package } from "./package";
import { firstXmlForbidden } from "../../core/normalize/xml-forbidden";

const utf8 = new TextDecoder("utf-8");

/** The 1-based line and column of the first well-formedness error in XML text, or null when it is well-formed. */
export function firstXmlError(xml: string): { line: number; column: number } | null {
  const parser = new SaxesParser({ xmlns: false });
  let at: { line: number; column: number } | null = null;
  parser.on("error", () => {
    at ??= { line: parser.line, column: parser.column };
  });
  try {
    parser.write(xml).close();
  } catch {
    at ??= { line: parser.line, column: parser.column };
  }
  return at;
}

/**
 * Refuses, naming the part and where it goes wrong, a package whose parts that are about to be
 * edited are not well-formed XML: an edit could only write a broken copy from them.
 */
export function refuseMalformed(pkg: Package, parts: readonly string[], label: string): void {
  for (const part of parts) {
    const bytes = pkg.get(part);
    if (bytes === undefined) continue;
    const at = firstXmlError(utf8.decode(bytes));
    if (at) throw new UserError("package.malformed", { file: label, part, line: at.line, column: at.column });
  }
}

const CHAR_REF = /&#(x[0-9a-fA-F]+|[0-9]+);/g;

/** The first character XML forbids in text, raw or as a character reference (&#xFFFE;), as "U+FFFE". */
function forbiddenIn(xml: string): string | null {
  const raw = firstXmlForbidden(xml);
  if (raw) return raw;
  if (xml.indexOf("&#") < 0) return null;
  for (const m of xml.matchAll(CHAR_REF)) {
    const code = m[1][0] === "x" || m[1][0] === "X" ? parseInt(m[1].slice(1), 16) : parseInt(m[1], 10);
    const found = code > 0x10ffff ? "U+110000" : firstXmlForbidden(String.fromCodePoint(code));
    if (found) return found;
  }
  return null;
}

/**
 * Refuses a package that a copy would pass on broken: an XML part, edited or not, holding a
 * character XML forbids (a copy keeps unedited parts byte for byte, so it would not be well-formed).
 */
export function refuseForbiddenCharacters(pkg: Package, label: string): void {
  for (const part of pkg.keys()) {
    if (!/\.(xml|rels)$/i.test(part)) continue;
    const bytes = pkg.get(part);
    if (bytes === undefined) continue;
    const code = forbiddenIn(utf8.decode(bytes));
    if (code) throw new UserError("package.forbiddenCharacter", { file: label, part, code });
  }
}

/**
 * Refuses a package with any XML part, edited or not, that is not well-formed. A lossless copy keeps
 * unedited parts byte for byte, so it would carry the input's damage on: Excel would open the copy
 * only after a repair, and repairing it here would change the user's data silently. The message says
 * the input itself is damaged, which part and where, and that the default mode still works.
 */
export function refuseDamagedParts(pkg: Package, label: string, checked: readonly string[]): void {
  for (const part of pkg.keys()) {
    if (!/\.(xml|rels)$/i.test(part) || checked.includes(part)) continue;
    const bytes = pkg.get(part);
    if (bytes === undefined) continue;
    const at = firstXmlError(utf8.decode(bytes));
    if (at) throw new UserError("package.damagedPart", { file: label, part, line: at.line, column: at.column });
  }
}
