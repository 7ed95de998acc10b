import { SaxesParser } from "saxes";
import { UserError } from "../../core/errors";
import type { Package } from "./package";

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
