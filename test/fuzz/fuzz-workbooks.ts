/**
 * Deterministic workbooks for the fuzz corpus, written here part by part (no stored binaries):
 * a roster shaped like the Suzhou notice's, with shared strings, styles, a merge and a formula,
 * and the hostile shapes of issue 17 built on it. Every zip gets a fixed timestamp, so the same
 * seed always gives the same bytes.
 */
import { strToU8, zipSync, type Zippable } from "fflate";
import { makeUscc } from "../../scripts/samples/uscc";

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "http://schemas.openxmlformats.org/package/2006/content-types";
const SHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** The zip timestamp of every generated entry: fixed, so bytes do not depend on the day. */
export const FIXED_MTIME = new Date("2022-10-01T08:00:00Z");

/** Zips parts (text or bytes) deterministically; level 0 stores them. */
export function zipText(parts: Record<string, string | Uint8Array>, level: 0 | 6 = 6): Uint8Array {
  const files: Zippable = {};
  for (const [name, body] of Object.entries(parts)) files[name] = [typeof body === "string" ? strToU8(body) : body, { level, mtime: FIXED_MTIME }];
  return zipSync(files, { mtime: FIXED_MTIME });
}

export const DISTRICTS = ["张家港", "常熟", "太仓", "昆山", "吴江", "吴中", "相城", "姑苏", "苏州工业园区", "高新区"];
export const CATEGORIES = ["工贸重点领域规上企业", "化工重点监测点企业", "工贸重点领域规下企业", "其余危化品及一般化工企业"];
const STATUSES = ["已达标", "申请创建", "未创建"];
export const HEADER = ["序号", "企业名称", "统一社会信用代码", "所在地区", "企业类别", "标准化等级", "状态", "发证日期", "申请年度"];

/** One roster row's cells as text or numbers. */
export type RowValues = (string | number)[];

/** The i-th enterprise of the plain roster (1-based). */
export function rosterRow(i: number): RowValues {
  const status = STATUSES[i % 3];
  return [
    i, `苏州第${i}安全企业有限公司`, makeUscc(i), DISTRICTS[i % DISTRICTS.length], CATEGORIES[i % CATEGORIES.length],
    status === "已达标" ? "三级" : "", status, status === "已达标" ? 44000 + (i % 700) : "", status === "申请创建" ? 2022 : "",
  ];
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function columnName(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** What a generated workbook holds beyond its rows. */
export interface RosterShape {
  /** Extra XML after </sheetData> (merges) of the first sheet. */
  tail?: string;
  /** More sheets, each with its rows. */
  extraSheets?: { name: string; rows: RowValues[] }[];
  /** <definedNames> inner XML. */
  definedNames?: string;
  /** Raw shared-string items (inner XML of <si>) appended after the generated ones. */
  rawStrings?: string[];
  /** Raw cells appended to the first data row ("<c …>…</c>"). */
  rawCells?: string;
  /** Raw rows appended after the generated rows. */
  rawRows?: string;
}

/** A roster workbook: the header, the rows, shared strings for text, a date style, a title merge and a formula. */
export function rosterWorkbook(rows: RowValues[], shape: RosterShape = {}): Uint8Array {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const sharedIndex = (s: string): number => {
    let n = index.get(s);
    if (n === undefined) {
      n = strings.length;
      strings.push(`<t xml:space="preserve">${escapeXml(s)}</t>`);
      index.set(s, n);
    }
    return n;
  };
  const sheetXml = (sheetRows: RowValues[], extraFirst: string, extraRows: string, tail: string): string => {
    const all = [HEADER, ...sheetRows];
    const body = all.map((cells, r) => {
      const tags = cells.map((v, c) => {
        const ref = `${columnName(c + 1)}${r + 1}`;
        if (v === "") return "";
        if (typeof v === "number") return `<c r="${ref}"${c === 7 && r > 0 ? ' s="1"' : ""}><v>${v}</v></c>`;
        return `<c r="${ref}" t="s"><v>${sharedIndex(v)}</v></c>`;
      }).join("");
      const formula = r === 1 ? `<c r="K2"><f>A2+1</f><v>${Number(all[1][0]) + 1}</v></c>` : "";
      return `<row r="${r + 1}">${tags}${formula}${r === 1 ? extraFirst : ""}</row>`;
    }).join("");
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${MAIN} ${REL}><sheetData>${body}${extraRows}</sheetData>${tail}</worksheet>`;
  };
  const sheets = [{ name: "台账", rows }, ...(shape.extraSheets ?? [])];
  const parts: Record<string, string> = {};
  sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(s.rows, i === 0 ? shape.rawCells ?? "" : "", i === 0 ? shape.rawRows ?? "" : "", i === 0 ? shape.tail ?? "" : "");
  });
  strings.push(...(shape.rawStrings ?? []));
  const sheetTags = sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  const rels = sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="${RELS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("");
  const overrides = sheets.map((_s, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${SHEET_CT}"/>`).join("");
  return zipText({
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${CT}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook ${MAIN} ${REL}><sheets>${sheetTags}</sheets>${shape.definedNames ? `<definedNames>${shape.definedNames}</definedNames>` : ""}</workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_RELS}">${rels}<Relationship Id="rIdS" Type="${RELS}/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="${RELS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    "xl/styles.xml": `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${MAIN}><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    "xl/sharedStrings.xml": `<?xml version="1.0" encoding="UTF-8"?><sst ${MAIN} count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si>${s}</si>`).join("")}</sst>`,
    ...Object.fromEntries(Object.entries(parts)),
  });
}

/** The plain roster of n enterprises. */
export function plainRoster(n: number): Uint8Array {
  return rosterWorkbook(Array.from({ length: n }, (_, i) => rosterRow(i + 1)));
}
