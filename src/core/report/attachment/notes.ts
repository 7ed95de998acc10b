import type { Lang } from "../../i18n/lang";
import { t } from "../../i18n/translate";
import type { AttachmentLayout } from "../../profile/schema";

/**
 * The notes printed under the table: the notice's own note (footnote) word for word; the layout's
 * note when it is one for readers ("注：…"; a profile's notes to its maintainers are not printed);
 * then which columns were added to the official table, or, for a table the notice does not print,
 * that it was gathered from the notice's text (so no reader looks for an 原附件); an added 合计 row;
 * for rows standing for sectors, how enterprises were put in them.
 */
export function noteTexts(layout: AttachmentLayout, addedColumns: readonly string[], lang?: Lang): string[] {
  const notes: string[] = [];
  if (layout.footnote) notes.push(layout.footnote);
  if (layout.note?.startsWith("注")) notes.push(layout.note);
  const columns = addedColumns.map((c) => t("report.attachment.quoted", { text: c }, lang)).join(t("report.attachment.listSeparator", {}, lang));
  if (layout.official === false) notes.push(t(addedColumns.length > 0 ? "report.attachment.unofficialAddedNote" : "report.attachment.unofficialNote", { columns }, lang));
  else if (addedColumns.length > 0) notes.push(t("report.attachment.addedNote", { columns }, lang));
  if (layout.totalsRow?.added) notes.push(t("report.attachment.addedTotalsNote", { label: layout.totalsRow.label }, lang));
  if (layout.rows.source === "explicit" && layout.rows.rows.some((r) => r.sectors)) notes.push(t("report.attachment.sectorRowsNote", {}, lang));
  return notes;
}
