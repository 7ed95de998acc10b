import type { Behind } from "../explain/enterprises-behind";
import type { Lang } from "../i18n/lang";
import { t } from "../i18n/translate";
import type { Profile } from "../profile/schema";
import type { IsoDate } from "../roster/record";
import { placeSheets } from "../spec/place-sheets";
import { emptySheetSpec, type SheetSpec } from "../spec/spec";
import type { DistrictWorkList, GapList } from "../worklist/work-list";
import { blockWriter, type BlockValue } from "./block-writer";
import { fitWidth } from "./column-width";
import { attachmentPrintSetup } from "./print-setup";
import type { ReportFonts } from "./report-data";
import { entryLabel } from "../explain/entry-label";

/** What the work-list sheets are built from. */
export interface WorkListSheetData {
  profile: Profile;
  asOf: IsoDate;
  year: number;
  lists: readonly DistrictWorkList[];
  fonts: ReportFonts;
  lang: Lang;
}

const GAP_KEYS = ["seq", "name", "uscc", "group", "grade", "why", "source"];
const MISS_KEYS = ["seq", "name", "uscc", "deadline", "by", "applied", "status", "source"];
const WIDTH = Math.max(GAP_KEYS.length, MISS_KEYS.length);

/** The caption of a category's list: its figures and 还差 N 家. */
export function gapCaption(g: GapList, lang: Lang): string {
  const r = g.row;
  const target = r.target === null ? "" : r.targetKind === "rate" ? `${Math.round(r.target * 1000) / 10}%` : String(r.target);
  return t("worklist.gapCaption", { category: r.categoryName, base: r.base, attained: r.attained, applying: r.applying, target, gap: g.gap }, lang);
}

function gapRows(g: GapList, lang: Lang): BlockValue[][] {
  const row = (b: Behind, i: number, group: string): BlockValue[] => {
    const r = b.entry.record;
    return [i + 1, r.name, r.uscc, t(`worklist.group.${group}`, {}, lang), entryLabel("grade", r.grade, lang), entryLabel("why", b.standing.why, lang), `${r.sheet}!${r.row}`];
  };
  return [...g.notStarted.map((b, i) => row(b, i, "notStarted")), ...g.applying.map((b, i) => row(b, g.notStarted.length + i, "applying"))];
}

/** A sheet name Excel accepts: none of []:*?/\\ and at most 31 characters (a district written "城东/城西" would otherwise be refused). */
export function sheetNameOf(text: string): string {
  return text.replace(/[[\]:*?/\\]/g, "_").slice(0, 31);
}

/** One district's sheet: a block per category below target (未创建, then 申请创建), then the deadline misses. */
function districtSheet(list: DistrictWorkList, data: WorkListSheetData): SheetSpec {
  const { lang } = data;
  const spec = emptySheetSpec(sheetNameOf(t("sheet.worklist.name", { district: list.district }, lang)), { generator: "anbiao", kind: "worklist", profile: data.profile.id, key: `worklist-${list.district}` });
  const w = blockWriter(spec, t("sheet.worklist.title", { district: list.district, asOf: data.asOf }, lang), WIDTH, data.fonts);
  const col = (k: string) => t(`worklist.col.${k}`, {}, lang);
  for (const g of list.gaps) {
    w.caption(gapCaption(g, lang));
    if (g.candidates < g.gap) w.caption(t("worklist.short", { candidates: g.candidates, gap: g.gap }, lang));
    w.table(GAP_KEYS.map(col), gapRows(g, lang));
    w.gap();
  }
  if (list.deadlineMisses.length > 0) {
    w.caption(t("worklist.missCaption", { count: list.deadlineMisses.length }, lang));
    w.table(MISS_KEYS.map(col), list.deadlineMisses.map((m, i) => {
      const r = m.entry.record;
      const applied = typeof m.finding.actual === "string" ? m.finding.actual : null;
      return [i + 1, r.name, r.uscc, t(`worklist.rule.${m.finding.rule}`, {}, lang), String(m.finding.params.by), applied, entryLabel("status", r.status, lang), `${r.sheet}!${r.row}`];
    }));
  }
  const texts = (c: number) => spec.cells.filter((x) => x.col === c && x.row > 1 && !(c === 1 && typeof x.value === "string")).map((x) => String(x.value ?? ""));
  spec.columnWidths = Array.from({ length: WIDTH }, (_, i) => fitWidth(texts(i + 1), i === 0 ? 6 : 8, 36));
  spec.print = { ...attachmentPrintSetup({ first: 1, last: 1 }, lang), orientation: "portrait" };
  return spec;
}

/**
 * The work lists (工作清单), one print-ready sheet per district with something to chase; a single
 * sheet saying so when no district misses a target or a deadline.
 */
export function buildWorkListSheets(data: WorkListSheetData): SheetSpec[] {
  if (data.lists.length > 0) {
    const specs = data.lists.map((l) => districtSheet(l, data));
    // Two long district names cut to the same 31 characters would clash: the later one takes a suffix.
    for (const p of placeSheets([], specs)) p.spec.name = p.name;
    return specs;
  }
  const spec = emptySheetSpec(t("sheet.worklist.none.name", {}, data.lang), { generator: "anbiao", kind: "worklist", profile: data.profile.id, key: "worklist" });
  blockWriter(spec, t("worklist.none", { asOf: data.asOf }, data.lang), WIDTH, data.fonts);
  spec.print = attachmentPrintSetup({ first: 1, last: 1 }, data.lang);
  return [spec];
}
