import type { Area } from "../grid/grid";
import type { RangeStyle } from "../spec/spec";
import type { ReportFonts } from "./report-data";

/** Light grey fill of header cells: it prints well in black and white, as attachments are printed. */
export const HEADER_FILL = "F2F2F2";

/** Title, header and bordered body styles of a generated table, in the order they must apply. */
export function tableStyles(fonts: ReportFonts, title: Area, header: Area, body: Area): RangeStyle[] {
  const all: Area = { top: header.top, left: header.left, bottom: body.bottom, right: header.right };
  return [
    { area: title, style: { fontName: fonts.heading, fontSize: 16, horizontal: "center", vertical: "middle" } },
    { area: all, style: { fontName: fonts.body, fontSize: 11, border: "thin", vertical: "middle" } },
    { area: header, style: { bold: true, horizontal: "center", wrap: true, fill: HEADER_FILL } },
  ];
}
