import type { ChartSpec } from "../../core/spec/chart";
import { chartXml, drawingXml } from "./chart-xml";
import { editRelationshipsXml, freeRelId } from "./edit-lists";
import { freePartName, type Package, partText, relativeTarget, relsPartOf, setPartText } from "./package";
import { PART_TYPES, REL_TYPES } from "./part-types";
import { readRelationshipsXml } from "./read-relationships";
import { namespaces, REL_NS } from "./read-workbook-part";

const REL_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
/** Worksheet children that come after <drawing> (CT_Worksheet's sequence): it goes before the first of them. */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

/** Puts `<drawing r:id>` where the schema wants it, declaring the relationships namespace if the sheet has none. */
function withDrawing(sheetXml: string, relId: string): string {
  const root = /<(?:(\w+):)?worksheet\b[^>]*>/.exec(sheetXml);
  if (!root) throw new Error("worksheet part without a worksheet element");
  const ns = namespaces(root[0]);
  const ownPrefix = root[1] ? `${root[1]}:` : "";
  let rPrefix = Object.keys(ns).find((p) => ns[p] === REL_NS && p !== "");
  let xml = sheetXml;
  if (!rPrefix) {
    rPrefix = "r";
    xml = xml.replace(root[0], root[0].replace(/(\/?)>$/, ` xmlns:r="${REL_NS}"$1>`));
  }
  const element = `<${ownPrefix}drawing ${rPrefix}:id="${relId}"/>`;
  const next = new RegExp(`<${ownPrefix}(?:${AFTER_DRAWING.join("|")})\\b|</${ownPrefix}worksheet>`).exec(xml);
  if (!next) throw new Error("worksheet part without a closing tag");
  return xml.slice(0, next.index) + element + xml.slice(next.index);
}

/**
 * Draws charts on a sheet part of a package: one chart part each and one drawing part holding
 * them, linked from the sheet's .rels and its <drawing> element. Returns the parts to declare in
 * [Content_Types].xml. `sheetName` is the sheet's final tab name, which the series formulas quote.
 */
export function addCharts(pkg: Package, sheetPart: string, sheetName: string, charts: readonly ChartSpec[], reserved: Set<string>): { part: string; contentType: string }[] {
  if (!charts.length) return [];
  const types: { part: string; contentType: string }[] = [];
  const drawing = freePartName(pkg, "xl/drawings/drawing", ".xml", reserved);
  const drawingRels: { id: string; type: string; target: string }[] = [];
  const frames = charts.map((chart) => {
    const part = freePartName(pkg, "xl/charts/chart", ".xml", reserved);
    setPartText(pkg, part, chartXml(sheetName, chart));
    types.push({ part, contentType: PART_TYPES.chart });
    const relId = freeRelId(new Set(drawingRels.map((r) => r.id)));
    drawingRels.push({ id: relId, type: REL_TYPES.chart, target: relativeTarget(drawing, part) });
    return { chart, relId };
  });
  setPartText(pkg, drawing, drawingXml(frames));
  setPartText(pkg, relsPartOf(drawing), editRelationshipsXml(REL_HEAD, drawingRels, new Set()));
  types.push({ part: drawing, contentType: PART_TYPES.drawing });
  const sheetRels = partText(pkg, relsPartOf(sheetPart)) ?? REL_HEAD;
  const relId = freeRelId(new Set(readRelationshipsXml(sheetRels, sheetPart).map((r) => r.id)));
  setPartText(pkg, relsPartOf(sheetPart), editRelationshipsXml(sheetRels, [{ id: relId, type: REL_TYPES.drawing, target: relativeTarget(sheetPart, drawing) }], new Set()));
  setPartText(pkg, sheetPart, withDrawing(partText(pkg, sheetPart) ?? "", relId));
  return types;
}
