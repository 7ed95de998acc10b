import type { Area } from "../grid/grid";
import { cellAddress } from "../grid/address";
import type { Lang } from "../i18n/lang";
import { t } from "../i18n/translate";
import type { IndicatorRow } from "../metrics/indicator-row";
import { targetsFor } from "../profile/targets";
import { figureOverParts, type CellSpec, type GroupPart, type RangeStyle } from "../spec/spec";
import type { ReportData } from "./report-data";
import { appendAll } from "../collections/append-all";

/** The indicator block's headers; met and gap sit in the same columns as the category block's. */
export const INDICATOR_HEADER_KEYS = ["district", "indicator", "count", "denominator", "share", "deadline", "overdue", "basis", "target", "actual", "met", "gap"];
/** Column numbers by meaning (A = 1). */
const C = { district: 1, name: 2, count: 3, denominator: 4, share: 5, deadline: 6, overdue: 7, basis: 8, target: 9, actual: 10, met: 11, gap: 12 };
const L = (col: number, row: number) => cellAddress(row, col);

/** The indicator block of the compliance sheet: its cells, styles and where its ✓/✗ column is. */
export interface IndicatorBlock {
  cells: CellSpec[];
  styles: RangeStyle[];
  header: Area;
  body: Area;
  met: Area;
}

/** Where the figures a denominator adds up are shown: a category's base cell, an indicator's count cell. */
export type CellOf = (district: string | null, id: string) => string | undefined;

/** The ids a share's denominator adds up: its `of`, else the category the indicator is within. */
function denominatorIds(data: ReportData, r: IndicatorRow): string[] {
  if (r.targetIndex === null) return [];
  const target = targetsFor(data.profile, r.indicator, data.year, r.district ?? undefined)[r.targetIndex];
  const within = data.profile.indicators?.find((i) => i.id === r.indicator)?.within;
  return target?.of ?? (within !== undefined ? [within] : []);
}

/** The figure a denominator reports: the sum of its ids' counts (a category's base, an indicator's count) in the row's district (and sector). */
function denominatorFigure(data: ReportData, r: IndicatorRow, ids: readonly string[]): Pick<CellSpec, "figure" | "indicatorFigure" | "groupFigure"> {
  const sector = r.sector === undefined ? {} : { sector: { sector: r.sector } };
  const parts = ids.map((id): GroupPart => (data.profile.categories.some((c) => c.id === id) ? { category: id, measure: "base", ...sector } : { indicator: id, ...sector }));
  return parts.length === 0 ? {} : figureOverParts(r.district, parts);
}

function rowCells(data: ReportData, r: IndicatorRow, row: number, cellOf: CellOf, lang: Lang): CellSpec[] {
  const name = r.sectorName ? `${r.indicatorName}（${r.sectorName}）` : r.indicatorName;
  const [cnt, den, shr, tgt, act] = [L(C.count, row), L(C.denominator, row), L(C.share, row), L(C.target, row), L(C.actual, row)];
  // A per-sector row's count is the indicator's narrowed to the sector, drawn by the tally's sector resolver.
  const countFigure = r.sector === undefined ? { indicatorFigure: { district: r.district, indicator: r.indicator } } : { groupFigure: { district: r.district, parts: [{ indicator: r.indicator, sector: { sector: r.sector } }] } };
  const cells: CellSpec[] = [
    { row, col: C.district, value: r.district ?? t("col.total", {}, lang) },
    { row, col: C.name, value: name },
    { row, col: C.count, value: r.count, ...countFigure },
  ];
  if (r.denominator !== null) {
    // A denominator of visible figures (renewals + reviews, a category's base) is their sum, so it follows them.
    const ids = denominatorIds(data, r);
    const refs = r.sector === undefined ? ids.map((id) => cellOf(r.district, id)) : [];
    const live = refs.length > 0 && refs.every((x) => x !== undefined);
    const of = denominatorFigure(data, r, ids);
    cells.push(live ? { row, col: C.denominator, formula: refs.join("+"), result: r.denominator, ...of } : { row, col: C.denominator, value: r.denominator, ...of });
    cells.push({ row, col: C.share, formula: `IF(${den}=0,"/",${cnt}/${den})`, result: r.rate ?? "/" });
  }
  if (r.by) cells.push({ row, col: C.deadline, value: r.by });
  if (r.overdue) cells.push({ row, col: C.overdue, value: t("sheet.compliance.overdue", {}, lang) });
  if (r.targetKind === null || r.target === null) return cells;
  const share = r.targetKind === "rate";
  cells.push(
    { row, col: C.basis, value: t(share ? "sheet.compliance.basis.share" : "sheet.compliance.basis.count", {}, lang) },
    { row, col: C.target, value: r.target },
  );
  if (share && r.denominator === null) return cells;
  const metText = r.met === null ? "" : r.met ? "✓" : "✗";
  cells.push(share ? { row, col: C.actual, formula: shr, result: r.rate ?? "/" } : { row, col: C.actual, formula: cnt, result: r.count, ...countFigure });
  if ((r.op ?? ">=") !== ">=") {
    // "突破" (>) and "=" targets are rare: the engine's judgement stands as written.
    cells.push({ row, col: C.met, value: metText }, { row, col: C.gap, value: r.gap ?? "" });
  } else if (share) {
    cells.push(
      { row, col: C.met, formula: `IF(${act}="/","",IF(${act}>=${tgt}-1E-9,"✓","✗"))`, result: metText },
      { row, col: C.gap, formula: `IF(${act}="/","",MAX(0,ROUNDUP(${tgt}*${den}-1E-9,0)-${cnt}))`, result: r.gap ?? "" },
    );
  } else {
    cells.push({ row, col: C.met, formula: `IF(${act}>=${tgt},"✓","✗")`, result: metText }, { row, col: C.gap, formula: `MAX(0,${tgt}-${cnt})`, result: r.gap ?? 0 });
  }
  return cells;
}

/**
 * The indicators' table from `top` (its header row): per district then the total, each
 * indicator's count, its denominator and share where a target is a share, deadline, overdue, target,
 * ✓/✗ and gap — shares, ✓/✗ and gaps as formulas over the row, denominators as sums of shown counts.
 */
export function indicatorBlock(data: ReportData, rows: readonly IndicatorRow[], top: number, categoryCell: CellOf): IndicatorBlock {
  const lang = data.lang ?? "zh-CN";
  const countRow = new Map<string, number>();
  rows.forEach((r, i) => {
    const key = `${r.district ?? ""}\u0000${r.indicator}`;
    if (r.sector === undefined && !countRow.has(key)) countRow.set(key, top + 1 + i);
  });
  const cellOf: CellOf = (district, id) => {
    const row = countRow.get(`${district ?? ""}\u0000${id}`);
    return row !== undefined ? L(C.count, row) : categoryCell(district, id);
  };
  const width = INDICATOR_HEADER_KEYS.length;
  const header: Area = { top, left: 1, bottom: top, right: width };
  const body: Area = { top: top + 1, left: 1, bottom: top + rows.length, right: width };
  const cells: CellSpec[] = INDICATOR_HEADER_KEYS.map((k, i) => ({ row: top, col: i + 1, value: t(`col.${k}`, {}, lang) }));
  rows.forEach((r, i) => appendAll(cells, rowCells(data, r, top + 1 + i, cellOf, lang)));
  const styles: RangeStyle[] = [
    { area: { ...body, left: C.count }, style: { horizontal: "center" } },
    { area: { ...body, left: C.share, right: C.share }, style: { numberFormat: "0.0%" } },
    ...rows.flatMap((r, i): RangeStyle[] => {
      const row = top + 1 + i;
      const own: RangeStyle[] = r.district === null ? [{ area: { top: row, left: 1, bottom: row, right: width }, style: { bold: true } }] : [];
      if (r.targetKind === "rate") own.push({ area: { top: row, left: C.target, bottom: row, right: C.target }, style: { numberFormat: "0%" } }, { area: { top: row, left: C.actual, bottom: row, right: C.actual }, style: { numberFormat: "0.0%" } });
      if (r.targetKind === "count") own.push({ area: { top: row, left: C.target, bottom: row, right: C.actual }, style: { numberFormat: "0" } });
      return own;
    }),
  ];
  return { cells, styles, header, body, met: { top: body.top, left: C.met, bottom: body.bottom, right: C.met } };
}
