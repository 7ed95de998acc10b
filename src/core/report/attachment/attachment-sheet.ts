import type { AttachmentLayout } from "../../profile/schema";
import type { CellSpec, SheetSpec } from "../../spec/spec";
import { emptySheetSpec } from "../../spec/spec";
import { attachmentPrintSetup } from "../print-setup";
import type { ReportData } from "../report-data";
import { addedLeafTexts, withAddedColumns } from "./added-columns";
import { bodyRows } from "./body-rows";
import { displayText } from "./display-text";
import type { FillContext } from "./fill-context";
import type { FilledCell } from "./filled-cell";
import { fillRow } from "./fill-row";
import { formFieldRows } from "./form-fields";
import { headerGrid } from "./header-grid";
import { labelMerges } from "./label-merges";
import { indexIndicators } from "./indicator-index";
import { indexMetrics } from "./metric-index";
import { noteTexts } from "./notes";
import { styleSheet } from "./style-sheet";
import { fillTotalsRow } from "./totals-row";
import { appendAll } from "../../collections/append-all";

/** Row 1 holds the 附件N label, row 2 the title; fill-in fields (forms) and the header follow. */
const TITLE_ROW = 2;

function toCellSpec(row: number, col: number, cell: FilledCell): CellSpec | null {
  const figure = { ...(cell.figure ? { figure: cell.figure } : {}), ...(cell.indicatorFigure ? { indicatorFigure: cell.indicatorFigure } : {}), ...(cell.groupFigure ? { groupFigure: cell.groupFigure } : {}) };
  if (cell.formula !== undefined) return { row, col, formula: cell.formula, result: cell.result ?? null, ...figure };
  if (cell.value === undefined) return null;
  return { row, col, value: cell.value, ...figure };
}

/**
 * One attachment as a sheet: label, title, the header tree with the notice's merges, the body rows
 * (districts in official order, categories, fixed rows or a form's items), the 合计 row, notes, and
 * the look of a printed attachment.
 */
export function attachmentSheet(layout: AttachmentLayout, data: ReportData, name: string): SheetSpec {
  const spec = emptySheetSpec(name, { generator: "anbiao", kind: "attachment", profile: data.profile.id, key: `attachment-${layout.id}` });
  const nodes = withAddedColumns(layout, data.year);
  const fieldRows = formFieldRows(layout, TITLE_ROW + 1);
  const headerTop = TITLE_ROW + 1 + fieldRows.rows;
  const header = headerGrid(nodes, data.year, headerTop);
  const ctx: FillContext = {
    profile: data.profile,
    layout,
    year: data.year,
    metrics: indexMetrics(data.metrics),
    indicators: indexIndicators(data.indicators ?? []),
    columns: header.columns,
    sectorRows: data.sectorRows?.find((t) => t.attachment === layout.id)?.rows,
  };
  const bodyTop = headerTop + header.depth;
  const rows = bodyRows(layout, data.profile, data.metrics);
  const body = rows.map((row, i) => fillRow(ctx, row, bodyTop + i));
  const all = [...body];
  if (layout.totalsRow) all.push(fillTotalsRow(ctx, body, bodyTop, bodyTop + body.length));
  const tableBottom = bodyTop + all.length - 1;

  spec.cells.push({ row: 1, col: 1, value: layout.label }, { row: TITLE_ROW, col: 1, value: layout.title });
  spec.merges.push({ top: TITLE_ROW, left: 1, bottom: TITLE_ROW, right: header.width });
  appendAll(spec.cells, fieldRows.cells(header.width));
  appendAll(spec.merges, fieldRows.merges(header.width));
  for (const h of header.cells) {
    spec.cells.push({ row: h.area.top, col: h.area.left, value: h.text });
    if (h.area.bottom > h.area.top || h.area.right > h.area.left) spec.merges.push(h.area);
  }
  all.forEach((cells, i) => {
    for (const [col, cell] of cells) {
      const c = toCellSpec(bodyTop + i, col, cell);
      if (c) spec.cells.push(c);
    }
  });
  appendAll(spec.merges, labelMerges(header.columns, rows, body, bodyTop));
  const labels = header.columns.filter((c) => c.leaf.metric === "label");
  if (layout.totalsRow && labels.length > 1) spec.merges.push({ top: tableBottom, left: labels[0].col, bottom: tableBottom, right: labels[labels.length - 1].col });

  const notes = noteTexts(layout, addedLeafTexts(nodes, data.year), data.lang);
  notes.forEach((text, i) => {
    spec.cells.push({ row: tableBottom + 1 + i, col: 1, value: text });
    spec.merges.push({ top: tableBottom + 1 + i, left: 1, bottom: tableBottom + 1 + i, right: header.width });
  });

  styleSheet(spec, {
    fonts: data.fonts,
    header,
    headerTop,
    bodyTop,
    tableBottom,
    cells: all,
    displayText,
    fieldRows,
    notes: notes.length,
    form: layout.kind === "form",
  });
  const leading = header.columns.findIndex((c) => !["label", "index", "phase"].includes(c.leaf.metric ?? ""));
  spec.freeze = { rows: bodyTop - 1, columns: leading < 0 ? 0 : leading };
  spec.print = attachmentPrintSetup({ first: headerTop, last: bodyTop - 1 }, data.lang);
  return spec;
}
