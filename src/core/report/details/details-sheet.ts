import { appendAll } from "../../collections/append-all";
import { areaAddress, cellAddress, quoteSheetName } from "../../grid/address";
import type { Lang } from "../../i18n/lang";
import { t } from "../../i18n/translate";
import type { Classification } from "../../metrics/classify-records";
import type { Profile } from "../../profile/schema";
import type { BulkLink } from "../../spec/bulk-rows";
import { emptySheetSpec, figureOf, type CellSpec, type SheetSpec, type SpecValue } from "../../spec/spec";
import type { Measure } from "../../explain/enterprises-behind";
import { entryLabel } from "../../explain/entry-label";
import { entryIn } from "../../explain/figure-entries";
import { groupKey } from "../../explain/group-members";
import { detailRows, figureKey, indicatorKey, type DetailRows, type FigureRange } from "./detail-rows";
import { groupEntries } from "./group-entries";
import { groupRows } from "./group-rows";
import { indicatorMembers } from "./indicator-members";
import type { IsoDate } from "../../roster/record";

/** What the 明细 sheet is drawn from: the classification the counts came from, and where the rosters were read. */
export interface DetailsInput {
  classification: Classification;
  profile: Profile;
  /** The roster file's name, shown as each enterprise's source. */
  file: string;
  lang: Lang;
  /** The as-of date the indicator counts were taken at. */
  asOf: IsoDate;
}

/** The most data rows an Excel sheet holds below its header row (1,048,576 rows in all). */
export const MAX_DETAIL_ROWS = 1_048_575;

/** The sheets with the 明细 sheet and their links, or unchanged when it would pass MAX_DETAIL_ROWS. */
export interface DetailsResult {
  specs: SheetSpec[];
  /** Data rows the 明细 table has (or would have had): one per enterprise × category, plus the 合计 repeats. */
  rows: number;
  written: boolean;
}

const COLUMNS = ["category", "scope", "attained", "applying", "name", "uscc", "district", "grade", "certificate", "issued", "validUntil", "status", "why", "file", "sheet", "row"];
/**
 * Where each figure's link back sits on the first row of its range: base on the scope (the total's
 * on the category), attained and applying on their columns; a target's measures, whose ranges may
 * start on the same row as those, each on a column of its own: this year's attained on the issue
 * date, attained or applying on the status, this year's attained or applying on the expiry date.
 */
const BACK_COLUMN: Record<Measure, number> = { base: 2, attained: 3, applying: 4, newlyAttained: 10, attainedOrApplying: 12, newlyAttainedOrApplying: 11 };
const HEADER_ROW = 1;
const FIRST_ROW = HEADER_ROW + 1;

/** The key in DetailRows.ranges of the figure a cell reports, or null. */
function cellKey(c: CellSpec): string | null {
  return c.figure ? figureKey(c.figure) : c.indicatorFigure ? indicatorKey(c.indicatorFigure) : c.groupFigure ? groupKey(c.groupFigure) : null;
}

/** The first cell showing each figure, in sheet order: where its range links back to (a group's on the first of its row's columns left free). */
function backTargets(specs: readonly SheetSpec[]): Map<string, { back: string; measure: Measure; total: boolean; group: boolean }> {
  const out = new Map<string, { back: string; measure: Measure; total: boolean; group: boolean }>();
  for (const spec of specs) {
    for (const c of spec.cells) {
      const key = cellKey(c);
      if (key === null || out.has(key)) continue;
      const district = figureOf(c)!.district;
      out.set(key, { back: `#${quoteSheetName(spec.name)}!${cellAddress(c.row, c.col)}`, measure: c.figure?.measure ?? "base", total: district === null, group: c.groupFigure !== undefined });
    }
  }
  return out;
}

/** The words every row repeats (category names, 是/否, grades, statuses, reasons), looked up once, not per row. */
function wordsOf(input: DetailsInput): (kind: string, v: string | number | null) => string | null {
  const cache = new Map<string, string | null>();
  return (kind, v) => {
    const key = `${kind}\u0001${v}`;
    let word = cache.get(key);
    if (word === undefined && !cache.has(key)) {
      word = kind === "yes" ? t(v ? "details.yes" : "details.no", {}, input.lang) : kind === "total" ? t("metric.total", {}, input.lang) : entryLabel(kind as "grade" | "status" | "why", v, input.lang);
      cache.set(key, word);
    }
    return word ?? null;
  };
}

function rowValues(input: DetailsInput, rows: DetailRows, labels: readonly string[], i: number, word: ReturnType<typeof wordsOf>): SpecValue[] {
  const entry = input.classification.classes[rows.record[i]];
  const category = rows.category[i];
  const scope = rows.scopes[rows.scope[i]];
  if (rows.label[i] >= 0) {
    // A group's row: its place (a 附件2 row, a category of a stage), the standing in its category where it has one.
    const e = entryIn(entry, category);
    const standing = category >= 0;
    return [labels[rows.label[i]], scope ?? word("total", null), standing ? word("yes", e.attained ? 1 : 0) : null, standing ? word("yes", e.applying ? 1 : 0) : null, e.name, e.uscc, e.district, word("grade", e.grade), e.certificateNumber, e.issueDate, e.validUntil, word("status", e.status), word("why", e.why), input.file, e.sheet, e.row];
  }
  if (category < 0) {
    // An indicator's row: the indicator's name, the standing in the category it is within; no attained/applying columns.
    const indicator = (input.profile.indicators ?? [])[-1 - category];
    const e = entryIn(entry, input.profile.categories.findIndex((c) => c.id === indicator.within));
    return [indicator.name, scope ?? word("total", null), null, null, e.name, e.uscc, e.district, word("grade", e.grade), e.certificateNumber, e.issueDate, e.validUntil, word("status", e.status), word("why", e.why), input.file, e.sheet, e.row];
  }
  const e = entryIn(entry, category);
  return [
    input.profile.categories[category].name,
    scope ?? word("total", null),
    word("yes", e.attained ? 1 : 0),
    word("yes", e.applying ? 1 : 0),
    e.name, e.uscc, e.district, word("grade", e.grade), e.certificateNumber, e.issueDate, e.validUntil, word("status", e.status), word("why", e.why), input.file, e.sheet, e.row,
  ];
}

function linked(c: CellSpec, target: string): CellSpec {
  const inner = c.formula ?? (typeof c.value === "number" ? String(c.value) : null);
  if (inner === null) return c;
  const result = c.formula !== undefined ? c.result : c.value;
  return { row: c.row, col: c.col, formula: `HYPERLINK("${target}",${inner})`, result: result ?? null, figure: c.figure, indicatorFigure: c.indicatorFigure, groupFigure: c.groupFigure };
}

/** The sheet rows of a figure's range, across every column. */
function rangeAddress(r: FigureRange): string {
  return areaAddress({ top: FIRST_ROW + r.first, left: 1, bottom: FIRST_ROW + r.last, right: COLUMNS.length });
}

/**
 * `summarize --details`: a 明细 sheet holding one filterable table (frozen header, autofilter) with
 * a row per enterprise × category it is in the base of (category, where it is counted, attained,
 * applying, then name, USCC, district, grade, certificate, dates, status, why not attained, source
 * file, sheet and row), laid out so each figure is one contiguous range of rows (detailRows); each
 * count cell of the sheets becomes a HYPERLINK selecting its range, its value the count itself so
 * SUM and the rate formulas still read a number; the first row of each range links back to the
 * figure. A count of 0 has no rows and stays unlinked. The table's rows are streamed at package
 * level (SheetSpec.bulk); above Excel's row limit the sheets come back unlinked, for the caller to say so.
 */
export function withDetails(specs: readonly SheetSpec[], input: DetailsInput): DetailsResult {
  const backs = backTargets(specs);
  const ids = input.profile.categories.map((c) => c.id);
  const reported = new Set([...specs.flatMap((s) => s.cells.flatMap((c) => (c.figure ? [c.figure.category] : [])))]);
  const categories = ids.flatMap((id, i) => (reported.has(id) ? [i] : []));
  const reportedIndicators = new Set(specs.flatMap((s) => s.cells.flatMap((c) => (c.indicatorFigure ? [c.indicatorFigure.indicator] : []))));
  const scopes: (string | null)[] = input.classification.byDistrict ? [...input.classification.districts, null] : [null];
  const groups = groupEntries(input, specs.flatMap((sp) => sp.cells.flatMap((c) => (c.groupFigure ? [c.groupFigure] : []))), scopes);
  const rows = detailRows(input.classification, ids, categories, indicatorMembers(input, reportedIndicators, scopes), groupRows(groups.entries));
  if (rows.count > MAX_DETAIL_ROWS) return { specs: [...specs], rows: rows.count, written: false };
  const name = t("sheet.details.name", {}, input.lang);
  const sheet = emptySheetSpec(name, { generator: "anbiao", kind: "details", profile: input.profile.id, key: "details" });
  appendAll(sheet.cells, COLUMNS.map((k, i) => ({ row: HEADER_ROW, col: i + 1, value: t(`details.col.${k}`, {}, input.lang) })));
  sheet.styles.push({ area: { top: HEADER_ROW, left: 1, bottom: HEADER_ROW, right: COLUMNS.length }, style: { bold: true, fill: "D9D9D9" } });
  sheet.columnWidths = COLUMNS.map((k) => (k === "name" || k === "category" ? 30 : k === "uscc" || k === "certificate" ? 22 : k === "attained" || k === "applying" ? 9 : k === "file" ? 22 : k === "why" ? 18 : 12));
  sheet.freeze = { rows: HEADER_ROW, columns: 0 };
  // Printed for district staff: every column on the page's width, the header on every page.
  sheet.print = { orientation: "landscape", paperSize: "A3", fitToWidth: true, titleRows: { first: HEADER_ROW, last: HEADER_ROW } };
  const word = wordsOf(input);
  const links: BulkLink[] = [];
  const taken = new Set<number>();
  const spot = (row: number, col: number) => row * (COLUMNS.length + 1) + col;
  for (const [key, b] of backs) {
    const r = rows.ranges.get(key);
    if (!r || b.group) continue;
    const col = b.total && b.measure === "base" ? 1 : BACK_COLUMN[b.measure];
    links.push({ row: FIRST_ROW + r.first, col, target: b.back });
    taken.add(spot(FIRST_ROW + r.first, col));
  }
  // Groups sharing a first row (a 附件2 row's 标杆 and 企业总数) link back from the next free of its first columns.
  for (const [key, b] of backs) {
    const r = rows.ranges.get(key);
    if (!r || !b.group) continue;
    const col = [1, 2, 3, 4].find((c) => !taken.has(spot(FIRST_ROW + r.first, c)));
    if (col === undefined) continue;
    links.push({ row: FIRST_ROW + r.first, col, target: b.back });
    taken.add(spot(FIRST_ROW + r.first, col));
  }
  links.sort((a, b) => a.row - b.row || a.col - b.col);
  const bottom = Math.max(HEADER_ROW, FIRST_ROW + rows.count - 1);
  sheet.bulk = { top: FIRST_ROW, count: rows.count, row: (i) => rowValues(input, rows, groups.labels, i, word), links, autoFilter: { top: HEADER_ROW, left: 1, bottom, right: COLUMNS.length } };
  const target = (key: string) => {
    const r = rows.ranges.get(key);
    return r ? `#${quoteSheetName(name)}!${rangeAddress(r)}` : null;
  };
  const out = specs.map((s) => ({
    ...s,
    cells: s.cells.map((c) => {
      const key = cellKey(c);
      const to = key === null ? null : target(key);
      return to ? linked(c, to) : c;
    }),
  }));
  return { specs: [...out, sheet], rows: rows.count, written: true };
}
