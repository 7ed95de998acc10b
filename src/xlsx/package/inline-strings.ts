import { rootItems } from "./xml-children";
import { scanTags } from "./xml-tags";

/** The inner XML of each <si> of a sharedStrings.xml, by index. */
export function sharedStringItems(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  return rootItems(xml, scanTags(xml)).map((si) => si.replace(/^<si\b[^>]*>|<\/si>$/g, "").replace(/^<si\b[^>]*\/>$/, ""));
}

const CELL = /<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g;

/**
 * Rewrites shared-string cells (t="s") of a scratch sheet as inline strings, so grafting the sheet
 * never touches the input's sharedStrings.xml and its entries keep their indices.
 */
export function inlineSharedStrings(sheetXml: string, strings: readonly string[]): string {
  return sheetXml.replace(CELL, (whole: string, attrs: string, _end: string, body?: string) => {
    if (!/\st="s"/.test(attrs) || body === undefined) return whole;
    const index = /<v>\s*(\d+)\s*<\/v>/.exec(body);
    if (!index) return whole;
    const text = strings[Number(index[1])] ?? "";
    return `<c${attrs.replace(/\st="s"/, ' t="inlineStr"')}><is>${text}</is></c>`;
  });
}
