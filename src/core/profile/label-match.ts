import { labelKey } from "../normalize/text";

// A label contained in a longer one after 非/不/无 means its opposite: "非工贸重点领域规上企业" is
// not a "工贸重点领域规上企业".
const NEGATIONS = ["非", "不", "无"];

/** The key of a yes/no header or label with a leading 是否 removed ("是否亿元以上企业" → "亿元以上企业"). */
export function flagKey(s: string): string {
  return labelKey(s).replace(/^是否/, "");
}

/**
 * True when a roster text means a profile label: equal labelKeys, or the text containing the label
 * not right after a negation ("“亿元”以上企业（二级）" means "亿元以上企业").
 */
export function labelMatches(text: string, label: string): boolean {
  const t = flagKey(text);
  const l = flagKey(label);
  if (l === "") return false;
  if (t === l) return true;
  let at = t.indexOf(l);
  while (at >= 0) {
    if (at === 0 || !NEGATIONS.includes(t[at - 1])) return true;
    at = t.indexOf(l, at + 1);
  }
  return false;
}
