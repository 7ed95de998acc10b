import { findPart, type XlsxPackage } from "./package-parts";
import { scanPart, type ByteScanner } from "./part-stream";
import { stringItemTags, stringItemText, type StringItemTags } from "./string-item";
import { PartDamage, unclosed } from "./part-damage";
import { READ_LIMITS } from "./read-limits";
import { ZipFormatError } from "./zip-archive";
import { asciiBytes, bytesAt, findByte, findBytes, findBytesBackward, isNameEnd, latin1Text, textOf } from "./xml-bytes";
import { decodeStringItem } from "./xml-text";

/**
 * Collects the <si> items of a shared-strings part as they stream past, scanning the bytes and
 * decoding only each item's <t> text. An item whose </si> is missing is damage: joining it to the
 * next item would shift every later index, so every later shared-string cell would show another
 * cell's text.
 */
class SharedStringScanner implements ByteScanner {
  readonly strings: string[] = [];
  private siName = "";
  private siOpen: Uint8Array = new Uint8Array(0);
  private siClose: Uint8Array = new Uint8Array(0);
  private tags: StringItemTags | null = null;
  /** Where the item plainItemAt last read ends. */
  private itemEnd = 0;

  scan(b: Uint8Array, final: boolean): number {
    if (this.tags === null) {
      // Tag names are ASCII: a one-byte-per-character reading finds the prefix at its byte index.
      const m = /<([A-Za-z_][\w.-]*:)?sst[ \t\r\n>/]/.exec(latin1Text(b, 0, b.length));
      if (!m) return final ? b.length : 0;
      const prefix = m[1] ?? "";
      this.siName = `${prefix}si`;
      this.siOpen = asciiBytes(`<${prefix}si`);
      this.siClose = asciiBytes(`</${prefix}si>`);
      this.tags = stringItemTags(prefix);
    }
    const { siOpen, siClose, tags } = this;
    let i = 0;
    for (;;) {
      const open = findBytes(b, siOpen, i);
      if (open < 0) return final ? b.length : Math.max(i, b.length - siOpen.length);
      // A tag name cut by the chunk edge waits for the next chunk.
      if (open + siOpen.length >= b.length) return final ? b.length : open;
      if (!isNameEnd(b[open + siOpen.length])) {
        i = open + 1;
        continue;
      }
      const gt = findByte(b, 62, open);
      if (gt < 0) {
        if (final) throw new PartDamage("damage.xml.tag", open);
        return open;
      }
      if (b[gt - 1] === 47) {
        this.add("");
        i = gt + 1;
        continue;
      }
      const simple = this.plainItemAt(b, gt + 1);
      if (simple !== null) {
        this.add(simple);
        i = this.itemEnd;
        continue;
      }
      const close = findBytes(b, siClose, gt);
      if (close < 0) {
        if (final) throw unclosed(this.siName, open);
        return open;
      }
      // Searched backwards from the </si>, so the look costs no more than the item itself.
      const last = findBytesBackward(b, siOpen, close);
      if (last > open && isNameEnd(b[last + siOpen.length])) throw unclosed(this.siName, open);
      this.add(stringItemText(b, gt + 1, close, tags) ?? "");
      i = close + siClose.length;
    }
  }

  /** Appends the next item's text, within READ_LIMITS.strings (empty items count too). */
  private add(text: string): void {
    if (this.strings.length >= READ_LIMITS.strings) throw new ZipFormatError("limit.strings", { limit: READ_LIMITS.strings });
    this.strings.push(text);
  }

  /**
   * When the item's content starting at `from` is exactly one <t>, its text with no tag inside, then
   * the item's </si>, the text (itemEnd: just past the </si>); else null, and the general path reads
   * the item. Nearly every item is this shape, and one pass over its bytes replaces four (finding
   * </si>, looking back for a lost one, then finding <t> and </t>); no <si> can hide in a text
   * without a "<", so nothing the general path refuses is read here.
   */
  private plainItemAt(b: Uint8Array, from: number): string | null {
    const { tOpen, tClose } = this.tags!;
    if (!bytesAt(b, from, tOpen) || !isNameEnd(b[from + tOpen.length])) return null;
    const gt = findByte(b, 62, from);
    if (gt < 0 || b[gt - 1] === 47) return null;
    const lt = findByte(b, 60, gt + 1);
    if (lt < 0 || !bytesAt(b, lt, tClose) || !bytesAt(b, lt + tClose.length, this.siClose)) return null;
    this.itemEnd = lt + tClose.length + this.siClose.length;
    return lt > gt + 1 ? decodeStringItem(textOf(b, gt + 1, lt)) : "";
  }
}

/** The shared strings of a workbook in index order (empty when it has no shared-strings part). */
export function readSharedStrings(pkg: XlsxPackage, part: string | null): string[] {
  const entry = part === null ? undefined : findPart(pkg, part);
  if (!entry) return [];
  const scanner = new SharedStringScanner();
  scanPart(pkg, entry, scanner);
  return scanner.strings;
}
