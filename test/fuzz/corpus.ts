/**
 * The fuzz corpus of issue 17: damaged and hostile inputs generated from a seed, in the families the
 * issue lists. The same seed and count always give the same inputs (bases are built here with a
 * fixed zip timestamp). An input may carry an oracle: `mustRefuse` when its damage leaves a part the
 * reader takes values from not well-formed, so any reading of it would be a guess.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { plainRoster, rosterRow, rosterWorkbook, zipText, type RowValues } from "./fuzz-workbooks";
import { seededRandom } from "../../scripts/samples/random";

/** The families of inputs, as issue 17 names them. */
export const FAMILIES = ["truncated", "bitflip", "zeroed", "zip", "xml", "values", "profile", "special"] as const;
export type Family = (typeof FAMILIES)[number];

/** A path-level input: not bytes but a kind of file the CLI is pointed at. */
export type SpecialKind = "fifo" | "devzero" | "directory" | "missing" | "newline-name";

/** One generated input. */
export interface FuzzInput {
  id: string;
  family: Family;
  /** The workbook bytes (absent for special inputs, whose workbook is the base roster when needed). */
  bytes?: Uint8Array;
  /** A hostile profile's file text (bytes), used in place of the built-in profile. */
  profile?: Uint8Array;
  special?: SpecialKind;
  /** The damage leaves a part that values are read from not well-formed: exit 0/1 would be a guessed value. */
  mustRefuse: boolean;
  /** What was done, for the report. */
  note: string;
}

/** A small deterministic generator (the samples' mulberry32), so the output is the same on every run. */
export const rng = seededRandom;

type Rand = () => number;
const int = (r: Rand, n: number): number => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)];

const root = join(__dirname, "..", "..");

/** The valid workbooks that damaged inputs start from. */
export interface Bases {
  roster: Uint8Array;
  sample: Uint8Array;
}

export function bases(): Bases {
  return { roster: plainRoster(60), sample: new Uint8Array(readFileSync(join(root, "assets", "samples", "suzhou-roster.xlsx"))) };
}

function truncated(r: Rand, b: Bases, i: number): FuzzInput {
  const base = pick(r, [b.roster, b.sample]);
  const keep = int(r, base.length - 1);
  return { id: `truncated-${i}`, family: "truncated", bytes: base.slice(0, keep), mustRefuse: true, note: `cut to ${keep} of ${base.length} bytes` };
}

function bitflip(r: Rand, b: Bases, i: number): FuzzInput {
  const bytes = pick(r, [b.roster, b.sample]).slice();
  const n = 1 + int(r, 8);
  const at: number[] = [];
  for (let k = 0; k < n; k++) {
    const p = int(r, bytes.length);
    bytes[p] ^= 1 << int(r, 8);
    at.push(p);
  }
  return { id: `bitflip-${i}`, family: "bitflip", bytes, mustRefuse: false, note: `${n} bits flipped at ${at.join(",")}` };
}

function zeroed(r: Rand, b: Bases, i: number): FuzzInput {
  const bytes = pick(r, [b.roster, b.sample]).slice();
  const len = 1 + int(r, Math.min(4096, bytes.length / 4));
  const at = int(r, bytes.length - len);
  bytes.fill(0, at, at + len);
  return { id: `zeroed-${i}`, family: "zeroed", bytes, mustRefuse: false, note: `${len} bytes zeroed at ${at}` };
}

function u32le(b: Uint8Array, at: number, v: number): void {
  b[at] = v & 255; b[at + 1] = (v >>> 8) & 255; b[at + 2] = (v >>> 16) & 255; b[at + 3] = (v >>> 24) & 255;
}

function centralRecords(zip: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i + 46 <= zip.length; i++) if (zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 1 && zip[i + 3] === 2) out.push(i);
  return out;
}

/** A bomb: a sheet of `mb` MB of empty rows that deflates to about a thousandth of that. */
function rowBomb(mb: number): Uint8Array {
  const row = strToU8("<row/>");
  const head = strToU8('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  const tail = strToU8("</sheetData></worksheet>");
  const n = Math.floor((mb * 1024 * 1024) / row.length);
  const xml = new Uint8Array(head.length + n * row.length + tail.length);
  xml.set(head);
  for (let k = 0; k < n; k++) xml.set(row, head.length + k * row.length);
  xml.set(tail, head.length + n * row.length);
  return xml;
}

const ZIP_TRICKS: ((r: Rand, b: Bases) => { bytes: Uint8Array; note: string; mustRefuse: boolean })[] = [
  (r, b) => {
    const z = b.roster.slice(); const rec = pick(r, centralRecords(z)); u32le(z, rec + 24, int(r, 50));
    return { bytes: z, note: "an entry's recorded size made smaller", mustRefuse: false };
  },
  (r, b) => {
    const z = b.roster.slice(); const rec = pick(r, centralRecords(z)); u32le(z, rec + 24, 0x7fffffff);
    return { bytes: z, note: "an entry's recorded size made 2 GB", mustRefuse: false };
  },
  (r, b) => {
    const z = b.roster.slice(); const rec = pick(r, centralRecords(z)); z[rec + 16] ^= 0xff;
    return { bytes: z, note: "an entry's CRC changed", mustRefuse: false };
  },
  (r, b) => {
    const z = b.roster.slice(); const rec = pick(r, centralRecords(z)); z[rec + 10] = 99;
    return { bytes: z, note: "an entry's method made 99", mustRefuse: false };
  },
  (r, b) => {
    const z = b.roster.slice(); const rec = pick(r, centralRecords(z)); z[rec + 8] |= 1;
    return { bytes: z, note: "an entry flagged encrypted", mustRefuse: false };
  },
  (r, b) => {
    const z = b.roster.slice(); const e = z.length - 22; z[e + 10] = int(r, 256); z[e + 11] = int(r, 256);
    return { bytes: z, note: "the entry count changed", mustRefuse: false };
  },
  (r, b) => {
    const z = b.roster.slice(); const e = z.length - 22; u32le(z, e + 16, int(r, z.length * 2));
    return { bytes: z, note: "the directory offset changed", mustRefuse: false };
  },
  (r, b) => {
    const z = b.roster.slice(); const e = z.length - 22; z[e + 10] = 0xff; z[e + 11] = 0xff; u32le(z, e + 16, 0xffffffff);
    return { bytes: z, note: "zip64 markers without a zip64 record", mustRefuse: true };
  },
  (r, b) => {
    const junk = new Uint8Array(1 + int(r, 2000)).map(() => int(r, 256));
    const z = new Uint8Array(b.roster.length + junk.length); z.set(b.roster); z.set(junk, b.roster.length);
    return { bytes: z, note: `${junk.length} junk bytes appended`, mustRefuse: false };
  },
  (r, b) => {
    const junk = strToU8("PK\u0003\u0004" + "x".repeat(int(r, 500)));
    const z = new Uint8Array(b.roster.length + junk.length); z.set(junk); z.set(b.roster, junk.length);
    return { bytes: z, note: "junk prepended", mustRefuse: false };
  },
  (r, b) => {
    const parts = unzipSync(b.roster);
    return { bytes: zipText({ ...parts, "xl/worksheets/sheet1.xml": rowBomb(70 + int(r, 60)) }), note: "a sheet of 70–130 MB of <row/> (a zip bomb)", mustRefuse: false };
  },
  (r, b) => {
    const parts = unzipSync(b.roster);
    return { bytes: zipText(parts, 0), note: "every entry stored, not deflated", mustRefuse: false };
  },
  (r, b) => {
    const z = zipText(unzipSync(b.roster), 0);
    const p = int(r, z.length - 22); z[p] ^= 0x20;
    return { bytes: z, note: "a stored entry's byte changed (only the CRC can tell)", mustRefuse: false };
  },
  () => ({ bytes: new Uint8Array(0), note: "an empty file", mustRefuse: true }),
  (r) => ({ bytes: new Uint8Array(1000 + int(r, 5000)).map(() => int(r, 256)), note: "random bytes", mustRefuse: true }),
  () => ({ bytes: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]), note: "a CFB (.xls or encrypted) header", mustRefuse: true }),
  () => ({ bytes: zipText({ "readme.txt": "not a workbook" }), note: "a zip with no workbook", mustRefuse: true }),
  () => ({ bytes: Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]), note: "an empty zip", mustRefuse: true }),
];

function zipTrick(r: Rand, b: Bases, i: number): FuzzInput {
  const k = i % ZIP_TRICKS.length;
  const made = ZIP_TRICKS[k](r, b);
  return { id: `zip-${i}`, family: "zip", ...made };
}

/** Parts the reader takes values from, and the end tags whose loss must be refused there. */
const VALUE_PARTS: Record<string, string[]> = {
  "xl/worksheets/sheet1.xml": ["</v>", "</c>", "</f>", "</row>", "</sheetData>"],
  "xl/sharedStrings.xml": ["</si>", "</t>"],
};
const OTHER_PARTS = ["xl/workbook.xml", "xl/styles.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "_rels/.rels"];

function nthIndex(s: string, needle: string, r: Rand): number {
  const at: number[] = [];
  for (let i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) at.push(i);
  return at.length ? pick(r, at) : -1;
}

function xmlMutation(r: Rand, b: Bases, i: number): FuzzInput {
  const parts = unzipSync(b.roster);
  const valuePart = r() < 0.65;
  const name = valuePart ? pick(r, Object.keys(VALUE_PARTS)) : pick(r, OTHER_PARTS);
  let text = strFromU8(parts[name]);
  let mustRefuse = false;
  let note: string;
  const kind = int(r, 6);
  if (kind === 0 || kind === 1) {
    const tags = valuePart ? VALUE_PARTS[name] : ["</sheets>", "</Relationship>", "</Relationships>", "</cellXfs>", "</Types>", "/>"];
    const tag = pick(r, tags);
    const at = nthIndex(text, tag, r);
    if (at >= 0) {
      text = text.slice(0, at) + text.slice(at + tag.length);
      mustRefuse = valuePart && at < text.lastIndexOf(name.endsWith("sharedStrings.xml") ? "</sst>" : "</worksheet>");
    }
    note = `${tag} removed from ${name}`;
  } else if (kind === 2) {
    const cut = int(r, text.length);
    const end = name.endsWith("sharedStrings.xml") ? text.lastIndexOf("</si>") + 5 : text.indexOf("</sheetData>") + 12;
    mustRefuse = valuePart && cut < end;
    text = text.slice(0, cut);
    note = `${name} cut at character ${cut}`;
  } else if (kind === 3) {
    const at = int(r, text.length);
    const junk = pick(r, ["<", ">", "&", '"', "<c>", "</c>", "<v>", "<row>", "<![CDATA[", "<!--", "\u0000", "\uFFFE", "&#xFFFE;", "&#0;", "&bogus;", "<x:c r=\"A1\">"]);
    text = text.slice(0, at) + junk + text.slice(at);
    note = `${JSON.stringify(junk)} inserted into ${name} at ${at}`;
  } else if (kind === 4) {
    const from = int(r, text.length), len = int(r, 400);
    text = text.slice(0, from) + text.slice(from, from + len).repeat(2 + int(r, 50)) + text.slice(from + len);
    note = `a slice of ${name} repeated at ${from}`;
  } else {
    const attr = pick(r, [/ r="([A-Z]+)(\d+)"/, / t="s"/, / s="1"/, / r="(\d+)"/]);
    const m = attr.exec(text);
    if (m) text = text.replace(m[0], pick(r, [' r="A1_0"', ' r="XFD1048576"', ' t="x"', ' s="99999"', " r=A1", ' r="67000000"', ' r=""']));
    note = `an attribute of ${name} changed`;
  }
  return { id: `xml-${i}`, family: "xml", bytes: zipText({ ...parts, [name]: text }), mustRefuse, note };
}

const many = (n: number, f: (i: number) => RowValues): RowValues[] => Array.from({ length: n }, (_, i) => f(i + 1));

const VALUE_SHAPES: ((r: Rand) => { bytes: Uint8Array; note: string; mustRefuse?: boolean })[] = [
  () => ({ bytes: rosterWorkbook(many(5, rosterRow), { rawRows: '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>' }), note: "a value at XFD1048576" }),
  () => ({ bytes: rosterWorkbook(many(5, rosterRow), { tail: '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>' }), note: "a merge A1:XFD1048576" }),
  () => ({ bytes: rosterWorkbook(many(5, rosterRow), { rawCells: '<c r="B2_000000"><v>1</v></c>' }), note: "a reference B2_000000", mustRefuse: true }),
  () => ({ bytes: rosterWorkbook(many(50, (i) => { const row = rosterRow(i); row[1] = `企业${i}` + "长".repeat(32760); return row; })), note: "50 rows of 32,767-character names" }),
  () => ({ bytes: rosterWorkbook(many(8, rosterRow), { rawStrings: ["<t>&#xFFFE;企业</t>"], rawCells: '<c r="L2" t="s"><v>' + 0 + '</v></c><c r="M2" t="inlineStr"><is><t>&#xFFFE;&#xFFFF;&#x1;</t></is></c>' }), note: "U+FFFE, U+FFFF and U+0001 in cells" }),
  () => ({ bytes: rosterWorkbook(many(8, (i) => { const row = rosterRow(i); row[1] = pick(rng(i), ["=cmd|' /C calc'!A0", "+SUM(1)", "-2+3", "@SUM(A1)"]) + i; return row; })), note: "formula-injection names" }),
  () => ({ bytes: rosterWorkbook(many(6, rosterRow), { rawCells: '<c r="L2"><v>NaN</v></c>' }), note: "a NaN value", mustRefuse: true }),
  () => ({ bytes: rosterWorkbook(many(4, rosterRow), { extraSheets: Array.from({ length: 150 }, (_, k) => ({ name: `附表${k + 1}`, rows: many(3, rosterRow) })) }), note: "151 sheets" }),
  () => ({ bytes: rosterWorkbook(many(4, rosterRow), { definedNames: Array.from({ length: 100000 }, (_, k) => `<definedName name="N${k}">台账!$A$${(k % 1000) + 1}</definedName>`).join("") }), note: "100,000 defined names" }),
  () => ({ bytes: rosterWorkbook(many(10000, (i) => { const row = rosterRow(i); row[2] = "无"; return row; })), note: "10,000 rows coded 无" }),
  () => ({ bytes: rosterWorkbook(many(3000, (i) => { const row = rosterRow(i); row[2] = "91320500MA1XXXXXXX"; return row; })), note: "3,000 rows with one credit code" }),
  () => ({ bytes: rosterWorkbook(many(5, rosterRow), { rawStrings: ["<r><t>a</t></r>".repeat(20000)], rawCells: '<c r="L2" t="s"><v>0</v></c>' }), note: "a string of 20,000 rich runs" }),
  () => ({ bytes: rosterWorkbook(many(5, rosterRow), { extraSheets: [{ name: "'<>&\"/\\[]*?:", rows: [] }] }), note: "a sheet name of XML and Excel specials" }),
  () => ({ bytes: rosterWorkbook(many(5, rosterRow), { rawRows: Array.from({ length: 3000 }, (_, k) => `<row r="${k + 100}"><c r="XFD${k + 100}"><v>${k}</v></c></row>`).join("") }), note: "3,000 rows with a value at XFD" }),
  () => ({ bytes: rosterWorkbook(many(5, rosterRow), { tail: `<mergeCells>${'<mergeCell ref="A1:Z50"/>'.repeat(2000)}</mergeCells>` }), note: "2,000 overlapping merges" }),
  (r) => ({ bytes: rosterWorkbook(many(20, (i) => { const row = rosterRow(i); row[int(r, row.length)] = pick(r, [1e308, -0, 0.1 + 0.2, 2 ** 53 + 1, "\u202e反向", "\t\n", " ", "١٢٣"]); return row; })), note: "odd numbers and texts" }),
];

function hostileValues(r: Rand, _b: Bases, i: number): FuzzInput {
  const made = VALUE_SHAPES[i % VALUE_SHAPES.length](r);
  return { id: `values-${i}`, family: "values", bytes: made.bytes, mustRefuse: made.mustRefuse ?? false, note: made.note };
}

const builtin = JSON.parse(readFileSync(join(root, "src", "core", "profile", "builtin", "suzhou-2022.json"), "utf8")) as Record<string, unknown>;

const PROFILE_SHAPES: ((r: Rand) => { text: string | Uint8Array; note: string })[] = [
  () => ({ text: "[".repeat(200000) + "]".repeat(200000), note: "arrays nested 200,000 deep" }),
  () => ({ text: '{"a":'.repeat(50000) + "1" + "}".repeat(50000), note: "objects nested 50,000 deep" }),
  () => ({ text: JSON.stringify(builtin).replace(/"figures":/, '"x":NaN,"figures":'), note: "a NaN" }),
  () => ({ text: JSON.stringify({ ...builtin, districts: { mode: "listed", label: "地区", units: Array.from({ length: 200000 }, (_, k) => ({ id: `d${k}`, name: `地区${k}`, aliases: [] })) } }), note: "200,000 districts" }),
  () => ({ text: JSON.stringify({ ...builtin, id: "bad\nid", title: "第一行\n第二行" }), note: "newlines in id and title" }),
  () => ({ text: "\uFEFF" + JSON.stringify(builtin), note: "a byte-order mark" }),
  () => ({ text: Uint8Array.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]), note: "invalid UTF-8" }),
  () => ({ text: "null", note: "null" }),
  () => ({ text: "1e400", note: "a number too large" }),
  () => ({ text: JSON.stringify({ ...builtin, __proto__: { polluted: true }, constructor: { prototype: { x: 1 } } }), note: "__proto__ and constructor keys" }),
  () => ({ text: " ".repeat(30 * 1024 * 1024) + "{}", note: "30 MB of spaces" }),
  (r) => { const s = JSON.stringify(builtin); const at = int(r, s.length); return { text: s.slice(0, at) + s.slice(at + 1 + int(r, 20)), note: `characters cut at ${at}` }; },
  (r) => { const s = JSON.stringify(builtin); const at = int(r, s.length); return { text: s.slice(0, at), note: `truncated at ${at}` }; },
  () => ({ text: JSON.stringify({ ...builtin, categories: [] }), note: "no categories" }),
];

function hostileProfile(r: Rand, b: Bases, i: number): FuzzInput {
  const made = PROFILE_SHAPES[i % PROFILE_SHAPES.length](r);
  const profile = typeof made.text === "string" ? strToU8(made.text) : made.text;
  return { id: `profile-${i}`, family: "profile", bytes: b.roster, profile, mustRefuse: false, note: made.note };
}

const SPECIALS: SpecialKind[] = ["fifo", "devzero", "directory", "missing", "newline-name"];

function special(_r: Rand, b: Bases, i: number): FuzzInput {
  const kind = SPECIALS[i % SPECIALS.length];
  return { id: `special-${i}`, family: "special", special: kind, bytes: kind === "newline-name" ? b.roster : undefined, mustRefuse: kind !== "newline-name", note: kind };
}

const MAKERS: Record<Family, (r: Rand, b: Bases, i: number) => FuzzInput> = {
  truncated, bitflip, zeroed, zip: zipTrick, xml: xmlMutation, values: hostileValues, profile: hostileProfile, special,
};

/** How many inputs of each family a corpus of `total` holds (mutations get most; fixed shapes fewer). */
export function familyCounts(total: number): Record<Family, number> {
  const weights: Record<Family, number> = { truncated: 12, bitflip: 22, zeroed: 14, zip: 12, xml: 24, values: 8, profile: 6, special: 2 };
  const sum = Object.values(weights).reduce((a, b) => a + b, 0);
  const counts = Object.fromEntries(FAMILIES.map((f) => [f, Math.max(1, Math.floor((total * weights[f]) / sum))])) as Record<Family, number>;
  counts.bitflip += total - Object.values(counts).reduce((a, b) => a + b, 0);
  return counts;
}

/**
 * Generates `total` inputs from `seed`, one generator per family so that growing one family does
 * not shift another's inputs. `onlyEvery` makes each family's every n-th input only (the test slice).
 */
export function* corpus(seed: number, total: number, onlyEvery = 1): Generator<FuzzInput> {
  const b = bases();
  const counts = familyCounts(total);
  for (const family of FAMILIES) {
    const r = rng(seed * 31 + FAMILIES.indexOf(family));
    // Only kept inputs are made (the slice skips the cost of the rest); each family's stream stays seeded.
    for (let i = 0; i < counts[family]; i += onlyEvery) yield MAKERS[family](r, b, i);
  }
}
