import type { Lang } from "../i18n/lang";
import { t } from "../i18n/translate";

/** What an entry's label says: its grade, status or why it is not attained. */
export type EntryLabelKind = "grade" | "status" | "why";

/** The catalog word for an enterprise's grade, status or reason (二级, 已达标, 证书不在有效期内…); null when it has none. */
export function entryLabel(kind: EntryLabelKind, value: string | number | null, lang: Lang): string | null {
  return value === null ? null : t(`entry.${kind}.${value}`, {}, lang);
}
