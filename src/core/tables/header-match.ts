import { editDistance } from "../profile/edit-distance";
import { labelKey } from "../normalize/text";

const YEAR_MARK = "\u0001";
// Characters that change what a header means: 规上/规下, 非重点, 一级/二级/三级. A wording
// difference may not touch them ("工矿" for "工贸" is tolerated, "规下" for "规上" is not).
const MEANINGFUL = /[上下非不一二三123]/g;

function meaningful(key: string): string {
  return (key.match(MEANINGFUL) ?? []).join("");
}

/** The comparison key of a layout header, with "{year}" kept as a one-character wildcard. */
function layoutKey(text: string): string {
  return labelKey(text.replace(/\{year\}/g, YEAR_MARK));
}

/**
 * How far a sheet header is from a layout header: 0 when they read the same (labelKey, any year
 * for "{year}"), a small edit distance for small wording differences, null when they differ.
 */
export function headerDistance(sheetText: string, layoutText: string): number | null {
  const sheet = labelKey(sheetText);
  const layout = layoutKey(layoutText);
  if (sheet === "" || layout === "") return null;
  if (layout.includes(YEAR_MARK)) {
    const pattern = new RegExp(`^${layout.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(YEAR_MARK, "\\d{4}")}$`);
    if (pattern.test(sheet)) return 0;
  }
  if (sheet === layout) return 0;
  const plain = layout.replace(YEAR_MARK, "");
  if (meaningful(sheet) !== meaningful(plain)) return null;
  const distance = editDistance(sheet, plain);
  const tolerance = Math.max(1, Math.floor([...plain].length / 6));
  return distance <= tolerance ? distance : null;
}
