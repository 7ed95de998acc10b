import { decodeStringItem } from "./xml-text";
import { PartDamage, unclosed } from "./part-damage";
import { asciiBytes, bytesAt, findByte, findBytes, isNameEnd, textOf } from "./xml-bytes";

/** Element names of a string item (<si>, or a cell's <is>) under one namespace prefix, as bytes. */
export interface StringItemTags {
  /** The qualified names, for messages ("t", "x:t"). */
  tName: string;
  rPhName: string;
  tOpen: Uint8Array;
  tClose: Uint8Array;
  rPhOpen: Uint8Array;
  rPhClose: Uint8Array;
}

/** The tag names of string items for a prefix ("" or "x:"). */
export function stringItemTags(prefix: string): StringItemTags {
  return { tName: `${prefix}t`, rPhName: `${prefix}rPh`, tOpen: asciiBytes(`<${prefix}t`), tClose: asciiBytes(`</${prefix}t>`), rPhOpen: asciiBytes(`<${prefix}rPh`), rPhClose: asciiBytes(`</${prefix}rPh>`) };
}

/**
 * The text of a string item whose content is b[from, to): its <t> text, or the <t> texts of its
 * rich-text runs joined; phonetic guides (<rPh>) are left out. Null when it holds no text at all.
 * Only the bytes of each <t>'s text are decoded. A <t> or <rPh> not closed inside the item is
 * damage (PartDamage), never a shortened text.
 */
export function stringItemText(b: Uint8Array, from: number, to: number, tags: StringItemTags): string | null {
  let text: string | null = null;
  let p = from;
  while (p < to) {
    const lt = findByte(b, 60, p);
    if (lt < 0 || lt >= to) break;
    const gt = findByte(b, 62, lt);
    if (gt < 0 || gt >= to) throw new PartDamage("damage.xml.tag", lt);
    if (bytesAt(b, lt, tags.tOpen) && isNameEnd(b[lt + tags.tOpen.length])) {
      if (b[gt - 1] === 47) { p = gt + 1; continue; }
      const end = findBytes(b, tags.tClose, gt);
      if (end < 0 || end > to) throw unclosed(tags.tName, lt);
      if (end > gt + 1) text = (text ?? "") + decodeStringItem(textOf(b, gt + 1, end));
      p = end + tags.tClose.length;
    } else if (bytesAt(b, lt, tags.rPhOpen)) {
      if (b[gt - 1] === 47) { p = gt + 1; continue; }
      const end = findBytes(b, tags.rPhClose, lt);
      if (end < 0 || end > to) throw unclosed(tags.rPhName, lt);
      p = end + tags.rPhClose.length;
    } else {
      p = gt + 1;
    }
  }
  return text;
}
