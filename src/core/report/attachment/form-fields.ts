import type { Area } from "../../grid/grid";
import { t } from "../../i18n/translate";
import type { AttachmentLayout } from "../../profile/schema";
import type { CellSpec } from "../../spec/spec";

/** The fill-in lines above a form's table (企业名称：, 所属行业（领域）：), one row each. */
export interface FormFieldRows {
  rows: number;
  /** Label cells of the fields, for a table this wide. */
  cells(width: number): CellSpec[];
  /** Each label spans the first columns, each answer the rest of the table's width. */
  merges(width: number): Area[];
  /** Where the blank answer areas are, to draw their borders. */
  answers(width: number): Area[];
}

/** How many columns a field's label takes: two when the table is wide enough to leave room for the answer. */
export function fieldLabelColumns(width: number): number {
  return width >= 3 ? 2 : 1;
}

/** The fill-in rows of a form layout starting at `top`; none for other layouts. */
export function formFieldRows(layout: AttachmentLayout, top: number): FormFieldRows {
  const fields = layout.kind === "form" ? (layout.formFields ?? []) : [];
  const answer = (width: number, i: number): Area => ({ top: top + i, left: fieldLabelColumns(width) + 1, bottom: top + i, right: width });
  return {
    rows: fields.length,
    cells: () => fields.map((field, i) => ({ row: top + i, col: 1, value: t("report.attachment.formField", { field }) })),
    merges: (width) =>
      fields.flatMap((_, i) => {
        const label: Area = { top: top + i, left: 1, bottom: top + i, right: fieldLabelColumns(width) };
        const areas = [answer(width, i)].filter((a) => a.right > a.left);
        return label.right > label.left ? [label, ...areas] : areas;
      }),
    answers: (width) => fields.map((_, i) => answer(width, i)).filter((a) => a.right >= a.left),
  };
}
