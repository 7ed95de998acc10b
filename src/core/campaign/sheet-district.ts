import { labelKey } from "../normalize/text";
import { districtKeys } from "../profile/district-key";
import { knownDistrictUnits, resolveDistrict } from "../profile/districts";
import { labelMatches } from "../profile/label-match";
import type { Profile } from "../profile/schema";
import type { RosterPreamble, SheetDistrict } from "../roster/types";

/** Words around a district in a sheet name or title that are not part of it (梅李镇台账, 2019年昆山市企业名单). */
const LEADING_YEAR = /^(?:\d{4}\s*年?度?)/;
const TRAILING_WORDS = /(?:企业|单位)?(?:台账|名单|名册|花名册|清单|明细表?|统计表|汇总表|一览表|数据|表)$/;
const BRACKETED = /[(（【[][^)）】\]]*[)）】\]]/g;
/** A place name ending in an administrative suffix, at the start of a text. */
const PLACE = /^([\u3400-\u9fff]{1,10}?(?:街道|镇|乡|区|县|市))/;
/** Texts that name a population or the whole city, never one district. */
const NOT_A_PLACE = /全市|全区|全县|汇总|合计|总表|企业|规上|规下|规模|小微|工贸|行业|领域/;

function cityOf(profile: Profile | null): string | null {
  const m = profile ? /^(.{2,6}?市)/.exec(profile.issuer) : null;
  return m ? m[1] : null;
}

function withoutCity(text: string, city: string | null): string {
  return city !== null && text.startsWith(city) ? text.slice(city.length) : text;
}

/** A population the profile counts (a category, indicator or sector name) is not a district, however it ends. */
function namesPopulation(profile: Profile | null, text: string): boolean {
  if (!profile) return false;
  const names = [
    ...profile.categories.flatMap((c) => [c.name, ...(c.aliases ?? [])]),
    ...(profile.sectors ?? []).flatMap((s) => [s.name, ...(s.aliases ?? [])]),
  ];
  return names.some((n) => labelMatches(n, text) || labelMatches(text, n));
}

/** The district a short text names by itself (a sheet name), or null. */
function placeOf(profile: Profile | null, text: string, whole: boolean): string | null {
  const city = cityOf(profile);
  // A sheet name's brackets hold counts or notes (梅李镇（32家）); a title's may hold the district itself.
  const key = whole ? labelKey(text).replace(BRACKETED, "") : labelKey(text);
  const stripped = withoutCity(key.replace(LEADING_YEAR, ""), city).replace(LEADING_YEAR, "");
  if (profile) {
    const known = resolveDistrict(profile, whole ? stripped.replace(TRAILING_WORDS, "") : stripped);
    if (known) return known.unit.name;
    if (!whole) {
      // A title or 填报单位 line names a listed unit somewhere in its text: exactly one, or it names none.
      const hits = new Set(knownDistrictUnits(profile).filter((u) => [u.name, ...u.aliases].some((n) => districtKeys(n).some((k) => [...k].length >= 2 && stripped.includes(k)))).map((u) => u.name));
      if (hits.size === 1) return [...hits][0];
      if (hits.size > 1) return null;
    }
    if (profile.districts.mode === "listed") return null;
  }
  const candidate = whole ? stripped.replace(TRAILING_WORDS, "") : (PLACE.exec(stripped)?.[1] ?? "");
  const place = PLACE.exec(candidate)?.[1];
  if (!place || (whole && place !== candidate) || [...place].length < 2) return null;
  if (place === city || NOT_A_PLACE.test(place) || namesPopulation(profile, place)) return null;
  return place;
}

/**
 * The district a roster sheet without a district column stands for: its sheet name when that is a
 * district (one sheet per 县市区 or 乡镇 is common), failing that the 填报单位 line, failing that the
 * title. For a listed profile only its units count; for an open list, a place name ending in
 * 街道/镇/乡/区/县/市 that is neither the issuing city nor a population the profile counts.
 */
export function sheetDistrictOf(profile: Profile | null): (sheet: string, preamble: RosterPreamble) => SheetDistrict | null {
  return (sheet, preamble) => {
    const fromSheet = placeOf(profile, sheet, true);
    if (fromSheet) return { value: fromSheet, source: "sheet" };
    const fromUnit = preamble.reportingUnit ? placeOf(profile, preamble.reportingUnit, false) : null;
    if (fromUnit) return { value: fromUnit, source: "reportingUnit" };
    const fromTitle = preamble.title ? placeOf(profile, preamble.title, false) : null;
    return fromTitle ? { value: fromTitle, source: "title" } : null;
  };
}
