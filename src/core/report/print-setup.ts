import { DEFAULT_LANG, type Lang } from "../i18n/lang";
import { t } from "../i18n/translate";
import type { PrintSetup } from "../spec/spec";

/** A4 landscape, one page wide, header rows repeated, page number centred in the footer: how attachments print. */
export function attachmentPrintSetup(titleRows: { first: number; last: number }, lang: Lang = DEFAULT_LANG): PrintSetup {
  return {
    orientation: "landscape",
    paperSize: "A4",
    fitToWidth: true,
    titleRows,
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    footer: t("sheet.footer", {}, lang),
    horizontallyCentered: true,
  };
}
