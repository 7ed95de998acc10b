import { cellAddress } from "../../grid/address";
import type { BodyRow } from "./body-rows";
import { figuresFor, type FillContext } from "./fill-context";
import { BLANK, constant, type FilledCell } from "./filled-cell";
import type { LeafColumn } from "./header-grid";
import { figureFormat } from "./number-format";
import { rateFormula, rateResult } from "./rate-formula";
import { rateInputs } from "./rate-inputs";
import { indicatorDenominatorCell } from "./indicator-cells";
import { sectorCountCell } from "./sector-cells";
import { actualCell, gapCell, overdueCell, rateConstant, targetCell } from "./target-cells";

const RATES = new Set(["creationRate", "attainmentRate", "actualRate"]);

/** A number a filled cell holds (a constant or a formula's result); 0 for blanks and "/". */
export function numberIn(cell: FilledCell | undefined): number {
  const v = cell?.formula !== undefined ? cell.result : cell?.value;
  return typeof v === "number" ? v : 0;
}

function fixedCell(row: BodyRow, column: LeafColumn): FilledCell {
  const text = column.official < 0 ? undefined : row.fixed?.[column.official];
  if (text === undefined || text === "") return BLANK;
  return /^\d+$/.test(text) ? constant(Number(text), "count", "0") : constant(text, "text");
}

function labelCell(row: BodyRow, column: LeafColumn, columns: readonly LeafColumn[]): FilledCell {
  const span = columns.filter((c) => c.leaf === column.leaf);
  // A two-column 项目 label holds the group in its first column and the item in its second.
  if (span.length > 1 && span[0] === column) return constant(row.group ?? row.label, "text");
  return constant(row.label, "text");
}

/**
 * A count, always a number, 0 included, even where the notice prints "/" for a district with no such
 * enterprises (吴江 化工园 / / /) as well as where it prints 0 (园区 规下 0 0 /): the rate formulas
 * need numbers, and the rate beside them shows "/" whenever the base is 0. Blank only without figures.
 */
function countCell(ctx: FillContext, column: LeafColumn, row: BodyRow): FilledCell {
  const m = figuresFor(ctx, column, row);
  const metric = column.leaf.metric as "base" | "attained" | "applying";
  if (!m) return BLANK;
  return { ...constant(m[metric], "count", figureFormat(ctx.layout, metric, "count")), figure: { district: row.district, category: m.category, measure: metric } };
}

function plainCell(ctx: FillContext, column: LeafColumn, row: BodyRow): FilledCell {
  // A row standing for sectors shows its own counts; the districts' targets say nothing about it.
  if (row.sectors && ["base", "attained", "applying", "actual"].includes(column.leaf.metric ?? "")) return sectorCountCell(ctx, column, row);
  switch (column.leaf.metric) {
    case "label":
      return labelCell(row, column, ctx.columns);
    case "index":
      return row.fixed ? fixedCell(row, column) : row.index === null ? BLANK : constant(row.index, "count", "0");
    case "text":
      return fixedCell(row, column);
    case "base":
    case "attained":
    case "applying":
      return countCell(ctx, column, row);
    case "target":
      return targetCell(ctx, column, row);
    case "actual":
      return actualCell(ctx, column, row);
    case "denominator":
      return indicatorDenominatorCell(ctx, column, row);
    case "gap":
      return gapCell(ctx, column, row);
    case "overdue":
      return overdueCell(ctx, column, row);
    case "phase":
      return row.phase ? constant(row.phase.name, "text") : BLANK;
    case "deadline":
      return row.phase ? constant(isoToDate(row.phase.to), "text", ctx.layout.numberFormats?.deadline ?? "yyyy-mm-dd") : BLANK;
    default:
      return BLANK;
  }
}

function isoToDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * A rate as a live formula over the row's count cells, its cached result what the formula gives for
 * them (so the engine's rate; "/" for a zero base); a constant when the row shows no counts for it.
 */
export function rateCell(ctx: FillContext, column: LeafColumn, cells: ReadonlyMap<number, FilledCell>, sheetRow: number, fallback: () => FilledCell): FilledCell {
  const inputs = rateInputs(column, ctx.columns);
  // Without any figure in its count cells a rate says nothing: blank (or the row's own figure), not "/".
  if (!inputs || [...inputs.parts, inputs.base].every((c) => (cells.get(c.col)?.kind ?? "blank") === "blank")) return fallback();
  const na = ctx.layout.notApplicable;
  const formula = rateFormula(inputs.parts.map((p) => cellAddress(sheetRow, p.col)), cellAddress(sheetRow, inputs.base.col), na);
  const result = rateResult(inputs.parts.map((p) => numberIn(cells.get(p.col))), numberIn(cells.get(inputs.base.col)), na);
  return { formula, result, kind: "rate", numberFormat: figureFormat(ctx.layout, column.leaf.metric ?? "actualRate", "rate") };
}

/** Adds a row's rate cells to its filled counts and texts: formulas over them, else the row's figures. */
export function fillRowRates(ctx: FillContext, row: BodyRow, cells: Map<number, FilledCell>, sheetRow: number): Map<number, FilledCell> {
  for (const column of ctx.columns) {
    if (RATES.has(column.leaf.metric ?? "")) cells.set(column.col, rateCell(ctx, column, cells, sheetRow, () => rateConstant(ctx, column, row)));
  }
  return cells;
}

/** Every cell of one body row by sheet column: counts and texts first, then rates over them. */
export function fillRow(ctx: FillContext, row: BodyRow, sheetRow: number): Map<number, FilledCell> {
  const cells = new Map<number, FilledCell>();
  for (const column of ctx.columns) if (!RATES.has(column.leaf.metric ?? "")) cells.set(column.col, plainCell(ctx, column, row));
  return fillRowRates(ctx, row, cells, sheetRow);
}
