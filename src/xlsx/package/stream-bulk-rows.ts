import { areaAddress, cellAddress } from "../../core/grid/address";
import type { BulkRows } from "../../core/spec/bulk-rows";
import type { SpecValue } from "../../core/spec/spec";
import { defaultZipCodec } from "../lean/zip-codec";
import { xmlSafeText } from "../xml-safe-text";
import { chunkDeflater } from "./chunk-deflate";
import { type Package, partText } from "./package";
import { escapeXml } from "./xml-tags";

/** Rows rendered before their text is deflated and let go: a few hundred KB of XML at a time. */
const ROWS_PER_CHUNK = 2000;
/** Worksheet children after <hyperlinks> (CT_Worksheet's sequence): the links go before the first of them. */
const AFTER_HYPERLINKS = ["printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];
/** Worksheet children after <autoFilter> that ExcelJS may write for a sheet without merges or validations. */
const AFTER_AUTOFILTER = ["sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", ...AFTER_HYPERLINKS];

const encoder = new TextEncoder();

const LETTERS: string[] = [];
const NEEDS_ESCAPE = /[&<>"]/;

function cellXml(row: number, col: number, v: SpecValue): string {
  if (v === null || v === undefined || v === "") return "";
  const r = (LETTERS[col] ??= cellAddress(1, col).slice(0, -1)) + row;
  if (typeof v === "number") return Number.isFinite(v) ? `<c r="${r}"><v>${v}</v></c>` : "";
  const text = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  const safe = NEEDS_ESCAPE.test(text) ? escapeXml(xmlSafeText(text)) : xmlSafeText(text);
  // Only text with outer white space needs it kept (most cells have none: ~20 bytes a cell saved).
  const t = /^\s|\s$/.test(safe) ? '<t xml:space="preserve">' : "<t>";
  return `<c r="${r}" t="inlineStr"><is>${t}${safe}</t></is></c>`;
}

function rowsXml(bulk: BulkRows, from: number, to: number): string {
  const parts: string[] = [];
  for (let i = from; i < to; i++) {
    const row = bulk.top + i;
    const values = bulk.row(i);
    let cells = "";
    for (let k = 0; k < values.length; k++) cells += cellXml(row, k + 1, values[k]);
    parts.push(`<row r="${row}">${cells}</row>`);
  }
  return parts.join("");
}

function insertBefore(xml: string, prefix: string, names: readonly string[], element: string): string {
  const next = new RegExp(`<${prefix}(?:${names.join("|")})\\b|</${prefix}worksheet>`).exec(xml);
  if (!next) throw new Error("worksheet part without a closing tag");
  return xml.slice(0, next.index) + element + xml.slice(next.index);
}

/**
 * Appends bulk rows to a sheet part ExcelJS (or the graft) wrote: the part is split at the end
 * of its <sheetData>, the rows rendered a chunk at a time straight into a streaming deflate, and
 * the deflated part set as is, so the sheet's text is never held whole (a 200,000-row 明细 is
 * ~250 MB of XML, ~15 MB deflated). The autofilter, the links (as in-workbook locations, which
 * need no relationships) and the dimension are written into the small head and tail.
 */
export function streamBulkRows(pkg: Package, part: string, bulk: BulkRows): void {
  let xml = partText(pkg, part) ?? "";
  const prefix = /<(?:(\w+):)?worksheet\b/.exec(xml)?.[1];
  const p = prefix ? `${prefix}:` : "";
  xml = xml.replace(new RegExp(`<${p}sheetData\\s*/>`), `<${p}sheetData></${p}sheetData>`);
  if (bulk.autoFilter) xml = insertBefore(xml, p, AFTER_AUTOFILTER, `<${p}autoFilter ref="${areaAddress(bulk.autoFilter)}"/>`);
  if (bulk.links.length) {
    if (new RegExp(`<${p}hyperlinks\\b`).test(xml)) throw new Error("bulk rows on a sheet that has its own links");
    const links = bulk.links.map((l) => `<${p}hyperlink ref="${cellAddress(l.row, l.col)}" location="${escapeXml(l.target.replace(/^#/, ""))}" display="${escapeXml(l.target.replace(/^#/, ""))}"/>`).join("");
    xml = insertBefore(xml, p, AFTER_HYPERLINKS, `<${p}hyperlinks>${links}</${p}hyperlinks>`);
  }
  const dimension = new RegExp(`(<${p}dimension\\s+ref=")([A-Z]+\\d+)(?::[A-Z]+\\d+)?"`);
  const lastRow = bulk.top + bulk.count - 1;
  const widest = bulk.count > 0 ? bulk.row(0).length : 1;
  if (bulk.count > 0) xml = xml.replace(dimension, (_w, a: string, from: string) => `${a}${from}:${cellAddress(lastRow, widest)}"`);
  const end = xml.indexOf(`</${p}sheetData>`);
  if (end < 0) throw new Error("worksheet part without sheetData");
  const codec = defaultZipCodec();
  const out: Uint8Array[] = [];
  let crc = 0;
  let size = 0;
  const deflate = chunkDeflater((chunk) => out.push(chunk));
  const feed = (text: string, final: boolean) => {
    const bytes = encoder.encode(text);
    crc = codec.crc32Update(crc, bytes);
    size += bytes.length;
    deflate.push(bytes, final);
  };
  feed(xml.slice(0, end), false);
  for (let i = 0; i < bulk.count; i += ROWS_PER_CHUNK) feed(rowsXml(bulk, i, Math.min(bulk.count, i + ROWS_PER_CHUNK)), false);
  feed(xml.slice(end), true);
  const data = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of out) {
    data.set(c, at);
    at += c.length;
  }
  const now = new Date();
  pkg.setCompressed({ name: part, method: 8, crc: crc >>> 0, size, data, time: (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1), date: ((now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate() });
}

/**
 * The hidden name Excel keeps beside a sheet's autofilter (_xlnm._FilterDatabase, scoped to the
 * sheet): LibreOffice drops an autofilter that has none.
 */
export function filterDatabaseName(sheetName: string, localSheetId: number, bulk: BulkRows): string | null {
  if (!bulk.autoFilter) return null;
  const a = bulk.autoFilter;
  const abs = (row: number, col: number) => cellAddress(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const ref = `'${sheetName.replace(/'/g, "''")}'!${abs(a.top, a.left)}:${abs(a.bottom, a.right)}`;
  return `<definedName name="_xlnm._FilterDatabase" localSheetId="${localSheetId}" hidden="1">${escapeXml(ref)}</definedName>`;
}
