import { cellAddress } from "../grid/address";
import type { Area } from "../grid/grid";
import type { Lang } from "../i18n/lang";
import { t } from "../i18n/translate";
import type { ComplianceRow } from "../metrics/compliance";
import { neededFor } from "../metrics/needed";
import type { Phase } from "../profile/schema";
import { targetFor } from "../profile/targets";
import { emptySheetSpec, figureOverParts, type CellSpec, type SheetSpec } from "../spec/spec";
import { appendAll } from "../collections/append-all";
import { fitWidth } from "./column-width";
import { attachmentPrintSetup } from "./print-setup";
import type { ReportData } from "./report-data";
import { tableStyles } from "./sheet-styles";

const TOP = 3;
/** Columns per phase: 底数, 已达标数, 达标率, 目标, 差距, 是否逾期. */
const LEAVES = ["col.base", "col.attained", "col.attainmentRate", "sheet.phaseDistricts.target", "col.gap", "col.overdue"];

/** One 乡镇's figures in one phase: sums over the phase's category rows. */
export interface PhaseFigures {
  base: number;
  attained: number;
  /** The phase's target rate when all its categories share one (100%), else null. */
  target: number | null;
  /** Enterprises still needed: each category's own shortfall against its target, added up. */
  gap: number;
  /** True when the phase's last day has passed with enterprises still needed; null with no base. */
  overdue: boolean | null;
}

/**
 * A 乡镇's (null: the city's) figures in a phase, judged on the phase's target (the year it ends in)
 * and deadline (its last day). Categories of a phase are its sectors, each its own population: the
 * sums are the 阶段目标 sheet's rows added up for the 乡镇.
 */
export function phaseFigures(data: ReportData, phase: Phase, district: string | null): PhaseFigures {
  const year = Number(phase.to.slice(0, 4));
  let base = 0, attained = 0, gap = 0;
  const rates = new Set<number>();
  let other = false;
  for (const id of phase.categories) {
    const m: ComplianceRow | undefined = data.metrics.find((r) => r.district === district && r.category === id);
    const category = data.profile.categories.find((c) => c.id === id);
    if (!m || !category) continue;
    base += m.base;
    attained += m.attained;
    const target = targetFor(data.profile, id, year, district ?? undefined);
    if (!target) continue;
    if (target.kind === "rate") rates.add(target.value);
    else other = true;
    const counted = category.rate === "creation" ? m.attained + m.applying : m.attained;
    gap += Math.max(0, neededFor(target, m.base) - counted);
  }
  const target = !other && rates.size === 1 ? [...rates][0] : null;
  return { base, attained, target, gap, overdue: base === 0 ? null : data.asOf > phase.to && gap > 0 };
}

/** "2024年3月" from 2024-03-01 (zh-CN), "3/2024" in English. */
function month(iso: string, lang: Lang): string {
  return t("sheet.phaseDistricts.month", { year: iso.slice(0, 4), month: String(Number(iso.slice(5, 7))) }, lang);
}

/** The figure of a phase's base or attained in a 乡镇: the sum over the phase's categories, as phaseFigures adds them. */
function phaseFigure(data: ReportData, phase: Phase, district: string | null, measure: "base" | "attained") {
  const ids = phase.categories.filter((id) => data.profile.categories.some((c) => c.id === id));
  return figureOverParts(district, ids.map((category) => ({ category, measure })));
}

function rowCells(data: ReportData, phases: readonly Phase[], district: string | null, r: number, lang: Lang): CellSpec[] {
  const cells: CellSpec[] = [{ row: r, col: 1, value: district ?? t("col.total", {}, lang) }];
  phases.forEach((phase, p) => {
    const f = phaseFigures(data, phase, district);
    const c = 2 + p * LEAVES.length;
    const [base, att] = [cellAddress(r, c), cellAddress(r, c + 1)];
    cells.push(
      { row: r, col: c, value: f.base, ...phaseFigure(data, phase, district, "base") },
      { row: r, col: c + 1, value: f.attained, ...phaseFigure(data, phase, district, "attained") },
      { row: r, col: c + 2, formula: `IF(${base}=0,"/",${att}/${base})`, result: f.base === 0 ? "/" : f.attained / f.base },
      { row: r, col: c + 3, value: f.target },
      // A constant: the shortfalls are per category (a sector ahead of its target does not make up for one behind).
      { row: r, col: c + 4, value: f.gap },
      { row: r, col: c + 5, value: f.overdue === null ? null : t(f.overdue ? "report.attachment.overdue.yes" : "report.attachment.overdue.no", {}, lang) },
    );
  });
  return cells;
}

/**
 * The phased plan by 乡镇: one row per 乡（镇）街道 in the figures' order, then the city, and for each
 * phase its base, attained, attainment rate (a live formula), target, the enterprises still needed
 * and whether its deadline has passed with some still needed (逾期). Its own sheet, printed with its
 * two header rows repeated. Undefined when the profile has no phases.
 */
export function buildPhaseDistrictSheet(data: ReportData): SheetSpec | undefined {
  const phases = data.profile.phases ?? [];
  if (phases.length === 0) return undefined;
  const lang = data.lang ?? "zh-CN";
  const spec = emptySheetSpec(t("sheet.phaseDistricts.name", {}, lang), { generator: "anbiao", kind: "compliance", profile: data.profile.id, key: "phase-districts" });
  const districts: (string | null)[] = [];
  for (const m of data.metrics) if (m.district !== null && !districts.includes(m.district)) districts.push(m.district);
  districts.push(null);
  const width = 1 + phases.length * LEAVES.length;
  const bodyTop = TOP + 2;
  const last = bodyTop + districts.length - 1;
  appendAll(spec.cells, [
    { row: 1, col: 1, value: t("sheet.phaseDistricts.title", { issuer: data.profile.issuer, label: data.profile.districts.label }, lang) },
    { row: 2, col: 1, value: t("sheet.phaseDistricts.subtitle", { asOf: data.asOf }, lang) },
    { row: TOP, col: 1, value: data.profile.districts.label },
  ]);
  spec.merges.push({ top: 1, left: 1, bottom: 1, right: width }, { top: 2, left: 1, bottom: 2, right: width }, { top: TOP, left: 1, bottom: TOP + 1, right: 1 });
  phases.forEach((phase, p) => {
    const left = 2 + p * LEAVES.length;
    spec.cells.push({ row: TOP, col: left, value: t("sheet.phaseDistricts.phase", { name: phase.name, from: month(phase.from, lang), to: month(phase.to, lang) }, lang) });
    spec.merges.push({ top: TOP, left, bottom: TOP, right: left + LEAVES.length - 1 });
    LEAVES.forEach((key, i) => spec.cells.push({ row: TOP + 1, col: left + i, value: t(key, {}, lang) }));
  });
  districts.forEach((d, i) => appendAll(spec.cells, rowCells(data, phases, d, bodyTop + i, lang)));
  const header: Area = { top: TOP, left: 1, bottom: TOP + 1, right: width };
  const body: Area = { top: bodyTop, left: 1, bottom: last, right: width };
  appendAll(spec.styles, [
    ...tableStyles(data.fonts, { top: 1, left: 1, bottom: 1, right: width }, header, body),
    { area: { top: 2, left: 1, bottom: 2, right: width }, style: { fontName: data.fonts.body, fontSize: 10, horizontal: "left" } },
    { area: { ...body, left: 2 }, style: { horizontal: "center" } },
    { area: { top: last, left: 1, bottom: last, right: width }, style: { bold: true } },
    ...phases.flatMap((_, p) => {
      const left = 2 + p * LEAVES.length;
      return [
        { area: { ...body, left, right: left + 1 }, style: { numberFormat: "0" } },
        { area: { ...body, left: left + 2, right: left + 2 }, style: { numberFormat: "0.0%" } },
        { area: { ...body, left: left + 3, right: left + 3 }, style: { numberFormat: "0%" } },
        { area: { ...body, left: left + 4, right: left + 4 }, style: { numberFormat: "0" } },
      ];
    }),
  ]);
  const names = districts.map((d) => d ?? t("col.total", {}, lang));
  spec.columnWidths = [fitWidth([data.profile.districts.label, ...names], 10, 24), ...Array.from({ length: width - 1 }, () => 9)];
  spec.rowHeights = { 1: 28, [TOP]: 30, [TOP + 1]: 30 };
  spec.freeze = { rows: TOP + 1, columns: 1 };
  spec.print = attachmentPrintSetup({ first: TOP, last: TOP + 1 }, lang);
  appendAll(spec.conditionalFormats, phases.map((_, p) => {
    const col = 2 + p * LEAVES.length + 5;
    const area: Area = { top: bodyTop, left: col, bottom: last, right: col };
    return { area, formula: `${cellAddress(bodyTop, col).replace(/^([A-Z]+)/, "$$$1")}="${t("report.attachment.overdue.yes", {}, lang)}"`, style: { fontColor: "9C0006", fill: "FFC7CE" } };
  }));
  return spec;
}
