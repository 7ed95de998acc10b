import type { Lang } from "../i18n/lang";
import { t } from "../i18n/translate";
import type { ComplianceRow } from "../metrics/compliance";
import type { Profile } from "../profile/schema";
import type { RenewalRadar } from "../renewal/renewal-radar";
import { projectionShown, type ProjectedRow } from "../renewal/year-end-projection";
import { emptySheetSpec, type SheetSpec } from "../spec/spec";
import { blockWriter, type BlockValue } from "./block-writer";
import { fitWidth } from "./column-width";
import { attachmentPrintSetup } from "./print-setup";
import type { ReportFonts } from "./report-data";
import { entryLabel } from "../explain/entry-label";

/** What the 到期提醒 sheet is built from: the radar and the year-end projection of one analysis. */
export interface RenewalSheetData {
  profile: Profile;
  radar: RenewalRadar;
  projection: readonly ProjectedRow[];
  fonts: ReportFonts;
  lang: Lang;
}

const LIST_KEYS = ["district", "name", "uscc", "grade", "certificate", "validUntil", "daysLeft", "lapsed", "status"];
const PROJECTION_KEYS = ["district", "category", "base", "attained", "yearEndAttained", "rate", "yearEndRate", "target", "met", "yearEndMet", "yearEndGap"];

const pct = (v: number | null): BlockValue => (v === null ? null : { value: v, numberFormat: "0.0%" });
const mark = (met: boolean | null) => (met === null ? null : met ? "✓" : "✗");

function projectionRow(p: ProjectedRow, creation: boolean, lang: Lang): BlockValue[] {
  const rate = (r: ComplianceRow) => (creation ? r.creationRate : r.attainmentRate);
  const { now, yearEnd } = p;
  const target: BlockValue = now.target === null ? null : now.targetKind === "rate" ? pct(now.target) : now.target;
  return [now.district ?? t("metric.total", {}, lang), now.categoryName, now.base, now.attained, yearEnd.attained, pct(rate(now)), pct(rate(yearEnd)), target, mark(now.met), mark(yearEnd.met), yearEnd.gap];
}

/**
 * The 到期提醒 sheet, print-ready: the certificates expiring within the window and those lapsed but
 * still marked attained (by district, then date, with days left, grade and number); the expiries per
 * district and month for the next 12 months; the year-end projection against the targets. The same
 * content `anbiao renewals` prints.
 */
export function buildRenewalSheet(data: RenewalSheetData): SheetSpec {
  const { radar, lang } = data;
  const spec = emptySheetSpec(t("sheet.renewals.name", {}, lang), { generator: "anbiao", kind: "renewals", profile: data.profile.id, key: "renewals" });
  const width = Math.max(PROJECTION_KEYS.length, radar.months.length + 1);
  const w = blockWriter(spec, t("sheet.renewals.title", { asOf: radar.asOf, within: radar.within, count: radar.certificates.length }, lang), width, data.fonts);
  const col = (k: string) => t(`renewals.col.${k}`, {}, lang);
  w.table(LIST_KEYS.map(col), radar.certificates.map((c) => {
    const r = c.entry.record;
    return [c.entry.district, r.name, r.uscc, entryLabel("grade", r.grade, lang), r.certificateNumber, c.validUntil, c.daysLeft, c.lapsed ? t("renewals.lapsed", {}, lang) : null, entryLabel("status", r.status, lang)];
  }));
  w.gap();
  w.caption(t("renewals.months", {}, lang));
  // Districts with no expiry in the year ahead would be rows of zeros: only the total keeps its row regardless.
  const districts = [...new Set(radar.byMonth.filter((m) => m.count > 0 || m.district === null).map((m) => m.district))];
  w.table([col("district"), ...radar.months], districts.map((d) => [d ?? t("metric.total", {}, lang), ...radar.months.map((m) => radar.byMonth.find((x) => x.district === d && x.month === m)?.count ?? 0)]));
  w.gap();
  w.caption(t("renewals.projection", {}, lang));
  const creation = new Set(data.profile.categories.filter((c) => c.rate === "creation").map((c) => c.id));
  w.table(PROJECTION_KEYS.map(col), projectionShown(data.projection).map((p) => projectionRow(p, creation.has(p.now.category), lang)));
  const texts = (c: number) => spec.cells.filter((x) => x.col === c && x.row > 1).map((x) => String(x.value ?? ""));
  spec.columnWidths = Array.from({ length: width }, (_, i) => fitWidth(texts(i + 1), 8, 36));
  spec.freeze = { rows: 2, columns: 0 };
  spec.print = attachmentPrintSetup({ first: 1, last: 2 }, lang);
  return spec;
}
