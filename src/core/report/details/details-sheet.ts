import { appendAll } from "../../collections/append-all";
import { cellAddress, quoteSheetName } from "../../grid/address";
import type { Lang } from "../../i18n/lang";
import { t } from "../../i18n/translate";
import type { Classification } from "../../metrics/classify-records";
import type { Profile } from "../../profile/schema";
import { emptySheetSpec, type CellSpec, type CountFigure, type SheetSpec } from "../../spec/spec";
import { entryLabel } from "../../explain/entry-label";
import { enterpriseEntry } from "../../explain/enterprise-entry";

/** What the 明细 sheet is drawn from: the classification the counts came from, and where the rosters were read. */
export interface DetailsInput {
  classification: Classification;
  profile: Profile;
  /** The roster file's name, shown as each enterprise's source. */
  file: string;
  lang: Lang;
}

/**
 * The most rows a 明细 sheet is written with. Written through ExcelJS each row costs about 16 KB at
 * peak (62,000 rows took 1.19 GB on the 20k peer roster): 40,000 keeps summarize under 1 GB.
 */
export const MAX_DETAIL_ROWS = 40_000;

/** The sheets with the 明细 sheet and their links, or unchanged when it would pass MAX_DETAIL_ROWS. */
export interface DetailsResult {
  specs: SheetSpec[];
  /** Rows the 明细 sheet has (or would have had): block titles and enterprises. */
  rows: number;
  written: boolean;
}

const COLUMNS = ["name", "uscc", "district", "grade", "certificate", "issued", "validUntil", "status", "why", "file", "sheet", "row"];
const HEADER_ROW = 1;

function figureKey(f: CountFigure): string {
  return `${f.district ?? ""}\u0001${f.district === null ? 1 : 0}\u0001${f.category}\u0001${f.measure}`;
}

interface Block {
  figure: CountFigure;
  /** The first cell showing the figure: where the block's link returns to. */
  back: string;
  /** Indexes into the classification's classes, in record order. */
  members: number[];
}

/** The figures the sheets' count cells report, each once, in the order the sheets show them. */
function blocksOf(specs: readonly SheetSpec[]): Map<string, Block> {
  const blocks = new Map<string, Block>();
  for (const spec of specs) {
    for (const c of spec.cells) {
      if (!c.figure || blocks.has(figureKey(c.figure))) continue;
      blocks.set(figureKey(c.figure), { figure: c.figure, back: `#${quoteSheetName(spec.name)}!${cellAddress(c.row, c.col)}`, members: [] });
    }
  }
  return blocks;
}

/** One pass over the classification: each record's index into every wanted block it counts in (its district's and the total's). */
function fillMembers(blocks: Map<string, Block>, input: DetailsInput): void {
  const ids = input.profile.categories.map((c) => c.id);
  const add = (district: string | null, category: string, measure: CountFigure["measure"], i: number) => blocks.get(figureKey({ district, category, measure }))?.members.push(i);
  input.classification.classes.forEach((entry, i) => {
    if (entry.excluded !== null) return;
    for (const s of entry.standings) {
      const measures: CountFigure["measure"][] = ["base", ...(s.attained ? ["attained" as const] : []), ...(s.applying ? ["applying" as const] : [])];
      for (const m of measures) {
        if (entry.district !== null) add(entry.district, ids[s.category], m, i);
        add(null, ids[s.category], m, i);
      }
    }
  });
}

function entryCells(input: DetailsInput, i: number, category: number, row: number): CellSpec[] {
  const entry = input.classification.classes[i];
  const e = enterpriseEntry({ entry, standing: entry.standings.find((s) => s.category === category)! });
  const label = (kind: "grade" | "status" | "why", v: string | number | null) => entryLabel(kind, v, input.lang);
  const values = [e.name, e.uscc, e.district, label("grade", e.grade), e.certificateNumber, e.issueDate, e.validUntil, label("status", e.status), label("why", e.why), input.file, e.sheet, e.row];
  return values.map((value, k) => ({ row, col: k + 1, value }));
}

function linked(c: CellSpec, target: string): CellSpec {
  const inner = c.formula ?? (typeof c.value === "number" ? String(c.value) : null);
  if (inner === null) return c;
  const result = c.formula !== undefined ? c.result : c.value;
  return { row: c.row, col: c.col, formula: `HYPERLINK("${target}",${inner})`, result: result ?? null, figure: c.figure };
}

/**
 * `summarize --details`: a 明细 sheet with one block per figure the sheets' count cells report (a
 * title row, linked back to the figure, then one row per enterprise it counted: name, USCC,
 * district, grade, certificate, dates, status, why not attained, source file, sheet and row), and
 * the sheets with each count cell a HYPERLINK to its block whose value is the count itself, so SUM
 * and the rate formulas still read a number. Members are drawn from the classification the counts
 * were counted from, so each block has exactly its figure's number of rows. Above MAX_DETAIL_ROWS
 * the sheets come back unlinked, for the caller to say so.
 */
export function withDetails(specs: readonly SheetSpec[], input: DetailsInput): DetailsResult {
  const blocks = blocksOf(specs);
  fillMembers(blocks, input);
  let rows = 0;
  for (const b of blocks.values()) rows += 1 + b.members.length;
  if (rows > MAX_DETAIL_ROWS) return { specs: [...specs], rows, written: false };
  const name = t("sheet.details.name", {}, input.lang);
  const sheet = emptySheetSpec(name, { generator: "anbiao", kind: "details", profile: input.profile.id, key: "details" });
  appendAll(sheet.cells, COLUMNS.map((k, i) => ({ row: HEADER_ROW, col: i + 1, value: t(`details.col.${k}`, {}, input.lang) })));
  const targets = new Map<string, string>();
  let row = HEADER_ROW + 1;
  for (const [key, b] of blocks) {
    const index = input.profile.categories.findIndex((c) => c.id === b.figure.category);
    const category = input.profile.categories[index]?.name ?? b.figure.category;
    const title = t("details.block", { district: b.figure.district ?? t("metric.total", {}, input.lang), category, measure: t(`explain.measure.${b.figure.measure}`, {}, input.lang), count: b.members.length }, input.lang);
    sheet.cells.push({ row, col: 1, value: title, link: b.back });
    sheet.styles.push({ area: { top: row, left: 1, bottom: row, right: COLUMNS.length }, style: { bold: true, fill: "DDEBF7" } });
    targets.set(key, `#${quoteSheetName(name)}!${cellAddress(row, 1)}`);
    row++;
    for (const i of b.members) appendAll(sheet.cells, entryCells(input, i, index, row++));
  }
  sheet.styles.push({ area: { top: HEADER_ROW, left: 1, bottom: HEADER_ROW, right: COLUMNS.length }, style: { bold: true, fill: "D9D9D9" } });
  sheet.columnWidths = COLUMNS.map((k) => (k === "name" ? 36 : k === "uscc" || k === "certificate" ? 22 : 12));
  sheet.freeze = { rows: HEADER_ROW, columns: 0 };
  const out = specs.map((s) => ({ ...s, cells: s.cells.map((c) => (c.figure ? linked(c, targets.get(figureKey(c.figure))!) : c)) }));
  return { specs: [...out, sheet], rows, written: true };
}
