import { findPart, type XlsxPackage } from "./package-parts";
import { scanPart, type TextScanner } from "./part-stream";
import { stringItemTags, stringItemText, type StringItemTags } from "./string-item";
import { PartDamage, unclosed } from "./part-damage";
import { READ_LIMITS } from "./read-limits";
import { ZipFormatError } from "./zip-archive";

function isDelimiter(c: number): boolean {
  return c === 62 || c === 47 || c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * Collects the <si> items of a shared-strings part as they stream past. An item whose </si> is
 * missing is damage: joining it to the next item would shift every later index, so every later
 * shared-string cell would show another cell's text.
 */
class SharedStringScanner implements TextScanner {
  readonly strings: string[] = [];
  private siOpen = "";
  private siClose = "";
  private tags: StringItemTags | null = null;

  scan(s: string, final: boolean): number {
    if (this.tags === null) {
      const m = /<([A-Za-z_][\w.-]*:)?sst[\s>/]/.exec(s);
      if (!m) return final ? s.length : 0;
      const prefix = m[1] ?? "";
      this.siOpen = `<${prefix}si`;
      this.siClose = `</${prefix}si>`;
      this.tags = stringItemTags(prefix);
    }
    let i = 0;
    for (;;) {
      const open = s.indexOf(this.siOpen, i);
      if (open < 0) return final ? s.length : Math.max(i, s.length - this.siOpen.length);
      // A tag name cut by the chunk edge waits for the next chunk.
      if (open + this.siOpen.length >= s.length) return final ? s.length : open;
      if (!isDelimiter(s.charCodeAt(open + this.siOpen.length))) {
        i = open + 1;
        continue;
      }
      const gt = s.indexOf(">", open);
      if (gt < 0) {
        if (final) throw new PartDamage("damage.xml.tag", open);
        return open;
      }
      if (s.charCodeAt(gt - 1) === 47) {
        this.strings.push("");
        i = gt + 1;
        continue;
      }
      const close = s.indexOf(this.siClose, gt);
      if (close < 0) {
        if (final) throw unclosed(this.siOpen.slice(1), open);
        return open;
      }
      // Searched backwards from the </si>, so the look costs no more than the item itself.
      const last = s.lastIndexOf(this.siOpen, close);
      if (last > open && isDelimiter(s.charCodeAt(last + this.siOpen.length))) throw unclosed(this.siOpen.slice(1), open);
      if (this.strings.length >= READ_LIMITS.strings) throw new ZipFormatError("limit.strings", { limit: READ_LIMITS.strings });
      this.strings.push(stringItemText(s, gt + 1, close, this.tags) ?? "");
      i = close + this.siClose.length;
    }
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
