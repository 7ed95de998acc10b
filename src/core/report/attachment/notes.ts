import { t } from "../../i18n/translate";
import type { AttachmentLayout } from "../../profile/schema";

/**
 * The notes printed under the table: the layout's own note when it is one for readers ("注：…"; a
 * profile's notes to its maintainers are not printed), and which columns were added to the official
 * table.
 */
export function noteTexts(layout: AttachmentLayout, addedColumns: readonly string[]): string[] {
  const notes: string[] = [];
  if (layout.note?.startsWith("注")) notes.push(layout.note);
  if (addedColumns.length > 0) notes.push(t("report.attachment.addedNote", { columns: addedColumns.map((c) => `“${c}”`).join("、") }));
  return notes;
}
