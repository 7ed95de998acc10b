import type { PrintSetup } from "../spec/spec";

/** A4 landscape, one page wide, header rows repeated, page number centred in the footer: how attachments print. */
export function attachmentPrintSetup(titleRows: { first: number; last: number }): PrintSetup {
  return {
    orientation: "landscape",
    paperSize: "A4",
    fitToWidth: true,
    titleRows,
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    footer: "&C第 &P 页，共 &N 页",
    horizontallyCentered: true,
  };
}
