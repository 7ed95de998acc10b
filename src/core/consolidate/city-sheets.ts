import type { Lang } from "../i18n/lang";
import type { Profile } from "../profile/schema";
import { DEFAULT_FONTS } from "../report/report-data";
import { buildSummarySheets } from "../report/summary-sheets";
import type { SheetSpec } from "../spec/spec";
import { FILL_IN_LAYOUT_ID, templateLayouts } from "../template/fill-in-layout";
import { districtUnit } from "../template/single-district";
import type { Consolidation } from "./consolidate";
import type { ConsolidatePeriod } from "./read-submission";
import { submissionsSheet } from "./submissions-sheet";

/**
 * The city file: 报送情况 first, then the profile's attachments with every district row and 合计
 * (and the fill-in table the districts returned, when the profile's own attachments are city-wide),
 * the compliance sheet and the findings with their files.
 */
export function citySheets(result: Consolidation, profile: Profile, period: ConsolidatePeriod, at: string, lang: Lang = "zh-CN"): SheetSpec[] {
  const fillIn = templateLayouts(profile).filter((l) => l.id === FILL_IN_LAYOUT_ID);
  let city: Profile = fillIn.length > 0 ? { ...profile, attachments: [...fillIn, ...(profile.attachments ?? [])] } : profile;
  // An open list has no rows of its own: the run's districts are the rows, those that sent nothing blank.
  if (profile.districts.mode === "open") {
    const units = result.districts.flatMap((d) => districtUnit(profile, d) ?? []);
    city = { ...city, districts: { mode: "listed", label: profile.districts.label, units } };
  }
  const summary = buildSummarySheets({
    profile: city,
    year: period.year,
    asOf: period.asOf,
    metrics: result.metrics,
    findings: result.findings,
    findingsSource: { mode: "internal" },
    fonts: DEFAULT_FONTS,
    lang,
  });
  return [submissionsSheet(result, profile, at, DEFAULT_FONTS, lang), ...summary];
}
