import { labelKey } from "./text";

const MARKS = new Set(["/", "\\", "-", "--", "—", "——", "–", "－", "─", "无", "N/A", "NA", "不适用", "暂无"]);

/** True for the marks rosters use for "no value here" ("/", "-", "—", "无"…): never a zero, never an error. */
export function isNotApplicable(text: string): boolean {
  return text.length <= 4 && MARKS.has(labelKey(text));
}
