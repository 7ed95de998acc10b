import { refuseMalformed } from "./check-well-formed";
import { UserError } from "../../core/errors";
import { recalculateOnOpen } from "./calc-on-load";
import { checkKeepable } from "./check-keepable";
import { CONTENT_TYPES } from "./content-types";
import { editSheetCells, type CellWrite } from "./edit-sheet-cells";
import { type Package, partText, relsPartOf, setPartText } from "./package";
import { PercentStyles } from "./percent-styles";
import { relType } from "./read-relationships";
import { readWorkbookPart, type WorkbookPart, workbookPartName } from "./read-workbook-part";
import { unzipPackage } from "./unzip-package";
import { attr, scanTags } from "./xml-tags";
import { zipPackage } from "./zip-package";

/** The cells to rewrite in one sheet, named as the workbook names it. */
export interface SheetWrites {
  sheet: string;
  writes: readonly CellWrite[];
}

/**
 * Refuses what the lossless copy refuses (macros, signatures, templates, Strict, non-UTF-8 parts),
 * with the cell fix's own messages. A protected workbook structure is no obstacle to editing cells:
 * checkKeepable tests it last, so when it is the reason every other test has passed.
 */
function checkEditable(pkg: Package, wb: WorkbookPart, parts: readonly string[], label: string): void {
  try {
    checkKeepable(pkg, wb.part, [wb.part, wb.relsPart, CONTENT_TYPES, ...parts], label);
  } catch (err) {
    if (!(err instanceof UserError) || !err.key.startsWith("package.")) throw err;
    if (err.key === "package.protected") return;
    throw new UserError(err.key.replace(/^package\./, "fix."), err.params);
  }
}

function refuseProtected(xml: string, sheet: string, label: string): void {
  const protection = scanTags(xml).find((t) => t.local === "sheetProtection" && t.kind !== "close");
  if (protection && /^(1|true)$/.test(attr(protection.attrs, "sheet") ?? "")) throw new UserError("fix.sheetProtected", { file: label, sheet });
}

/**
 * A copy of an .xlsx with single cells of its worksheets rewritten at the package level (the
 * workbook is never re-serialised): the sheet parts get the new <c> elements, styles.xml any
 * percent formats they need, workbook.xml a full calculation on load, and the calculation chain
 * goes. Every other part keeps its bytes. With nothing to write, the input comes back unchanged.
 */
export function editCellsBytes(input: Uint8Array, label: string, sheets: readonly SheetWrites[]): Uint8Array {
  const pkg = unzipPackage(input, label);
  const name = workbookPartName(pkg);
  if (!name || !pkg.has(name)) throw new UserError("input.notXlsx", { file: label, detail: "no workbook part", detailKey: "input.detail.noWorkbook" });
  try {
    refuseMalformed(pkg, [name, relsPartOf(name), CONTENT_TYPES], label);
  } catch (err) {
    throw err instanceof UserError ? new UserError(err.key.replace(/^package\./, "fix."), err.params) : err;
  }
  const wb = readWorkbookPart(pkg, name);
  const targets = sheets.filter((s) => s.writes.length > 0).map((s) => {
    const part = wb.sheets.find((w) => w.name === s.sheet)?.part;
    if (!part || !pkg.has(part)) throw new Error(`sheet ${s.sheet} has no worksheet part`);
    return { ...s, part };
  });
  const stylesPart = wb.rels.find((r) => relType(r) === "styles" && !r.external)?.part;
  checkEditable(pkg, wb, [...(stylesPart ? [stylesPart] : []), ...targets.map((t) => t.part)], label);
  if (targets.length === 0) return input;
  const styles = stylesPart && pkg.has(stylesPart) ? new PercentStyles(partText(pkg, stylesPart) ?? "") : null;
  const styleFor = (xf: number, format: string | null) => (styles && format ? styles.styleFor(xf, format) : xf);
  for (const target of targets) {
    const xml = partText(pkg, target.part) ?? "";
    refuseProtected(xml, target.sheet, label);
    setPartText(pkg, target.part, editSheetCells(xml, target.writes, styleFor));
  }
  if (styles && stylesPart) setPartText(pkg, stylesPart, styles.xml());
  recalculateOnOpen(pkg, wb);
  return zipPackage(pkg);
}
