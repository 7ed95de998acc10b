import { formatPercentDecimals } from "../../core/tables/read-cell";
import { growEdits } from "./merge-styles";
import { applyEdits } from "./text-edits";
import { rootChild } from "./xml-children";
import { attr, escapeXml, rootPrefix, scanTags, type XmlTag } from "./xml-tags";

// Built-in number formats that show percents, and the codes that have a built-in id.
const BUILTIN_PERCENT_IDS = new Set([9, 10]);
const BUILTIN_BY_CODE: Record<string, number> = { "0%": 9, "0.00%": 10 };
const FIRST_CUSTOM_NUMFMT = 164;

function openTag(item: string): string {
  return /^<[^>]*>/.exec(item)?.[0] ?? item;
}

/** Sets (or adds) an attribute on an element's opening tag, leaving its children as they are. */
function withAttr(item: string, name: string, value: string | number): string {
  const open = openTag(item);
  const re = new RegExp(`(\\s${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  const next = re.test(open) ? open.replace(re, `$1"${value}"`) : open.replace(/\s*(\/?)>$/, ` ${name}="${value}"$1>`);
  return next + item.slice(open.length);
}

/**
 * The cell formats (cellXfs) of a styles.xml, grown on demand with clones that show a percent: a
 * cell whose format shows no percent gets a copy of its format (font, fill, border, alignment
 * kept) with the percent number format. Identical formats are reused, so a second run adds none.
 */
export class PercentStyles {
  private readonly tags: XmlTag[];
  private readonly xfs: string[];
  private readonly addedXfs: string[] = [];
  private readonly addedNumFmts: string[] = [];
  private readonly codeById = new Map<number, string>();
  private readonly idByCode = new Map<string, number>();
  private nextNumFmt = FIRST_CUSTOM_NUMFMT;

  constructor(private readonly source: string) {
    this.tags = scanTags(source);
    this.xfs = rootChild(source, this.tags, "cellXfs")?.items ?? [];
    for (const item of rootChild(source, this.tags, "numFmts")?.items ?? []) {
      const id = Number(attr(openTag(item), "numFmtId"));
      const code = attr(openTag(item), "formatCode") ?? "";
      this.codeById.set(id, code);
      if (!this.idByCode.has(code)) this.idByCode.set(code, id);
      this.nextNumFmt = Math.max(this.nextNumFmt, id + 1);
    }
  }

  /** True when cell format xf shows numbers as percents. */
  showsPercent(xf: number): boolean {
    const item = this.xfs[xf];
    if (item === undefined) return false;
    const id = Number(attr(openTag(item), "numFmtId") ?? 0);
    return BUILTIN_PERCENT_IDS.has(id) || formatPercentDecimals(this.codeById.get(id) ?? null) !== null;
  }

  /** The cell format to give a cell now formatted xf so that it shows `format`: xf itself when it already shows a percent. */
  styleFor(xf: number, format: string): number {
    const item = this.xfs[xf];
    if (item === undefined || this.showsPercent(xf)) return xf;
    const clone = withAttr(withAttr(item, "numFmtId", this.numFmtId(format)), "applyNumberFormat", 1);
    const all = [...this.xfs, ...this.addedXfs];
    const found = all.indexOf(clone);
    if (found >= 0) return found;
    this.addedXfs.push(clone);
    return all.length;
  }

  /** The styles.xml text with the added formats (the source itself when none were needed). */
  xml(): string {
    const growth = [
      { local: "numFmts", added: this.addedNumFmts },
      { local: "cellXfs", added: this.addedXfs },
    ];
    return applyEdits(this.source, growEdits(this.source, this.tags, growth, rootPrefix(this.tags)));
  }

  private numFmtId(code: string): number {
    const known = BUILTIN_BY_CODE[code] ?? this.idByCode.get(code);
    if (known !== undefined) return known;
    const id = this.nextNumFmt++;
    this.idByCode.set(code, id);
    this.codeById.set(id, code);
    this.addedNumFmts.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }
}
