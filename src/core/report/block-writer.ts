import type { CellSpec, SheetSpec, SpecValue } from "../spec/spec";
import { appendAll } from "../collections/append-all";
import { HEADER_FILL } from "./sheet-styles";
import type { ReportFonts } from "./report-data";

/** A cell value of a block row: a constant, or one with its own number format. */
export type BlockValue = SpecValue | { value: SpecValue; numberFormat: string };

/** Writes titled, bordered tables one under another into a sheet spec: the shape of the list sheets (到期提醒, 工作清单). */
export interface BlockWriter {
  /** The next free row. */
  row: number;
  /** A bold caption on its own row. */
  caption(text: string): void;
  /** A header row and its body rows, bordered; returns the header's row. */
  table(header: readonly string[], rows: readonly (readonly BlockValue[])[]): number;
  /** Leaves one row empty. */
  gap(): void;
}

/** A block writer over a spec whose row 1 is a title merged across `width` columns. */
export function blockWriter(spec: SheetSpec, title: string, width: number, fonts: ReportFonts): BlockWriter {
  spec.cells.push({ row: 1, col: 1, value: title });
  spec.merges.push({ top: 1, left: 1, bottom: 1, right: width });
  spec.styles.push({ area: { top: 1, left: 1, bottom: 1, right: width }, style: { fontName: fonts.heading, fontSize: 14, horizontal: "center", vertical: "middle" } });
  spec.rowHeights[1] = 28;
  const w: BlockWriter = {
    row: 2,
    caption(text) {
      spec.cells.push({ row: w.row, col: 1, value: text });
      spec.styles.push({ area: { top: w.row, left: 1, bottom: w.row, right: 1 }, style: { fontName: fonts.body, bold: true } });
      w.row++;
    },
    table(header, rows) {
      const top = w.row;
      const bottom = top + rows.length;
      // Body and header styles first: a cell's own number format must win over them.
      spec.styles.push(
        { area: { top, left: 1, bottom, right: header.length }, style: { fontName: fonts.body, fontSize: 10, border: "thin", vertical: "middle" } },
        { area: { top, left: 1, bottom: top, right: header.length }, style: { bold: true, horizontal: "center", wrap: true, fill: HEADER_FILL } },
      );
      appendAll(spec.cells, header.map((h, i): CellSpec => ({ row: top, col: i + 1, value: h })));
      rows.forEach((values, r) => {
        values.forEach((v, c) => {
          const boxed = v !== null && typeof v === "object" && !(v instanceof Date);
          spec.cells.push({ row: top + 1 + r, col: c + 1, value: boxed ? v.value : v });
          if (boxed) spec.styles.push({ area: { top: top + 1 + r, left: c + 1, bottom: top + 1 + r, right: c + 1 }, style: { numberFormat: v.numberFormat } });
        });
      });
      w.row = bottom + 1;
      return top;
    },
    gap() {
      w.row++;
    },
  };
  return w;
}
