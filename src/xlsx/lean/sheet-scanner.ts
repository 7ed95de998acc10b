import { parseAreaAddress } from "../../core/grid/address";
import type { CellValue } from "../../core/grid/grid";
import type { ByteScanner } from "./part-stream";
import type { GridBuilder } from "./grid-builder";
import { attribute, decodeXmlText } from "./xml-text";
import { CellType, cellType, cellValue, excelToDate, wholeCellValue, type SheetContext } from "./cell-values";
import { stringItemTags, stringItemText, type StringItemTags } from "./string-item";
import { slideFormula } from "./shared-formula";
import { PartDamage, unclosed } from "./part-damage";
import { parseCellReference, parseRowNumber } from "./cell-reference";
import { MAX_COL, MAX_ROW } from "./read-limits";
import { asciiBytes, bytesAt, digitsAt, findByte, findBytes, isNameEnd, isSpaceByte, latin1Text, plainNumberAt, textOf, textPrefix } from "./xml-bytes";

const enum Phase { BeforeData, InData, AfterData }

/** More bytes than the longest cell canonicalCellAt reads (<c r="XFD1048576" s="…9 digits" t="s"><v>…15 digits</v></c> is 67). */
const CANONICAL_CELL_BYTES = 80;

const R = asciiBytes("r");
const REF = asciiBytes("ref");

/** The tag names of one sheet under its namespace prefix, as bytes. */
interface SheetTags {
  rowOpen: Uint8Array;
  rowClose: Uint8Array;
  cellOpen: Uint8Array;
  cellClose: Uint8Array;
  dataClose: Uint8Array;
  mergeOpen: Uint8Array;
  vOpen: Uint8Array;
  vClose: Uint8Array;
  fOpen: Uint8Array;
  fClose: Uint8Array;
  isOpen: Uint8Array;
  isClose: Uint8Array;
  /** "sheetData" with the prefix, for messages. */
  dataName: string;
}

function sheetTags(p: string): SheetTags {
  return {
    rowOpen: asciiBytes(`<${p}row`), rowClose: asciiBytes(`</${p}row>`),
    cellOpen: asciiBytes(`<${p}c`), cellClose: asciiBytes(`</${p}c>`),
    dataClose: asciiBytes(`</${p}sheetData>`), mergeOpen: asciiBytes(`<${p}mergeCell`),
    vOpen: asciiBytes(`<${p}v`), vClose: asciiBytes(`</${p}v>`),
    fOpen: asciiBytes(`<${p}f`), fClose: asciiBytes(`</${p}f>`),
    isOpen: asciiBytes(`<${p}is`), isClose: asciiBytes(`</${p}is>`),
    dataName: `${p}sheetData`,
  };
}

/** True when an element named by `open` ("<v") starts at lt. */
function opensAt(b: Uint8Array, lt: number, open: Uint8Array): boolean {
  return bytesAt(b, lt, open) && isNameEnd(b[lt + open.length]);
}

/**
 * Scans a worksheet part's inflated UTF-8 bytes, cell by cell, feeding a GridBuilder. Tags,
 * references, shared-string indices and plain numbers are read from the bytes; only values that
 * become text (inline strings, string formula results, formulas) are decoded. Handles bytes cut at
 * any chunk edge: it only consumes whole cells (and whole row tags), and the caller hands the
 * unconsumed tail back with the next chunk.
 *
 * Damage is never guessed around: every search for an end tag is bounded by the element that holds
 * it, so a <v> without </v> is reported (PartDamage, with its offset) rather than taking the next
 * cell's value or looping; a reference, row number or value that cannot be right is reported too.
 */
export class SheetScanner implements ByteScanner {
  private phase = Phase.BeforeData;
  private tags: SheetTags = sheetTags("");
  private itemTags: StringItemTags = stringItemTags("");
  private row = 0;
  private col = 0;
  /** 1 inside a <row>, -1 outside: a <row> inside a row means a lost </row>, a cell outside one a damaged <row>. */
  private rowAt = -1;
  // Per-cell fields, kept on the scanner so the hot loop allocates nothing for them.
  private cellStyle = -1;
  private type = CellType.Number;
  private readonly ref = { row: 0 };
  /** Where the value of the last attribute found by `attributeAt` ends (its start is returned). */
  private valueEnd = 0;
  /** The last row the sheet's <dimension> claims (0 when it has none): the total a progress report counts to. */
  dimensionRows = 0;
  private readonly sharedMasters = new Map<string, { formula: string; row: number; col: number }>();

  constructor(private readonly ctx: SheetContext, private readonly out: GridBuilder) {}

  scan(b: Uint8Array, final: boolean): number {
    let i = 0;
    if (this.phase === Phase.BeforeData) {
      // Tag names are ASCII: a one-byte-per-character reading finds them at their byte index.
      const head = latin1Text(b, 0, b.length);
      const m = /<([A-Za-z_][\w.-]*:)?sheetData[ \t\r\n>/]/.exec(head);
      if (!m) return final ? b.length : Math.max(0, b.length - 64);
      const dimension = /<(?:[A-Za-z_][\w.-]*:)?dimension[ \t\r\n][^>]*?ref="[A-Z]*\d*:?[A-Z]*(\d+)"/.exec(head.slice(0, m.index));
      if (dimension) this.dimensionRows = Number(dimension[1]);
      this.tags = sheetTags(m[1] ?? "");
      this.itemTags = stringItemTags(m[1] ?? "");
      const gt = findByte(b, 62, m.index);
      if (gt < 0) {
        if (final) throw new PartDamage("damage.xml.tag", m.index);
        return m.index;
      }
      this.phase = b[gt - 1] === 47 ? Phase.AfterData : Phase.InData;
      i = gt + 1;
    }
    if (this.phase === Phase.InData) {
      i = this.scanRows(b, i);
      if (this.phase === Phase.InData) {
        if (final) throw new PartDamage("damage.xml.truncated", Math.min(i, b.length), { tag: this.tags.dataName });
        return i;
      }
    }
    return this.scanMerges(b, i, final);
  }

  /** The sheet row the scan has reached (1-based; 0 before the first row). */
  get rowReached(): number {
    return this.row;
  }

  /** Consumes rows and cells from i; returns where the first incomplete element starts. */
  private scanRows(b: Uint8Array, from: number): number {
    let i = from;
    const { cellOpen, cellClose, rowOpen, rowClose, dataClose } = this.tags;
    // The canonical cell's shape is spelled out unprefixed; a prefixed sheet (<x:c>) takes the general path.
    const canonical = cellOpen.length === 2;
    for (;;) {
      const lt = findByte(b, 60, i);
      if (lt < 0) return b.length;
      if (opensAt(b, lt, cellOpen)) {
        if (this.rowAt < 0) throw new PartDamage("damage.xml.tag", lt);
        const next = canonical ? this.canonicalCellAt(b, lt) : -1;
        if (next >= 0) {
          i = next;
          continue;
        }
        const gt = findByte(b, 62, lt);
        if (gt < 0) return lt;
        if (b[gt - 1] === 47) {
          this.readCellTag(b, lt, lt + cellOpen.length, gt - 1);
          i = gt + 1;
          continue;
        }
        // Most cells are <v>digits</v></c>: a shared-string index or a whole number, read in one pass.
        const whole = this.wholeValueAt(b, gt + 1);
        if (whole >= 0) {
          this.readCellTag(b, lt, lt + cellOpen.length, gt);
          const vFrom = gt + 1 + this.tags.vOpen.length + 1;
          const vTo = this.valueEnd;
          if (this.type !== CellType.Inline) {
            this.addWhole(whole, gt + 1, b, vFrom, vTo);
            i = vTo + this.tags.vClose.length + cellClose.length;
            continue;
          }
          this.readCellContent(b, lt, gt + 1, vTo + this.tags.vClose.length);
          i = vTo + this.tags.vClose.length + cellClose.length;
          continue;
        }
        const end = findBytes(b, cellClose, gt);
        if (end < 0) return lt;
        this.readCellTag(b, lt, lt + cellOpen.length, gt);
        this.readCellContent(b, lt, gt + 1, end);
        i = end + cellClose.length;
      } else if (opensAt(b, lt, rowOpen)) {
        const gt = findByte(b, 62, lt);
        if (gt < 0) return lt;
        if (this.rowAt >= 0) throw new PartDamage("damage.xml.rowNotClosed", lt);
        this.readRowTag(b, lt, gt + 1);
        this.col = 0;
        if (b[gt - 1] !== 47) this.rowAt = 1;
        i = gt + 1;
      } else if (bytesAt(b, lt, rowClose)) {
        this.rowAt = -1;
        i = lt + rowClose.length;
      } else if (bytesAt(b, lt, dataClose)) {
        if (this.rowAt >= 0) throw new PartDamage("damage.xml.rowNotClosed", lt);
        this.phase = Phase.AfterData;
        return lt + dataClose.length;
      } else if (this.isCellPart(b, lt)) {
        // A <v>, <f> or <is> outside any cell: a cell's start tag is damaged, and its value must not be dropped silently.
        throw new PartDamage("damage.xml.tag", lt);
      } else {
        const gt = findByte(b, 62, lt);
        if (gt < 0) return lt;
        i = gt + 1;
      }
    }
  }

  /**
   * Reads the cell opened at lt when it is written exactly as Excel, openpyxl and ExcelJS write
   * nearly every roster cell, <c r="B2" s="3" t="s"><v>18</v></c>: r of 1–3 capital letters and 1–7
   * digits, then optionally s of 1–9 digits and t="s", in that order, double-quoted, single spaces,
   * the value 1–15 digits. Returns where the next element starts, or -1 for any other shape (and
   * within CANONICAL_CELL_BYTES of the chunk's end), which the general path then reads, damage and
   * all; what it accepts, it reads as the general path would. One pass with no attribute loop and
   * no reads past the bytes (each such read deoptimizes the scan): half the scanner's time. The
   * bytes are compared one by one on purpose: the same shape read with bytesAt, parseCellReference,
   * digitsAt and wholeValueAt measured 25–60 ms slower on the 100k peer sheet (they do not inline here).
   */
  private canonicalCellAt(b: Uint8Array, lt: number): number {
    if (b.length - lt < CANONICAL_CELL_BYTES) return -1;
    let j = lt + 2;
    // ' r="'
    if (b[j] !== 32 || b[j + 1] !== 114 || b[j + 2] !== 61 || b[j + 3] !== 34) return -1;
    j += 4;
    let col = 0;
    for (const letters = j; j - letters < 3; j++) {
      const c = b[j] - 65;
      if (c < 0 || c > 25) break;
      col = col * 26 + c + 1;
    }
    if (col === 0 || col > MAX_COL) return -1;
    let row = 0;
    const digits = j;
    for (; j - digits < 8; j++) {
      const d = b[j] - 48;
      if (d < 0 || d > 9) break;
      row = row * 10 + d;
    }
    if (j === digits || j - digits > 7 || row < 1 || row > MAX_ROW || b[j] !== 34) return -1;
    j++;
    let style = -1;
    // ' s="'
    if (b[j] === 32 && b[j + 1] === 115 && b[j + 2] === 61 && b[j + 3] === 34) {
      j += 4;
      style = 0;
      const from = j;
      for (; j - from < 9; j++) {
        const d = b[j] - 48;
        if (d < 0 || d > 9) break;
        style = style * 10 + d;
      }
      if (j === from || b[j] !== 34) return -1;
      j++;
    }
    let type = CellType.Number;
    // ' t="s"'
    if (b[j] === 32 && b[j + 1] === 116 && b[j + 2] === 61 && b[j + 3] === 34) {
      if (b[j + 4] !== 115 || b[j + 5] !== 34) return -1;
      type = CellType.Shared;
      j += 6;
    }
    // '><v>'
    if (b[j] !== 62 || b[j + 1] !== 60 || b[j + 2] !== 118 || b[j + 3] !== 62) return -1;
    const vAt = j + 1;
    j += 4;
    const from = j;
    let n = 0;
    for (; j - from < 16; j++) {
      const d = b[j] - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (j === from || j - from > 15) return -1;
    // '</v></c>'
    if (b[j] !== 60 || b[j + 1] !== 47 || b[j + 2] !== 118 || b[j + 3] !== 62 || b[j + 4] !== 60 || b[j + 5] !== 47 || b[j + 6] !== 99 || b[j + 7] !== 62) return -1;
    this.cellStyle = style;
    this.type = type;
    this.row = row;
    this.col = col;
    this.addWhole(n, vAt, b, from, j);
    return j + 8;
  }

  /**
   * When the cell content starting at `from` is exactly <v>, 1–15 digits, </v> and the cell's </c>,
   * the digits' value (valueEnd: where </v> starts); else -1, and the general path reads the cell.
   */
  private wholeValueAt(b: Uint8Array, from: number): number {
    const { vOpen, vClose, cellClose } = this.tags;
    if (!bytesAt(b, from, vOpen) || b[from + vOpen.length] !== 62) return -1;
    const start = from + vOpen.length + 1;
    let j = start, n = 0;
    for (; j < b.length && j - start < 16; j++) {
      const d = b[j] - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (j === start || j - start > 15 || !bytesAt(b, j, vClose) || !bytesAt(b, j + vClose.length, cellClose)) return -1;
    this.valueEnd = j;
    return n;
  }

  private isCellPart(b: Uint8Array, lt: number): boolean {
    const { vOpen, fOpen, isOpen, cellClose } = this.tags;
    return opensAt(b, lt, vOpen) || opensAt(b, lt, fOpen) || opensAt(b, lt, isOpen) || bytesAt(b, lt, cellClose);
  }

  /** Sets the row from the r attribute of the row tag b[lt, to), or moves to the next row when it has none. */
  private readRowTag(b: Uint8Array, lt: number, to: number): void {
    const at = this.attributeAt(b, lt, to, R);
    if (at < 0) {
      if (this.row >= MAX_ROW) throw new PartDamage("damage.xml.row", lt, { row: this.row + 1 });
      this.row++;
      return;
    }
    const end = this.valueEnd;
    // Row numbers are plain digits; anything else (an entity, a sign) is read as text, as the attribute says.
    const digits = end - at <= 7 ? digitsAt(b, at, end) : -1;
    if (digits >= 1 && digits <= MAX_ROW) {
      this.row = digits;
      return;
    }
    const r = decodeXmlText(textOf(b, at, end));
    const n = parseRowNumber(r);
    if (n === 0) throw new PartDamage("damage.xml.row", lt, { row: r.slice(0, 40) });
    this.row = n;
  }

  /**
   * Where the value of attribute `name` starts in the start tag b[from, to), or -1 when the tag has
   * none (sets valueEnd). The same search as xml-text's attribute(), over bytes: the name after
   * whitespace, optional whitespace, "=", then a quoted value that ends inside the tag.
   */
  private attributeAt(b: Uint8Array, from: number, to: number, name: Uint8Array): number {
    for (let i = from + 1; i + name.length <= to; i++) {
      if (!isSpaceByte(b[i - 1]) || !bytesAt(b, i, name)) continue;
      let j = i + name.length;
      while (j < to && isSpaceByte(b[j])) j++;
      if (b[j] !== 61) continue;
      j++;
      while (j < to && isSpaceByte(b[j])) j++;
      if (j >= to) return -1;
      const end = findByte(b, b[j], j + 1);
      if (end < 0 || end >= to) return -1;
      this.valueEnd = end;
      return j + 1;
    }
    return -1;
  }

  /** Reads r, s and t from a cell's start tag b[from, to) (the tag opens at `lt`) with a bounded byte loop. */
  private readCellTag(b: Uint8Array, lt: number, from: number, to: number): void {
    let col = 0;
    this.cellStyle = -1;
    this.type = CellType.Number;
    let j = from;
    while (j < to) {
      if (isSpaceByte(b[j])) { j++; continue; }
      const nameStart = j;
      while (j < to && b[j] !== 61 && !isSpaceByte(b[j])) j++;
      const nameLen = j - nameStart;
      while (j < to && (isSpaceByte(b[j]) || b[j] === 61)) j++;
      const quote = b[j];
      if (j >= to || (quote !== 34 && quote !== 39)) throw new PartDamage("damage.xml.tag", lt);
      const valStart = j + 1;
      const valEnd = findByte(b, quote, valStart);
      if (valEnd < 0 || valEnd > to) throw new PartDamage("damage.xml.tag", lt);
      j = valEnd + 1;
      if (nameLen !== 1) continue;
      const name = b[nameStart];
      if (name === 114) { // r
        col = parseCellReference(b, valStart, valEnd, this.ref);
        if (col === 0) throw new PartDamage("damage.xml.reference", lt, { ref: textPrefix(b, valStart, valEnd) });
        this.row = this.ref.row;
      } else if (name === 115) this.cellStyle = digitsAt(b, valStart, valEnd); // s
      else if (name === 116) this.type = cellType(b, valStart, valEnd); // t
    }
    if (col === 0) {
      // No reference: the cell after the previous one, as Excel reads it.
      col = this.col + 1;
      if (col > MAX_COL || this.row === 0) throw new PartDamage("damage.xml.reference", lt, { ref: "" });
    }
    this.col = col;
  }

  /** Reads the value and formula of the cell opened at `cellAt`, whose content is b[from, to). */
  private readCellContent(b: Uint8Array, cellAt: number, from: number, to: number): void {
    const { vOpen, vClose, fOpen, fClose, isOpen, isClose, cellOpen, rowOpen, rowClose, dataClose } = this.tags;
    let vFrom = -1, vTo = -1, vAt = 0, fTag: string | null = null, fText: string | null = null, inline: string | null = null;
    let p = from;
    while (p < to) {
      const lt = findByte(b, 60, p);
      if (lt < 0 || lt >= to) break;
      const gt = findByte(b, 62, lt);
      if (gt < 0 || gt >= to) throw new PartDamage("damage.xml.tag", lt);
      const selfClosing = b[gt - 1] === 47;
      if (opensAt(b, lt, vOpen)) {
        if (selfClosing) { p = gt + 1; continue; }
        const end = findBytes(b, vClose, gt);
        if (end < 0 || end > to) throw unclosed("v", lt);
        // Most values are shared-string indexes and whole numbers: read their digits in place.
        const whole = fTag === null ? digitsAt(b, gt + 1, end) : -1;
        // Only when nothing follows </v> in the cell: else the rest must be scanned (it may hold the next cell, its </c> lost).
        const alone = findByte(b, 60, end + vClose.length) === to;
        if (whole >= 0 && alone && this.type !== CellType.Inline) {
          this.addWhole(whole, lt, b, gt + 1, end);
          return;
        }
        vFrom = gt + 1;
        vTo = end;
        vAt = lt;
        p = end + vClose.length;
      } else if (opensAt(b, lt, fOpen)) {
        fTag = textOf(b, lt, gt + 1);
        if (selfClosing) { fText = ""; p = gt + 1; continue; }
        const end = findBytes(b, fClose, gt);
        if (end < 0 || end > to) throw unclosed("f", lt);
        fText = textOf(b, gt + 1, end);
        p = end + fClose.length;
      } else if (opensAt(b, lt, isOpen)) {
        if (selfClosing) { p = gt + 1; continue; }
        const end = findBytes(b, isClose, gt);
        if (end < 0 || end > to) throw unclosed("is", lt);
        inline = stringItemText(b, gt + 1, end, this.itemTags);
        p = end + isClose.length;
      } else if (opensAt(b, lt, cellOpen) || opensAt(b, lt, rowOpen) || bytesAt(b, lt, rowClose) || bytesAt(b, lt, dataClose)) {
        // The next cell or row began before this cell ended: its </c> is missing.
        throw unclosed("c", cellAt);
      } else {
        p = gt + 1;
      }
    }
    const formula = fTag === null ? null : this.formula(fTag, fText ?? "");
    let value: CellValue;
    if (this.type === CellType.Inline) value = inline;
    else if (vFrom < 0 || vTo === vFrom) value = null;
    else if (this.type === CellType.Shared) value = this.sharedString(digitsAt(b, vFrom, vTo), vAt, b, vFrom, vTo);
    else value = this.readValue(b, vFrom, vTo, vAt);
    if (value === null && fTag === null) return;
    this.out.add(this.row, this.col, value, this.format(), formula);
  }

  /** The value of a non-shared-string cell whose <v> (at vAt) holds b[from, to), non-empty. */
  private readValue(b: Uint8Array, from: number, to: number, vAt: number): CellValue {
    if (this.type === CellType.Number) {
      const n = plainNumberAt(b, from, to);
      if (!Number.isNaN(n)) return this.ctx.styles.isDate[this.cellStyle] === true ? excelToDate(n, this.ctx.date1904) : n;
    }
    const v = textOf(b, from, to);
    const read = cellValue(this.type, v, this.cellStyle, this.ctx);
    if (read === undefined) throw this.badValue(vAt, v);
    return read;
  }

  /** Adds a cell whose <v> (at vAt) is the whole number n, written at b[from, to). */
  private addWhole(n: number, vAt: number, b: Uint8Array, from: number, to: number): void {
    const value = this.type === CellType.Shared ? this.sharedString(n, vAt, b, from, to) : wholeCellValue(this.type, n, this.cellStyle, this.ctx);
    if (value === undefined) throw this.badValue(vAt, textOf(b, from, to));
    if (value !== null) this.out.add(this.row, this.col, value, this.format(), null);
  }

  /** The shared string at index n (-1: not an index; its text is b[from, to)), or damage when the workbook has no such string. */
  private sharedString(n: number, vAt: number, b: Uint8Array, from: number, to: number): string {
    const strings = this.ctx.sharedStrings;
    if (n < 0 || n >= strings.length) throw new PartDamage("damage.xml.sharedIndex", vAt, { index: textPrefix(b, from, to), count: strings.length });
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
  private scanMerges(b: Uint8Array, from: number, final: boolean): number {
    const open = this.tags.mergeOpen;
    let i = from;
    for (;;) {
      const lt = findBytes(b, open, i);
      if (lt < 0) return final ? b.length : Math.max(i, b.length - open.length);
      if (lt + open.length >= b.length) return final ? b.length : lt;
      if (!isNameEnd(b[lt + open.length])) { i = lt + 1; continue; }
      const gt = findByte(b, 62, lt);
      if (gt < 0) {
        if (final) throw new PartDamage("damage.xml.tag", lt);
        return lt;
      }
      const at = this.attributeAt(b, lt, gt + 1, REF);
      const ref = at < 0 ? "" : decodeXmlText(textOf(b, at, this.valueEnd));
      const area = parseAreaAddress(ref);
      if (area && area.right <= MAX_COL && area.bottom <= MAX_ROW && area.top >= 1 && area.left >= 1) this.out.merge(area);
      else if (ref !== "") throw new PartDamage("damage.xml.reference", lt, { ref: ref.slice(0, 40) });
      i = gt + 1;
    }
  }
}
