import { decodeStringItem } from "./xml-text";
import { PartDamage, unclosed } from "./part-damage";

/** Element names of a string item (<si>, or a cell's <is>) under one namespace prefix. */
export interface StringItemTags {
  tOpen: string;
  tClose: string;
  rPhOpen: string;
  rPhClose: string;
}

/** The tag names of string items for a prefix ("" or "x:"). */
export function stringItemTags(prefix: string): StringItemTags {
  return { tOpen: `<${prefix}t`, tClose: `</${prefix}t>`, rPhOpen: `<${prefix}rPh`, rPhClose: `</${prefix}rPh>` };
}

/**
 * The text of a string item whose content is s[from, to): its <t> text, or the <t> texts of its
 * rich-text runs joined; phonetic guides (<rPh>) are left out. Null when it holds no text at all.
 * A <t> or <rPh> not closed inside the item is damage (PartDamage), never a shortened text.
 */
export function stringItemText(s: string, from: number, to: number, tags: StringItemTags): string | null {
  let text: string | null = null;
  let p = from;
  while (p < to) {
    const lt = s.indexOf("<", p);
    if (lt < 0 || lt >= to) break;
    const gt = s.indexOf(">", lt);
    if (gt < 0 || gt >= to) throw new PartDamage("damage.xml.tag", lt);
    const after = s.charCodeAt(lt + tags.tOpen.length);
    if (s.startsWith(tags.tOpen, lt) && (after === 62 || after === 32 || after === 47 || after === 9 || after === 10 || after === 13)) {
      if (s.charCodeAt(gt - 1) === 47) { p = gt + 1; continue; }
      const end = s.indexOf(tags.tClose, gt);
      if (end < 0 || end > to) throw unclosed(tags.tOpen.slice(1), lt);
      if (end > gt + 1) text = (text ?? "") + decodeStringItem(s.slice(gt + 1, end));
      p = end + tags.tClose.length;
    } else if (s.startsWith(tags.rPhOpen, lt)) {
      if (s.charCodeAt(gt - 1) === 47) { p = gt + 1; continue; }
      const end = s.indexOf(tags.rPhClose, lt);
      if (end < 0 || end > to) throw unclosed(tags.rPhOpen.slice(1), lt);
      p = end + tags.rPhClose.length;
    } else {
      p = gt + 1;
    }
  }
  return text;
}
