import { zipSync } from "fflate";
import { UserError } from "../../core/errors";
import type { Lang } from "../../core/i18n/lang";
import { t } from "../../core/i18n/translate";
import type { ComplianceRow } from "../../core/metrics/compliance";
import type { District, Profile } from "../../core/profile/schema";
import { buildDistrictTemplate } from "../../core/template/build-template";
import { districtUnit } from "../../core/template/single-district";
import type { DownloadFile } from "./pane-workbook";

/** The districts a template set covers: a listed profile's units, else the districts the checked roster names (as `anbiao template --all --roster`). */
export function templateUnits(profile: Profile, rosterFigures: readonly ComplianceRow[] | undefined): District[] {
  if (profile.districts.mode === "listed") return profile.districts.units;
  const names: string[] = [];
  for (const m of rosterFigures ?? []) if (m.district !== null && !names.includes(m.district)) names.push(m.district);
  if (names.length === 0) throw new UserError("pane.templates.noDistricts", { profile: profile.title });
  return names.map((n) => districtUnit(profile, n) as District);
}

/** A file name without the characters Windows refuses (a district named 新区/园区 is fine; "A/B" is not). */
function safeName(name: string): string {
  return name.replace(/[\\/:*?"<>|]/g, "_");
}

/**
 * 「生成填报模板」: one fill-in workbook per district, as `anbiao template --all` writes them (bases
 * prefilled from the checked roster when there is one), in one .zip to download. ExcelJS is loaded
 * only now.
 */
export async function templatesZip(profile: Profile, year: number, rosterFigures: readonly ComplianceRow[] | undefined, lang: Lang): Promise<{ file: DownloadFile; count: number }> {
  const units = templateUnits(profile, rosterFigures);
  const { newWorkbookBytes } = await import("../../xlsx/write-workbook");
  const entries: Record<string, Uint8Array> = {};
  for (const unit of units) {
    const built = buildDistrictTemplate({ profile, year, unit, rosterFigures });
    entries[safeName(t("template.fileName", { year, district: unit.name }, lang))] = await newWorkbookBytes(built.sheets);
  }
  // .xlsx parts are deflated already: stored entries keep the zip quick to build.
  return { file: { name: safeName(t("pane.templates.zipName", { year, profile: profile.id }, lang)), bytes: zipSync(entries, { level: 0 }) }, count: units.length };
}
