import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";

/** The bytes of an ExcelJS workbook as written by its ordinary (non-streaming) writer. */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A zip of hand-written parts, for shapes of .xlsx that ExcelJS never writes. */
export function zipParts(parts: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])));
}

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** What a hand-written workbook holds: sheet XML bodies (inside <sheetData>…), styles, strings. */
export interface HandWorkbook {
  sheets: { name: string; sheetData: string; tail?: string; target?: string; state?: string }[];
  sharedStrings?: string[];
  /** <numFmts> and <cellXfs> inner XML. */
  numFmts?: string;
  cellXfs?: string;
  workbookPr?: string;
}

/** Builds a minimal .xlsx with the standard part names (targets may be overridden per sheet). */
export function handWorkbook(w: HandWorkbook): Uint8Array {
  const parts: Record<string, string> = {
    "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    "_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  };
  const sheets = w.sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`).join("");
  parts["xl/workbook.xml"] = `<?xml version="1.0"?><workbook ${MAIN} ${REL}>${w.workbookPr ?? ""}<sheets>${sheets}</sheets></workbook>`;
  const rels = w.sheets.map((s, i) => `<Relationship Id="rId${i + 1}" Type="${RELS}/worksheet" Target="${s.target ?? `worksheets/sheet${i + 1}.xml`}"/>`);
  rels.push(`<Relationship Id="rIdS" Type="${RELS}/styles" Target="styles.xml"/>`);
  if (w.sharedStrings) rels.push(`<Relationship Id="rIdT" Type="${RELS}/sharedStrings" Target="sharedStrings.xml"/>`);
  parts["xl/_rels/workbook.xml.rels"] = `<?xml version="1.0"?><Relationships xmlns="${PKG_RELS}">${rels.join("")}</Relationships>`;
  parts["xl/styles.xml"] = `<?xml version="1.0"?><styleSheet ${MAIN}>${w.numFmts ? `<numFmts>${w.numFmts}</numFmts>` : ""}<cellXfs>${w.cellXfs ?? '<xf numFmtId="0"/>'}</cellXfs></styleSheet>`;
  if (w.sharedStrings) parts["xl/sharedStrings.xml"] = `<?xml version="1.0"?><sst ${MAIN}>${w.sharedStrings.map((s) => `<si>${s}</si>`).join("")}</sst>`;
  w.sheets.forEach((s, i) => {
    const path = (s.target ?? `worksheets/sheet${i + 1}.xml`).replace(/^\/?(xl\/)?/, "xl/");
    parts[path] = `<?xml version="1.0"?><worksheet ${MAIN} ${REL}><sheetData>${s.sheetData}</sheetData>${s.tail ?? ""}</worksheet>`;
  });
  return zipParts(parts);
}
