import { t } from "../i18n/translate";
import { emptySheetSpec, type SheetSpec } from "../spec/spec";
import { appendAll } from "../collections/append-all";
import { FRAME_HEADER_ROW, frameTable } from "./compliance-frame";
import { INDICATOR_HEADER_KEYS, indicatorBlock } from "./compliance-indicators";
import { metFormats } from "./met-formats";
import type { ReportData } from "./report-data";

/**
 * The indicators' compliance (renewals, reviews, audits, benchmarks…) on a sheet of their own, after
 * the category sheet. Their columns mean other things (数量/分母/占比/完成时限 where the categories have
 * 底数/已达标数/创建率/达标率), and a sheet repeats only one range of header rows when printed: below the
 * categories, every continuation page would carry the category header over indicator rows. On its own
 * sheet each table prints with its own title and its own header on every page. A share over a
 * category's base keeps that base as the engine's figure here: a formula across sheets would point at
 * the wrong tab when the category sheet is placed under another name (目标完成情况(2)).
 * Undefined when the profile has no indicators.
 */
export function buildIndicatorSheet(data: ReportData): SheetSpec | undefined {
  if (!data.indicators || data.indicators.length === 0) return undefined;
  const lang = data.lang ?? "zh-CN";
  const spec = emptySheetSpec(t("sheet.indicators.name", {}, lang), { generator: "anbiao", kind: "compliance", profile: data.profile.id, key: "compliance-indicators" });
  const block = indicatorBlock(data, data.indicators, FRAME_HEADER_ROW, () => undefined);
  appendAll(spec.cells, block.cells);
  frameTable(spec, data, t("sheet.indicators.title", { title: data.profile.title, year: data.year }, lang), INDICATOR_HEADER_KEYS.length, block.body.bottom);
  appendAll(spec.styles, block.styles);
  appendAll(spec.conditionalFormats, metFormats(block.met));
  return spec;
}
