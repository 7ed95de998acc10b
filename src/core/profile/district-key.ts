import { labelKey } from "../normalize/text";

/** Suffixes a roster may add to or drop from a district's name, and how long the bare name must stay. */
const SUFFIXES: readonly { suffix: string; minBare: number }[] = [
  { suffix: "街道", minBare: 2 },
  // 碧溪新区 is 碧溪; 新区 alone (Suzhou's unit) keeps its name.
  { suffix: "新区", minBare: 2 },
  { suffix: "市", minBare: 1 },
  { suffix: "区", minBare: 1 },
  { suffix: "县", minBare: 1 },
  // A township is named by at least two characters: "新镇" is not "新区".
  { suffix: "镇", minBare: 2 },
  { suffix: "乡", minBare: 2 },
];

/** A district text's labelKey without its administrative suffix (梅李镇 → 梅李, 晋江市 → 晋江, 碧溪新区 → 碧溪); the key itself when it has none. */
export function bareDistrictKey(text: string): string {
  const key = labelKey(text);
  for (const { suffix, minBare } of SUFFIXES) {
    if (key.endsWith(suffix) && [...key].length - [...suffix].length >= minBare) return key.slice(0, key.length - suffix.length);
  }
  return key;
}

/**
 * The comparison keys of a district text: its labelKey, and that key without a trailing
 * 市/区/县/镇/乡/街道 ("昆山市" and "昆山" meet at "昆山"; "梅李镇" and "梅李" at "梅李").
 */
export function districtKeys(text: string): string[] {
  const key = labelKey(text);
  const bare = bareDistrictKey(text);
  return bare !== key && bare.length > 0 ? [key, bare] : [key];
}
