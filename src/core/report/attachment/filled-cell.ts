import type { CountFigure, GroupFigure, IndicatorFigure, SpecValue } from "../../spec/spec";

/** What a body or totals cell holds: a constant, or a formula with the engine's result; blank when neither. */
export interface FilledCell {
  value?: SpecValue;
  formula?: string;
  result?: SpecValue;
  /** "count" and "rate" cells are figures (totals add counts); "text" and "blank" are not. */
  kind: "count" | "rate" | "text" | "blank";
  numberFormat?: string;
  /** The count a count cell reports (for the 明细 links). */
  figure?: CountFigure;
  /** The indicator count a count cell reports. */
  indicatorFigure?: IndicatorFigure;
  /** The count over a group a count cell reports (a 附件2 row's, its 合计). */
  groupFigure?: GroupFigure;
}

/** A cell left blank: no data, never a zero. */
export const BLANK: FilledCell = { kind: "blank" };

/** A constant count, rate or text cell. */
export function constant(value: SpecValue, kind: FilledCell["kind"], numberFormat?: string): FilledCell {
  return { value, kind, numberFormat };
}
