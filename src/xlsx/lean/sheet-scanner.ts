import { parseAreaAddress } from "../../core/grid/address";
import type { TextScanner } from "./part-stream";
import type { GridBuilder } from "./grid-builder";
import { attribute, decodeXmlText } from "./xml-text";
import { CellType, cellType, cellValue, digitsValue, wholeCellValue, type SheetContext } from "./cell-values";
import { stringItemTags, stringItemText, type StringItemTags } from "./string-item";
import { slideFormula } from "./shared-formula";

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
  // Per-cell fields, kept on the scanner so the hot loop allocates nothing for them.
  private cellStyle = -1;
  private type = CellType.Number;
  private readonly sharedMasters = new Map<string, { formula: string; row: number; col: number }>();

  constructor(private readonly ctx: SheetContext, private readonly out: GridBuilder) {}

  scan(s: string, final: boolean): number {
    let i = 0;
    if (this.phase === Phase.BeforeData) {
      const m = /<([A-Za-z_][\w.-]*:)?sheetData[\s>/]/.exec(s);
      if (!m) return final ? s.length : Math.max(0, s.length - 64);
      this.usePrefix(m[1] ?? "");
      const gt = s.indexOf(">", m.index);
      if (gt < 0) return m.index;
      this.phase = s.charCodeAt(gt - 1) === 47 ? Phase.AfterData : Phase.InData;
      i = gt + 1;
    }
    if (this.phase === Phase.InData) {
      i = this.scanRows(s, i);
      if (this.phase === Phase.InData) return final ? s.length : i;
    }
    return this.scanMerges(s, i, final);
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

  /** Consumes rows and cells from i; returns where the first incomplete element starts. */
  private scanRows(s: string, from: number): number {
    let i = from;
    const { cellOpen, rowOpen } = this;
    for (;;) {
      const lt = s.indexOf("<", i);
      if (lt < 0) return s.length;
      if (s.startsWith(cellOpen, lt) && isDelimiter(s.charCodeAt(lt + cellOpen.length))) {
        const gt = s.indexOf(">", lt);
        if (gt < 0) return lt;
        if (s.charCodeAt(gt - 1) === 47) {
          this.readCellTag(s, lt + cellOpen.length, gt - 1);
          i = gt + 1;
          continue;
        }
        const end = s.indexOf(this.cellClose, gt);
        if (end < 0) return lt;
        this.readCellTag(s, lt + cellOpen.length, gt);
        this.readCellContent(s, gt + 1, end);
        i = end + this.cellClose.length;
      } else if (s.startsWith(rowOpen, lt) && isDelimiter(s.charCodeAt(lt + rowOpen.length))) {
        const gt = s.indexOf(">", lt);
        if (gt < 0) return lt;
        const r = attribute(s.slice(lt, gt + 1), "r");
        this.row = r === null ? this.row + 1 : Number(r);
        this.col = 0;
        i = gt + 1;
      } else if (s.startsWith(this.dataClose, lt)) {
        this.phase = Phase.AfterData;
        return lt + this.dataClose.length;
      } else {
        const gt = s.indexOf(">", lt);
        if (gt < 0) return lt;
        i = gt + 1;
      }
    }
  }

  /** Reads r, s and t from a cell's start tag s[from, to) with a bounded character loop. */
  private readCellTag(s: string, from: number, to: number): void {
    let col = this.col + 1;
    this.cellStyle = -1;
    this.type = CellType.Number;
    let j = from;
    while (j < to) {
      if (isSpace(s.charCodeAt(j))) { j++; continue; }
      const nameStart = j;
      while (j < to && s.charCodeAt(j) !== 61 && !isSpace(s.charCodeAt(j))) j++;
      const nameLen = j - nameStart;
      while (j < to && s.charCodeAt(j) !== 34 && s.charCodeAt(j) !== 39) j++;
      const valStart = j + 1;
      const valEnd = s.indexOf(s[j], valStart);
      if (valEnd < 0 || valEnd > to) break;
      j = valEnd + 1;
      if (nameLen !== 1) continue;
      const name = s.charCodeAt(nameStart);
      if (name === 114) col = this.readReference(s, valStart, valEnd) || col; // r
      else if (name === 115) this.cellStyle = digitsValue(s, valStart, valEnd); // s
      else if (name === 116) this.type = cellType(s, valStart, valEnd); // t
    }
    this.col = col;
  }

  /** The column of an "AB12" reference (also sets the row from it); 0 when it is not one. */
  private readReference(s: string, from: number, to: number): number {
    let col = 0, j = from;
    for (; j < to; j++) {
      const c = s.charCodeAt(j) | 32;
      if (c < 97 || c > 122) break;
      col = col * 26 + (c - 96);
    }
    let row = 0;
    for (; j < to; j++) row = row * 10 + (s.charCodeAt(j) - 48);
    if (row > 0) this.row = row;
    return col;
  }

  private readCellContent(s: string, from: number, to: number): void {
    let v: string | null = null, fTag: string | null = null, fText: string | null = null, inline: string | null = null;
    let p = from;
    while (p < to) {
      const lt = s.indexOf("<", p);
      if (lt < 0 || lt >= to) break;
      const gt = s.indexOf(">", lt);
      const selfClosing = s.charCodeAt(gt - 1) === 47;
      if (s.startsWith(this.vOpen, lt) && isDelimiter(s.charCodeAt(lt + this.vOpen.length))) {
        if (selfClosing) { p = gt + 1; continue; }
        const end = s.indexOf(this.vClose, gt);
        // Most values are shared-string indexes and whole numbers: read their digits in place
        // rather than slicing a string per cell (1.8 million of them in the benchmark roster).
        const whole = fTag === null ? digitsValue(s, gt + 1, end) : -1;
        if (whole >= 0) {
          const value = wholeCellValue(this.type, whole, this.cellStyle, this.ctx);
          if (value !== null) this.out.add(this.row, this.col, value, this.format(), null);
          return;
        }
        v = s.slice(gt + 1, end);
        p = end + this.vClose.length;
      } else if (s.startsWith(this.fOpen, lt) && isDelimiter(s.charCodeAt(lt + this.fOpen.length))) {
        fTag = s.slice(lt, gt + 1);
        if (selfClosing) { fText = ""; p = gt + 1; continue; }
        const end = s.indexOf(this.fClose, gt);
        fText = s.slice(gt + 1, end);
        p = end + this.fClose.length;
      } else if (s.startsWith(this.isOpen, lt) && isDelimiter(s.charCodeAt(lt + this.isOpen.length))) {
        if (selfClosing) { p = gt + 1; continue; }
        const end = s.indexOf(this.isClose, gt);
        inline = stringItemText(s, gt + 1, end, this.itemTags);
        p = end + this.isClose.length;
      } else {
        p = gt + 1;
      }
    }
    const formula = fTag === null ? null : this.formula(fTag, fText ?? "");
    const value = this.type === CellType.Inline ? inline : v === null || v === "" ? null : cellValue(this.type, v, this.cellStyle, this.ctx);
    if (value === null && fTag === null) return;
    this.out.add(this.row, this.col, value, this.format(), formula);
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
      if (gt < 0) return final ? s.length : lt;
      const area = parseAreaAddress(attribute(s.slice(lt, gt + 1), "ref") ?? "");
      if (area) this.out.merge(area);
      i = gt + 1;
    }
  }
}
