import { cellAddress } from "../grid/address";
import type { Lang } from "../i18n/lang";
import { t } from "../i18n/translate";
import type { ComplianceRow } from "../metrics/compliance";
import { targetFor } from "../profile/targets";
import { emptySheetSpec, type CellSpec, type SheetSpec } from "../spec/spec";
import { FRAME_HEADER_ROW, frameTable } from "./compliance-frame";
import { metFormats } from "./met-formats";
import type { ReportData } from "./report-data";
import { appendAll } from "../collections/append-all";
import { targetMeasure } from "../explain/enterprises-behind";

const HEADER_KEYS = ["district", "category", "base", "attained", "applying", "creationRate", "attainmentRate", "basis", "target", "actual", "met", "gap"];
const HEADER_ROW = FRAME_HEADER_ROW;
/** Column numbers by meaning (A = 1). */
const C = { district: 1, category: 2, base: 3, attained: 4, applying: 5, creation: 6, attainment: 7, basis: 8, target: 9, actual: 10, met: 11, gap: 12 };
const L = (col: number, row: number) => cellAddress(row, col);

function basisKey(m: ComplianceRow, rate: "creation" | "attainment", basis: string | undefined): string {
  if (m.targetKind === "count") return basis === "new" ? "sheet.compliance.basis.countNew" : "sheet.compliance.basis.count";
  return `sheet.compliance.basis.${rate}`;
}

/** The cells of one district × category row: counts as constants, rates, met and gap as live formulas. */
function rowCells(m: ComplianceRow, r: number, data: ReportData, lang: Lang): CellSpec[] {
  const category = data.profile.categories.find((c) => c.id === m.category)!;
  const target = targetFor(data.profile, m.category, data.year, m.district ?? undefined);
  const [base, att, app] = [L(C.base, r), L(C.attained, r), L(C.applying, r)];
  const counted = category.rate === "creation" ? `(${att}+${app})` : att;
  const [tgt, act] = [L(C.target, r), L(C.actual, r)];
  const cells: CellSpec[] = [
    { row: r, col: C.district, value: m.district ?? t("col.total", {}, lang) },
    { row: r, col: C.category, value: m.categoryName },
    { row: r, col: C.base, value: m.base, figure: { district: m.district, category: m.category, measure: "base" } },
    { row: r, col: C.attained, value: m.attained, figure: { district: m.district, category: m.category, measure: "attained" } },
    { row: r, col: C.applying, value: m.applying, figure: { district: m.district, category: m.category, measure: "applying" } },
    { row: r, col: C.creation, formula: `IF(${base}=0,"/",(${att}+${app})/${base})`, result: m.creationRate ?? "/" },
    { row: r, col: C.attainment, formula: `IF(${base}=0,"/",${att}/${base})`, result: m.attainmentRate ?? "/" },
    { row: r, col: C.basis, value: t(basisKey(m, category.rate, target?.basis), {}, lang) },
  ];
  if (m.targetKind === null) return cells;
  cells.push({ row: r, col: C.target, value: m.target });
  // A count target's actual figure is enterprises (attained, this year's for a target of new ones, with applying for creation rates): a list stands behind it.
  const actualFigure = m.targetKind === "count" ? { figure: { district: m.district, category: m.category, measure: targetMeasure(category.rate, target?.basis) } } : {};
  if (target && target.op !== ">=") {
    // "突破" (>) and "=" targets are rare: the engine's judgement stands as written, as in the indicator block.
    cells.push(
      { row: r, col: C.actual, value: m.actual ?? "/", ...actualFigure },
      { row: r, col: C.met, value: m.met === null ? "" : m.met ? "✓" : "✗" },
      { row: r, col: C.gap, value: m.gap ?? "" },
    );
  } else if (m.targetKind === "rate") {
    const rateCol = category.rate === "creation" ? C.creation : C.attainment;
    cells.push(
      { row: r, col: C.actual, formula: L(rateCol, r), result: m.actual ?? "/" },
      // 1E-9 absorbs float noise so 0.8 × 275 asks for 220 enterprises, not 221.
      { row: r, col: C.met, formula: `IF(${act}="/","",IF(${act}>=${tgt}-1E-9,"✓","✗"))`, result: m.met === null ? "" : m.met ? "✓" : "✗" },
      { row: r, col: C.gap, formula: `IF(${act}="/","",MAX(0,ROUNDUP(${tgt}*${base}-1E-9,0)-${counted}))`, result: m.gap ?? "" },
    );
  } else {
    // A count may be this year's new enterprises, which no visible cell holds: the engine's count is a constant.
    cells.push(
      { row: r, col: C.actual, value: m.actual, ...actualFigure },
      { row: r, col: C.met, formula: `IF(${act}>=${tgt},"✓","✗")`, result: m.met ? "✓" : "✗" },
      { row: r, col: C.gap, formula: `MAX(0,${tgt}-${act})`, result: m.gap ?? 0 },
    );
  }
  return cells;
}

/**
 * The compliance sheet: per district × category in official order, then the totals: counts, both
 * rates, the year's target, the actual figure it is judged on, ✓/✗ (conditionally coloured) and the gap.
 * A profile's indicators get a sheet of their own (buildIndicatorSheet): see there why.
 */
export function buildComplianceSheet(data: ReportData): SheetSpec {
  const lang = data.lang ?? "zh-CN";
  const spec = emptySheetSpec(t("sheet.compliance.name", {}, lang), { generator: "anbiao", kind: "compliance", profile: data.profile.id, key: "compliance" });
  const last = HEADER_ROW + data.metrics.length;
  const width = HEADER_KEYS.length;
  appendAll(spec.cells, HEADER_KEYS.map((k, i) => ({ row: HEADER_ROW, col: i + 1, value: t(`col.${k}`, {}, lang) })));
  data.metrics.forEach((m, i) => appendAll(spec.cells, rowCells(m, HEADER_ROW + 1 + i, data, lang)));
  const body = frameTable(spec, data, t("sheet.compliance.title", { title: data.profile.title, year: data.year }, lang), width, last);
  appendAll(spec.styles, [
    { area: { ...body, left: C.base }, style: { horizontal: "center" } },
    { area: { ...body, left: C.creation, right: C.attainment }, style: { numberFormat: "0.0%" } },
    { area: { ...body, left: C.actual, right: C.actual }, style: { numberFormat: "0.0%" } },
    ...data.metrics.flatMap((m, i) => (m.district === null ? [{ area: { top: HEADER_ROW + 1 + i, left: 1, bottom: HEADER_ROW + 1 + i, right: width }, style: { bold: true } }] : [])),
    ...data.metrics.flatMap((m, i) => {
      const r = HEADER_ROW + 1 + i;
      if (m.targetKind === "rate") return [{ area: { top: r, left: C.target, bottom: r, right: C.target }, style: { numberFormat: "0%" } }];
      return m.targetKind === "count" ? [{ area: { top: r, left: C.target, bottom: r, right: C.actual }, style: { numberFormat: "0" } }] : [];
    }),
  ]);
  appendAll(spec.conditionalFormats, metFormats({ top: body.top, left: C.met, bottom: body.bottom, right: C.met }));
  return spec;
}
