import { CONTENT_TYPES } from "./content-types";
import { editContentTypesXml, editRelationshipsXml } from "./edit-lists";
import { type Package, partText, setPartText } from "./package";
import { relType } from "./read-relationships";
import type { WorkbookPart } from "./read-workbook-part";
import { applyEdits } from "./text-edits";
import { rootChildren } from "./xml-children";
import { rootPrefix } from "./xml-tags";

// CT_Workbook children that follow <calcPr>, to place one when the workbook has none.
const AFTER_CALC_PR = ["oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];

/** workbook.xml with fullCalcOnLoad="1" on its <calcPr> (added when it has none). */
export function withFullCalcOnLoad(wb: WorkbookPart): string {
  const calc = rootChildren(wb.tags).find((t) => t.local === "calcPr");
  if (calc) {
    const open = wb.xml.slice(calc.start, calc.end);
    const re = /(\sfullCalcOnLoad\s*=\s*)(?:"[^"]*"|'[^']*')/;
    const text = re.test(open) ? open.replace(re, '$1"1"') : open.replace(/\s*(\/?)>$/, ' fullCalcOnLoad="1"$1>');
    return applyEdits(wb.xml, [{ start: calc.start, end: calc.end, text }]);
  }
  const prefix = rootPrefix(wb.tags);
  const before = rootChildren(wb.tags).find((t) => AFTER_CALC_PR.includes(t.local)) ?? wb.tags[wb.tags.length - 1];
  return applyEdits(wb.xml, [{ start: before.start, end: before.start, text: `<${prefix}calcPr fullCalcOnLoad="1"/>` }]);
}

/**
 * Makes Excel recompute every formula when it opens the package: the calculation chain goes (a
 * stale chain makes Excel repair the file; it rebuilds one) with its relationship and content
 * type, and workbook.xml asks for a full calculation on load.
 */
export function recalculateOnOpen(pkg: Package, wb: WorkbookPart): void {
  const chain = wb.rels.find((r) => relType(r) === "calcChain" && !r.external && r.part);
  if (chain?.part) {
    pkg.delete(chain.part);
    setPartText(pkg, wb.relsPart, editRelationshipsXml(partText(pkg, wb.relsPart) ?? "", [], new Set([chain.id])));
    setPartText(pkg, CONTENT_TYPES, editContentTypesXml(partText(pkg, CONTENT_TYPES) ?? "", [], new Set([chain.part])));
  }
  setPartText(pkg, wb.part, withFullCalcOnLoad(wb));
}
