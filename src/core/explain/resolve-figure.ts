import { UserError } from "../errors";
import { labelKey } from "../normalize/text";
import { resolveDistrict } from "../profile/districts";
import type { Profile } from "../profile/schema";
import { MEASURES, type Measure } from "./enterprises-behind";

/** A figure named on the command line: a district (null = the total), a category index and a measure. */
export interface FigureRef {
  district: string | null;
  category: number;
  measure: Measure;
}

/** Words that name the all-district total. */
const TOTAL_WORDS = new Set(["合计", "全市", "总计", "total", "all"]);

/** An indicator's figure named on the command line: a district (null = the total) and an indicator index. */
export interface IndicatorRef {
  district: string | null;
  indicator: number;
}

function districtNamed(profile: Profile, districts: readonly string[], text: string): string | null {
  const wanted = text.trim();
  if (TOTAL_WORDS.has(wanted.toLowerCase())) return null;
  const district = districts.find((d) => d === wanted) ?? districts.find((d) => d === resolveDistrict(profile, wanted)?.unit.name);
  if (district === undefined) throw new UserError("explain.badDistrict", { value: text, accepted: [...districts, "合计"].join("、") });
  return district;
}

/** Reads --district and --indicator (an id or a name) against the profile; anything else is a UserError listing what would be accepted. */
export function resolveIndicatorFigure(profile: Profile, districts: readonly string[], text: { district: string; indicator: string }): IndicatorRef {
  const key = labelKey(text.indicator);
  const indicators = profile.indicators ?? [];
  const indicator = indicators.findIndex((i) => i.id === text.indicator.trim() || labelKey(i.name) === key);
  if (indicator < 0) throw new UserError("explain.badIndicator", { value: text.indicator, accepted: indicators.map((i) => `${i.id}（${i.name}）`).join("、") || "—" });
  return { district: districtNamed(profile, districts, text.district), indicator };
}

/**
 * Reads --district, --category and --measure against the profile and the districts the rosters
 * gave: a district by the profile's name, alias or the rosters' own spelling (合计 or total for the
 * total), a category by id or name. Anything else is a UserError listing what would be accepted.
 */
export function resolveFigure(profile: Profile, districts: readonly string[], text: { district: string; category: string; measure: string }): FigureRef {
  const measure = MEASURES.find((m) => m === text.measure.trim());
  if (!measure) throw new UserError("explain.badMeasure", { value: text.measure, accepted: MEASURES.join("、") });
  const key = labelKey(text.category);
  const category = profile.categories.findIndex((c) => c.id === text.category.trim() || labelKey(c.name) === key);
  if (category < 0) throw new UserError("explain.badCategory", { value: text.category, accepted: profile.categories.map((c) => `${c.id}（${c.name}）`).join("、") });
  return { district: districtNamed(profile, districts, text.district), category, measure };
}
