import { parseAreaAddress } from "../../core/grid/address";
import type { CellValue } from "../../core/grid/grid";
import type { TextScanner } from "./part-stream";
import type { GridBuilder } from "./grid-builder";
import { attribute, decodeXmlText } from "./xml-text";
import { CellType, cellType, cellValue, digitsValue, wholeCellValue, type SheetContext } from "./cell-values";
import { stringItemTags, stringItemText, type StringItemTags } from "./string-item";
import { slideFormula } from "./shared-formula";
import { PartDamage, unclosed } from "./part-damage";
import { parseCellReference, parseRowNumber } from "./cell-reference";
import { MAX_COL, MAX_ROW } from "./read-limits";

const enum Phase { BeforeData, InData, AfterData }

function isDelimiter(code: number): boolean {
  return code === 62 || code === 32 || code === 47 || code === 9 || code === 10 || code === 13;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * Scans a worksheet part's XML with indexOf over the text, cell by cell, feeding a GridBuilder.
 * Handles text cut at any chunk edge: it only consumes whole cells (and whole row tags), and the
 * caller hands the unconsumed tail back with the next chunk.
 *
 * Damage is never guessed around: every search for an end tag is bounded by the element that holds
 * it, so a <v> without </v> is reported (PartDamage, with its offset) rather than taking the next
 * cell's value or looping; a reference, row number or value that cannot be right is reported too.
 */
export class SheetScanner implements TextScanner {
  private phase = Phase.BeforeData;
  private rowOpen = "<row";
  private rowClose = "</row>";
  private cellOpen = "<c";
  private cellClose = "</c>";
  private dataClose = "</sheetData>";
  private mergeOpen = "<mergeCell";
  private vOpen = "<v";
  private vClose = "</v>";
  private fOpen = "<f";
  private fClose = "</f>";
  private isOpen = "<is";
  private isClose = "</is>";
  private itemTags: StringItemTags = stringItemTags("");
  private row = 0;
  private col = 0;
  /** 1 inside a <row>, -1 outside: a <row> inside a row means a lost </row>, a cell outside one a damaged <row>. */
  private rowAt = -1;
  // Per-cell fields, kept on the scanner so the hot loop allocates nothing for them.
  private cellStyle = -1;
  private type = CellType.Number;
  private readonly ref = { row: 0 };
  /** The last row the sheet's <dimension> claims (0 when it has none): the total a progress report counts to. */
  dimensionRows = 0;
  private readonly sharedMasters = new Map<string, { formula: string; row: number; col: number }>();

  constructor(private readonly ctx: SheetContext, private readonly out: GridBuilder) {}

  scan(s: string, final: boolean): number {
    let i = 0;
    if (this.phase === Phase.BeforeData) {
      const m = /<([A-Za-z_][\w.-]*:)?sheetData[\s>/]/.exec(s);
      if (!m) return final ? s.length : Math.max(0, s.length - 64);
      const dimension = /<(?:[A-Za-z_][\w.-]*:)?dimension\s[^>]*?ref="[A-Z]*\d*:?[A-Z]*(\d+)"/.exec(s.slice(0, m.index));
      if (dimension) this.dimensionRows = Number(dimension[1]);
      this.usePrefix(m[1] ?? "");
      const gt = s.indexOf(">", m.index);
      if (gt < 0) {
        if (final) throw new PartDamage("damage.xml.tag", m.index);
        return m.index;
      }
      this.phase = s.charCodeAt(gt - 1) === 47 ? Phase.AfterData : Phase.InData;
      i = gt + 1;
    }
    if (this.phase === Phase.InData) {
      i = this.scanRows(s, i);
      if (this.phase === Phase.InData) {
        if (final) throw new PartDamage("damage.xml.truncated", Math.min(i, s.length), { tag: this.dataClose.slice(2, -1) });
        return i;
      }
    }
    return this.scanMerges(s, i, final);
  }

  /** The sheet row the scan has reached (1-based; 0 before the first row). */
  get rowReached(): number {
    return this.row;
  }

  private usePrefix(p: string): void {
    this.rowOpen = `<${p}row`; this.rowClose = `</${p}row>`;
    this.cellOpen = `<${p}c`; this.cellClose = `</${p}c>`;
    this.dataClose = `</${p}sheetData>`; this.mergeOpen = `<${p}mergeCell`;
    this.vOpen = `<${p}v`; this.vClose = `</${p}v>`;
    this.fOpen = `<${p}f`; this.fClose = `</${p}f>`;
    this.isOpen = `<${p}is`; this.isClose = `</${p}is>`;
    this.itemTags = stringItemTags(p);
  }

  /** True when an element named by `open` ("<v") starts at lt. */
  private at(s: string, lt: number, open: string): boolean {
    return s.startsWith(open, lt) && isDelimiter(s.charCodeAt(lt + open.length));
  }

  /** Consumes rows and cells from i; returns where the first incomplete element starts. */
  private scanRows(s: string, from: number): number {
    let i = from;
    const { cellOpen, rowOpen } = this;
    for (;;) {
      const lt = s.indexOf("<", i);
      if (lt < 0) return s.length;
      if (s.startsWith(cellOpen, lt) && isDelimiter(s.charCodeAt(lt + cellOpen.length))) {
        if (this.rowAt < 0) throw new PartDamage("damage.xml.tag", lt);
        const gt = s.indexOf(">", lt);
        if (gt < 0) return lt;
        if (s.charCodeAt(gt - 1) === 47) {
          this.readCellTag(s, lt, lt + cellOpen.length, gt - 1);
          i = gt + 1;
          continue;
        }
        const end = s.indexOf(this.cellClose, gt);
        if (end < 0) return lt;
        this.readCellTag(s, lt, lt + cellOpen.length, gt);
        this.readCellContent(s, lt, gt + 1, end);
        i = end + this.cellClose.length;
      } else if (s.startsWith(rowOpen, lt) && isDelimiter(s.charCodeAt(lt + rowOpen.length))) {
        const gt = s.indexOf(">", lt);
        if (gt < 0) return lt;
        if (this.rowAt >= 0) throw new PartDamage("damage.xml.rowNotClosed", lt);
        const r = attribute(s.slice(lt, gt + 1), "r");
        if (r === null) {
          if (this.row >= MAX_ROW) throw new PartDamage("damage.xml.row", lt, { row: this.row + 1 });
          this.row++;
        } else {
          const n = parseRowNumber(r);
          if (n === 0) throw new PartDamage("damage.xml.row", lt, { row: r.slice(0, 40) });
          this.row = n;
        }
        this.col = 0;
        if (s.charCodeAt(gt - 1) !== 47) this.rowAt = 1;
        i = gt + 1;
      } else if (s.startsWith(this.rowClose, lt)) {
        this.rowAt = -1;
        i = lt + this.rowClose.length;
      } else if (s.startsWith(this.dataClose, lt)) {
        if (this.rowAt >= 0) throw new PartDamage("damage.xml.rowNotClosed", lt);
        this.phase = Phase.AfterData;
        return lt + this.dataClose.length;
      } else if (this.isCellPart(s, lt)) {
        // A <v>, <f> or <is> outside any cell: a cell's start tag is damaged, and its value must not be dropped silently.
        throw new PartDamage("damage.xml.tag", lt);
      } else {
        const gt = s.indexOf(">", lt);
        if (gt < 0) return lt;
        i = gt + 1;
      }
    }
  }

  private isCellPart(s: string, lt: number): boolean {
    return this.at(s, lt, this.vOpen) || this.at(s, lt, this.fOpen) || this.at(s, lt, this.isOpen) || s.startsWith(this.cellClose, lt);
  }

  /** Reads r, s and t from a cell's start tag s[from, to) (the tag opens at `lt`) with a bounded character loop. */
  private readCellTag(s: string, lt: number, from: number, to: number): void {
    let col = 0;
    this.cellStyle = -1;
    this.type = CellType.Number;
    let j = from;
    while (j < to) {
      if (isSpace(s.charCodeAt(j))) { j++; continue; }
      const nameStart = j;
      while (j < to && s.charCodeAt(j) !== 61 && !isSpace(s.charCodeAt(j))) j++;
      const nameLen = j - nameStart;
      while (j < to && (isSpace(s.charCodeAt(j)) || s.charCodeAt(j) === 61)) j++;
      const quote = s.charCodeAt(j);
      if (j >= to || (quote !== 34 && quote !== 39)) throw new PartDamage("damage.xml.tag", lt);
      const valStart = j + 1;
      const valEnd = s.indexOf(s[j], valStart);
      if (valEnd < 0 || valEnd > to) throw new PartDamage("damage.xml.tag", lt);
      j = valEnd + 1;
      if (nameLen !== 1) continue;
      const name = s.charCodeAt(nameStart);
      if (name === 114) { // r
        col = parseCellReference(s, valStart, valEnd, this.ref);
        if (col === 0) throw new PartDamage("damage.xml.reference", lt, { ref: s.slice(valStart, Math.min(valEnd, valStart + 40)) });
        this.row = this.ref.row;
      } else if (name === 115) this.cellStyle = digitsValue(s, valStart, valEnd); // s
      else if (name === 116) this.type = cellType(s, valStart, valEnd); // t
    }
    if (col === 0) {
      // No reference: the cell after the previous one, as Excel reads it.
      col = this.col + 1;
      if (col > MAX_COL || this.row === 0) throw new PartDamage("damage.xml.reference", lt, { ref: "" });
    }
    this.col = col;
  }

  /** Reads the value and formula of the cell opened at `cellAt`, whose content is s[from, to). */
  private readCellContent(s: string, cellAt: number, from: number, to: number): void {
    let v: string | null = null, vAt = 0, fTag: string | null = null, fText: string | null = null, inline: string | null = null;
    let p = from;
    while (p < to) {
      const lt = s.indexOf("<", p);
      if (lt < 0 || lt >= to) break;
      const gt = s.indexOf(">", lt);
      if (gt < 0 || gt >= to) throw new PartDamage("damage.xml.tag", lt);
      const selfClosing = s.charCodeAt(gt - 1) === 47;
      if (this.at(s, lt, this.vOpen)) {
        if (selfClosing) { p = gt + 1; continue; }
        const end = s.indexOf(this.vClose, gt);
        if (end < 0 || end > to) throw unclosed("v", lt);
        // Most values are shared-string indexes and whole numbers: read their digits in place
        // rather than slicing a string per cell (1.8 million of them in the benchmark roster).
        const whole = fTag === null ? digitsValue(s, gt + 1, end) : -1;
        // Only when nothing follows </v> in the cell: else the rest must be scanned (it may hold the next cell, its </c> lost).
        const alone = s.indexOf("<", end + this.vClose.length) === to;
        if (whole >= 0 && alone && this.type !== CellType.Inline) {
          this.addWhole(whole, lt, s, gt + 1, end);
          return;
        }
        v = s.slice(gt + 1, end);
        vAt = lt;
        p = end + this.vClose.length;
      } else if (this.at(s, lt, this.fOpen)) {
        fTag = s.slice(lt, gt + 1);
        if (selfClosing) { fText = ""; p = gt + 1; continue; }
        const end = s.indexOf(this.fClose, gt);
        if (end < 0 || end > to) throw unclosed("f", lt);
        fText = s.slice(gt + 1, end);
        p = end + this.fClose.length;
      } else if (this.at(s, lt, this.isOpen)) {
        if (selfClosing) { p = gt + 1; continue; }
        const end = s.indexOf(this.isClose, gt);
        if (end < 0 || end > to) throw unclosed("is", lt);
        inline = stringItemText(s, gt + 1, end, this.itemTags);
        p = end + this.isClose.length;
      } else if (this.at(s, lt, this.cellOpen) || this.at(s, lt, this.rowOpen) || s.startsWith(this.rowClose, lt) || s.startsWith(this.dataClose, lt)) {
        // The next cell or row began before this cell ended: its </c> is missing.
        throw unclosed("c", cellAt);
      } else {
        p = gt + 1;
      }
    }
    const formula = fTag === null ? null : this.formula(fTag, fText ?? "");
    let value: CellValue;
    if (this.type === CellType.Inline) value = inline;
    else if (v === null || v === "") value = null;
    else if (this.type === CellType.Shared) value = this.sharedString(digitsValue(v, 0, v.length), vAt, v);
    else {
      const read = cellValue(this.type, v, this.cellStyle, this.ctx);
      if (read === undefined) throw this.badValue(vAt, v);
      value = read;
    }
    if (value === null && fTag === null) return;
    this.out.add(this.row, this.col, value, this.format(), formula);
  }

  /** Adds a cell whose <v> (at vAt) is the whole number n, written at s[from, to). */
  private addWhole(n: number, vAt: number, s: string, from: number, to: number): void {
    const value = this.type === CellType.Shared ? this.sharedString(n, vAt, s.slice(from, to)) : wholeCellValue(this.type, n, this.cellStyle, this.ctx);
    if (value === undefined) throw this.badValue(vAt, s.slice(from, to));
    if (value !== null) this.out.add(this.row, this.col, value, this.format(), null);
  }

  /** The shared string at index n (-1: not an index), or damage when the workbook has no such string. */
  private sharedString(n: number, vAt: number, text: string): string {
    const strings = this.ctx.sharedStrings;
    if (n < 0 || n >= strings.length) throw new PartDamage("damage.xml.sharedIndex", vAt, { index: text.slice(0, 40), count: strings.length });
    return strings[n];
  }

  private badValue(vAt: number, v: string): PartDamage {
    return new PartDamage(this.type === CellType.Bool ? "damage.xml.bool" : "damage.xml.number", vAt, { value: v.slice(0, 40) });
  }

  private format(): string | null {
    return this.cellStyle >= 0 ? (this.ctx.styles.formats[this.cellStyle] ?? null) : null;
  }

  /** The formula text of a cell; a shared-formula dependent gets the master's formula moved to it. */
  private formula(fTag: string, fText: string): string | null {
    const text = decodeXmlText(fText);
    if (attribute(fTag, "t") !== "shared") return text;
    const si = attribute(fTag, "si") ?? "";
    if (text !== "") {
      this.sharedMasters.set(si, { formula: text, row: this.row, col: this.col });
      return text;
    }
    const master = this.sharedMasters.get(si);
    return master ? slideFormula(master.formula, master.row, master.col, this.row, this.col) : null;
  }

  /** Collects <mergeCell ref> after the sheet data; returns how far it got. */
  private scanMerges(s: string, from: number, final: boolean): number {
    const open = this.mergeOpen;
    let i = from;
    for (;;) {
      const lt = s.indexOf(open, i);
      if (lt < 0) return final ? s.length : Math.max(i, s.length - open.length);
      if (lt + open.length >= s.length) return final ? s.length : lt;
      if (!isDelimiter(s.charCodeAt(lt + open.length))) { i = lt + 1; continue; }
      const gt = s.indexOf(">", lt);
      if (gt < 0) {
        if (final) throw new PartDamage("damage.xml.tag", lt);
        return lt;
      }
      const ref = attribute(s.slice(lt, gt + 1), "ref") ?? "";
      const area = parseAreaAddress(ref);
      if (area && area.right <= MAX_COL && area.bottom <= MAX_ROW && area.top >= 1 && area.left >= 1) this.out.merge(area);
      else if (ref !== "") throw new PartDamage("damage.xml.reference", lt, { ref: ref.slice(0, 40) });
      i = gt + 1;
    }
  }
}
