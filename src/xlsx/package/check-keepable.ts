import { UserError } from "../../core/errors";
import { contentTypeOf, declaredContentTypes } from "./content-types";
import type { Package } from "./package";
import { attr, scanTags } from "./xml-tags";
import { refuseDamagedParts, refuseForbiddenCharacters, refuseMalformed } from "./check-well-formed";

/** The content type of a plain .xlsx workbook part; anything else (.xlsm, .xltx, .xlsb…) is refused. */
export const PLAIN_WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

const STRICT_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const utf8 = new TextDecoder("utf-8", { fatal: true });

function refuseMacros(pkg: Package, label: string): void {
  const vba = [...pkg.keys()].find((p) => /vbaProject\.bin$|vbaProjectSignature|\/macrosheets\//i.test(p));
  if (vba) throw new UserError("package.macros", { file: label, part: vba });
  const type = declaredContentTypes(pkg).find((t) => /macroEnabled|vbaProject/i.test(t));
  if (type) throw new UserError("package.macros", { file: label, part: type });
}

function refuseSignature(pkg: Package, label: string): void {
  const sig = [...pkg.keys()].find((p) => p.startsWith("_xmlsignatures/"));
  if (sig) throw new UserError("package.signed", { file: label, part: sig });
}

function refuseUneditable(pkg: Package, label: string, edited: readonly string[]): void {
  for (const part of edited) {
    const bytes = pkg.get(part);
    if (bytes === undefined) continue;
    try {
      utf8.decode(bytes);
    } catch {
      throw new UserError("package.encoding", { file: label, part });
    }
  }
}

/**
 * Refuses, with one clear line naming the file and the part, a package whose copy could not keep
 * everything: macros (.xlsm, vbaProject.bin, Excel 4 macro sheets), a template or binary workbook,
 * a digital signature (adding sheets breaks it), Strict OOXML, a workbook whose structure is
 * protected against adding sheets, parts that must be edited but are not UTF-8 or not well-formed XML,
 * or any other XML part that is not well-formed (the copy would carry the damage on).
 */
export function checkKeepable(pkg: Package, workbookPart: string, edited: readonly string[], label: string): void {
  refuseMacros(pkg, label);
  refuseSignature(pkg, label);
  const type = contentTypeOf(pkg, workbookPart);
  if (type !== PLAIN_WORKBOOK) throw new UserError("package.notPlainWorkbook", { file: label, part: workbookPart, type: type ?? "?" });
  refuseUneditable(pkg, label, edited);
  refuseMalformed(pkg, edited, label);
  refuseForbiddenCharacters(pkg, label);
  refuseDamagedParts(pkg, label, edited);
  const xml = new TextDecoder().decode(pkg.get(workbookPart));
  if (xml.includes(STRICT_NS)) throw new UserError("package.strict", { file: label, part: workbookPart });
  const protection = scanTags(xml).find((t) => t.local === "workbookProtection");
  const locked = protection && /^(1|true)$/.test(attr(protection.attrs, "lockStructure") ?? "");
  if (locked) throw new UserError("package.protected", { file: label, part: workbookPart });
}
