import { findPart, type XlsxPackage } from "./package-parts";
import { scanPart, type TextScanner } from "./part-stream";
import { stringItemTags, stringItemText, type StringItemTags } from "./string-item";

/** Collects the <si> items of a shared-strings part as they stream past. */
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
      const after = s.charCodeAt(open + this.siOpen.length);
      if (after !== 62 && after !== 47 && after !== 32 && after !== 9 && after !== 10 && after !== 13) {
        i = open + 1;
        continue;
      }
      const gt = s.indexOf(">", open);
      if (gt < 0) return final ? s.length : open;
      if (s.charCodeAt(gt - 1) === 47) {
        this.strings.push("");
        i = gt + 1;
        continue;
      }
      const close = s.indexOf(this.siClose, gt);
      if (close < 0) return final ? s.length : open;
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
